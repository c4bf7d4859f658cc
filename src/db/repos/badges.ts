import type { SortHeroDb } from '../db'
import type { Badge } from '@/domain/badges'
import type { LocalDate } from '@/domain/dates'
import type { LogDay } from '@/domain/log'
import { BADGES, earnedBadges, newBadges } from '@/domain/badges'
import { monthOf } from '@/domain/dates'
import { currentMembers } from '@/domain/household'
import { runBounds } from './log-runs'

export interface BadgeSyncHint {
  /**
   * The days whose surroundings just changed (a saved or restored log day, or today for a new
   * awareness check). Only their run of consecutive days and their months are read, instead of
   * the whole log: any streak or 文明家庭 month newly earned must contain one of them.
   */
  dates: readonly LocalDate[]
}

/**
 * What the missing log badges need around `dates`: the whole months they fall in (for 文明家庭)
 * and the dates of their runs of consecutive days (for the streaks; keys only).
 */
async function logAround(db: SortHeroDb, dates: readonly LocalDate[], need: { months: boolean, runs: boolean }): Promise<{ days: LogDay[], dates: LocalDate[] }> {
  const days: LogDay[] = []
  if (need.months) for (const month of new Set(dates.map(monthOf))) days.push(...await db.logDays.where('date').between(`${month}-01`, `${month}-31`, true, true).toArray())
  const runs: LocalDate[] = []
  if (need.runs) for (const date of dates) {
    const [lo, hi] = await runBounds(db, date)
    runs.push(...await db.logDays.where('date').between(lo, hi, true, true).primaryKeys())
  }
  return { days, dates: runs }
}

/**
 * Stores every badge the records now earn that was not stored before, and returns those. Badges
 * are never removed: editing the log later does not take a badge away.
 *
 * Incremental: badges already held are not looked at again, and with a `hint` only the log days
 * around the changed dates are read, so the sync after saving a day costs the same after three
 * years as after three days. Without a hint (start-up) everything a missing badge needs is read.
 */
export async function syncBadges(db: SortHeroDb, hint?: BadgeSyncHint): Promise<Badge[]> {
  return db.transaction('rw', [db.badges, db.logDays, db.rounds, db.awarenessChecks, db.members, db.taughtItems], async () => {
    const held = await db.badges.toArray()
    const heldCodes = new Set(held.map(b => b.code))
    const missingHousehold = BADGES.filter(b => b.scope === 'household' && !heldCodes.has(b.code)).map(b => b.code)
    const needsAllDays = !hint || missingHousehold.includes('first-log')
    const needs = { months: missingHousehold.includes('civilized-family'), runs: missingHousehold.some(code => code === 'streak-7' || code === 'streak-30') }
    const log = needsAllDays ? { days: await db.logDays.toArray() } : needs.months || needs.runs ? await logAround(db, hint.dates, needs) : { days: [] }
    const [rounds, checks, members, firstTaught] = await Promise.all([
      db.rounds.toArray(),
      db.awarenessChecks.toArray(),
      db.members.toArray(),
      missingHousehold.includes('first-lesson') ? db.taughtItems.orderBy('createdAt').first() : undefined,
    ])
    const earned = earnedBadges({
      ...log,
      rounds,
      checks,
      memberIds: currentMembers(members).map(m => m.id),
      ...(firstTaught ? { firstTaughtAt: firstTaught.createdAt } : {}),
    })
    const fresh = newBadges(earned, held)
    if (fresh.length > 0) await db.badges.bulkAdd(fresh)
    return fresh
  })
}
