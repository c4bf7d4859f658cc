import type { LogDay } from '@/domain/log'
import type { SortHeroDb } from '../db'
import { beforeEach, describe, expect, it } from 'vitest'
import { addDays, dateToInstant } from '@/domain/dates'
import { freshDb } from '../testing'
import { syncBadges } from './badges'
import { deleteLogDay, restoreLogDay, saveLogDay } from './log'

let db: SortHeroDb
beforeEach(() => {
  db = freshDb()
})
const entries = { kitchen: { bags: 1, sortedBags: 1 } }
const day = (date: string): LogDay => ({ date, entries, loggedBy: 'mum', createdAt: dateToInstant(date), updatedAt: dateToInstant(date) })

/** Records every read of the log days table, to prove which days a sync looked at. */
function countDayReads(target: SortHeroDb): { rows: number } {
  const reads = { rows: 0 }
  target.logDays.hook('reading', (row) => {
    reads.rows++
    return row
  })
  return reads
}

describe('syncBadges', () => {
  it('is run by every saved day: badges are stored once, with the day, and never taken away', async () => {
    const earned: string[] = []
    for (let i = 0; i < 7; i++) {
      const { badges } = await saveLogDay(db, { date: addDays('2026-12-01', i), entries, memberId: 'mum' }, '2026-12-31')
      earned.push(...badges.map(b => b.id))
    }
    expect(earned).toEqual(['first-log', 'streak-7'])
    expect(await syncBadges(db)).toEqual([])
    await deleteLogDay(db, '2026-12-04', 'mum')
    await syncBadges(db)
    expect((await db.badges.toArray()).map(b => b.id).sort()).toEqual(['first-log', 'streak-7'])
  })

  it('earns a streak that a restored day completes', async () => {
    for (let i = 0; i < 7; i++) await db.logDays.add(day(addDays('2026-11-01', i)))
    await db.logDays.delete('2026-11-04')
    await syncBadges(db)
    expect((await db.badges.toArray()).map(b => b.id)).toEqual(['first-log'])
    const fresh = await restoreLogDay(db, day('2026-11-04'))
    expect(fresh.map(b => b.id)).toEqual(['streak-7'])
    expect((await db.badges.get('streak-7'))?.earnedAt).toBe(dateToInstant('2026-11-07'))
  })

  it('finds a streak whose run reaches far beyond one step of keys', async () => {
    // 40 days before the saved one and 40 after: the run is read in several steps.
    for (let i = 0; i < 81; i++) if (i !== 40) await db.logDays.add(day(addDays('2026-01-01', i)))
    await db.badges.add({ id: 'first-log', code: 'first-log', earnedAt: 0 })
    const { badges } = await saveLogDay(db, { date: addDays('2026-01-01', 40), entries, memberId: 'mum' }, '2026-12-31')
    expect(badges.map(b => b.id).sort()).toEqual(['streak-30', 'streak-7'])
    expect((await db.badges.get('streak-30'))?.earnedAt).toBe(dateToInstant('2026-01-30'))
  })

  it('reads only the month and the run around a saved day, not the whole log', async () => {
    // Two years of logs with a gap every ninth day: no streak of 30, so that badge stays missing.
    const dates = Array.from({ length: 730 }, (_, i) => addDays('2024-01-01', i)).filter((_, i) => i % 9 !== 8)
    await db.logDays.bulkAdd(dates.map(day))
    await syncBadges(db)
    expect(await db.badges.get('streak-30')).toBeUndefined()

    const reads = countDayReads(db)
    await saveLogDay(db, { date: '2025-12-31', entries, memberId: 'mum' }, '2026-01-01')
    expect(reads.rows).toBeGreaterThan(0)
    // A month of days (the run's keys are read without their records).
    expect(reads.rows).toBeLessThanOrEqual(40)
  })

  it('gives the same badges incrementally as a full check', async () => {
    const dates = Array.from({ length: 70 }, (_, i) => addDays('2026-03-01', i)).filter(d => d !== '2026-03-20')
    const full = freshDb()
    for (const date of dates) {
      await saveLogDay(db, { date, entries, memberId: 'mum' }, '2026-12-31')
      await full.logDays.add({ ...(await db.logDays.get(date))! })
    }
    await syncBadges(full)
    const strip = (rows: Array<{ id: string, earnedAt: number }>) => rows.map(b => `${b.id}@${b.earnedAt}`).sort()
    expect(strip(await db.badges.toArray())).toEqual(strip(await full.badges.toArray()))
  })
})
