import { beforeEach, describe, expect, it } from 'vitest'
import { addDays } from '@/domain/dates'
import type { SortHeroDb } from '../db'
import { freshDb } from '../testing'
import { syncBadges } from './badges'
import { deleteLogDay, saveLogDay } from './log'

let db: SortHeroDb
beforeEach(() => {
  db = freshDb()
})
const entries = { kitchen: { bags: 1, sortedBags: 1 } }

describe('syncBadges', () => {
  it('stores new badges once, and never takes one away', async () => {
    for (let i = 0; i < 7; i++) await saveLogDay(db, { date: addDays('2026-12-01', i), entries, memberId: 'mum' }, '2026-12-31')
    expect((await syncBadges(db)).map(b => b.id)).toEqual(['first-log', 'streak-7'])
    expect(await syncBadges(db)).toEqual([])
    await deleteLogDay(db, '2026-12-04', 'mum')
    await syncBadges(db)
    expect((await db.badges.toArray()).map(b => b.id).sort()).toEqual(['first-log', 'streak-7'])
  })
})
