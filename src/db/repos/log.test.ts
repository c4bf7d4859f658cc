import { beforeEach, describe, expect, it } from 'vitest'
import { addDays } from '@/domain/dates'
import { balanceOf } from '@/domain/ledger'
import { LOG_POINTS } from '@/domain/log-points'
import type { SortHeroDb } from '../db'
import { freshDb } from '../testing'
import { deleteLogDay, restoreLogDay, saveLogDay } from './log'

let db: SortHeroDb
beforeEach(() => {
  db = freshDb()
})
const today = '2026-12-10'
const sorted = { kitchen: { bags: 2, sortedBags: 2 }, other: { bags: 1, sortedBags: 1 } }
const mixed = { kitchen: { bags: 2, sortedBags: 1 } }
const balance = async (memberId = 'mum') => balanceOf(await db.ledger.toArray(), memberId)

describe('saveLogDay', () => {
  it('saves the day and its points together', async () => {
    const { day, awards } = await saveLogDay(db, { date: '2026-12-10', entries: sorted, memberId: 'mum' }, today, 5)
    expect(day).toMatchObject({ date: '2026-12-10', loggedBy: 'mum', createdAt: 5 })
    expect(awards.map(a => a.reason)).toEqual(['log-day', 'sorted-day'])
    expect(await balance()).toBe(LOG_POINTS.loggedDay + LOG_POINTS.fullySortedDay)
  })

  it('refuses a future day or an impossible entry, saving nothing', async () => {
    await expect(saveLogDay(db, { date: '2026-12-11', entries: sorted, memberId: 'mum' }, today)).rejects.toMatchObject({ code: 'log.future' })
    await expect(saveLogDay(db, { date: '2026-12-09', entries: { kitchen: { bags: 1, sortedBags: 2 } }, memberId: 'mum' }, today)).rejects.toMatchObject({ code: 'log.sorted' })
    expect(await db.logDays.count()).toBe(0)
    expect(await db.ledger.count()).toBe(0)
  })

  it('edits a day: the sorted-day points follow the new entries', async () => {
    await saveLogDay(db, { date: '2026-12-10', entries: sorted, memberId: 'mum' }, today)
    await saveLogDay(db, { date: '2026-12-10', entries: mixed, memberId: 'mum' }, today)
    expect(await balance()).toBe(LOG_POINTS.loggedDay)
    expect((await db.logDays.get('2026-12-10'))?.entries).toEqual(mixed)
  })

  it('back-fills a week and awards the streak once', async () => {
    for (let i = 6; i >= 0; i--) await saveLogDay(db, { date: addDays(today, -i), entries: sorted, memberId: 'mum' }, today)
    // Saving a day of the week again does not award the streak twice.
    await saveLogDay(db, { date: addDays(today, -3), entries: sorted, memberId: 'mum' }, today)
    expect(await balance()).toBe(7 * (LOG_POINTS.loggedDay + LOG_POINTS.fullySortedDay) + LOG_POINTS.streak7)
  })
})

describe('deleteLogDay and undo', () => {
  it('takes the points back, and undo restores day and points', async () => {
    for (let i = 6; i >= 0; i--) await saveLogDay(db, { date: addDays(today, -i), entries: sorted, memberId: 'mum' }, today)
    const full = await balance()
    const removed = await deleteLogDay(db, addDays(today, -3), 'mum')
    expect(removed?.date).toBe(addDays(today, -3))
    expect(await balance()).toBe(full - LOG_POINTS.loggedDay - LOG_POINTS.fullySortedDay - LOG_POINTS.streak7)
    await restoreLogDay(db, removed!)
    expect(await balance()).toBe(full)
    expect(await db.logDays.count()).toBe(7)
  })

  it('does nothing for a day that is not there', async () => {
    expect(await deleteLogDay(db, '2026-01-01', 'mum')).toBeUndefined()
  })
})
