import type { SortHeroDb } from '../db'
import type { LocalDate } from '@/domain/dates'
import type { Badge } from '@/domain/badges'
import type { Award, LedgerEntry } from '@/domain/ledger'
import type { DayEntries, LogDay } from '@/domain/log'
import { DomainError } from '@/domain/errors'
import { validateLogDay } from '@/domain/log'
import { dueDayAwards, dueStreakAwards, reconcileLogPoints } from '@/domain/log-points'
import { syncBadges } from './badges'
import { awardPoints } from './ledger'
import { runBounds } from './log-runs'

/**
 * Brings the log's points in line after `date` changed. Only two things can have changed: that
 * day's own awards, and the streaks of the run of consecutive days around it (`lo`…`hi`, taken
 * before the change and including the day). So only those awards are recomputed and only their
 * ledger entries read, however long the log. Runs inside the caller's transaction.
 */
async function settlePoints(db: SortHeroDb, date: LocalDate, lo: LocalDate, hi: LocalDate, memberId: string, now: number): Promise<Award[]> {
  const day = await db.logDays.get(date)
  const dates = await db.logDays.where('date').between(lo, hi, true, true).primaryKeys()
  const loggers = new Map<LocalDate, string>()
  const streaks = dueStreakAwards(dates, (completedOn) => {
    loggers.set(completedOn, memberId)
    return memberId
  })
  // Streaks are credited to whoever logged the day that completed them.
  for (const completedOn of loggers.keys()) loggers.set(completedOn, (await db.logDays.get(completedOn))?.loggedBy ?? memberId)
  const due = [...(day ? dueDayAwards(day, memberId) : []), ...streaks.map(award => ({ ...award, memberId: loggers.get(award.day) ?? award.memberId }))]

  const held: LedgerEntry[] = []
  const prefixes: Array<[string, string]> = [[`log:${date}`, `log:${date}\uFFFF`], [`sorted:${date}`, `sorted:${date}\uFFFF`], [`streak7:${lo}`, `streak7:${hi}\uFFFF`], [`streak30:${lo}`, `streak30:${hi}\uFFFF`]]
  for (const [from, to] of prefixes) held.push(...await db.ledger.where('sourceEventId').between(from, to, true, true).toArray())
  const corrections = reconcileLogPoints(due, held, now)
  for (const award of corrections) await awardPoints(db, award)
  return corrections
}

async function changeDays(db: SortHeroDb, date: LocalDate, memberId: string, now: number, change: () => Promise<void>): Promise<Award[]> {
  // The run through the day as it was before the change (the day counted as logged either way).
  const [lo, hi] = await runBounds(db, date)
  await change()
  return settlePoints(db, date, lo, hi, memberId, now)
}

export interface LogDraft {
  date: LocalDate
  entries: DayEntries
  memberId: string
}

/**
 * Saves (or replaces) one day of the log and settles its points, in one transaction: the day and
 * its points are saved together or not at all. Then checks the badges the day may have earned
 * (incrementally: only the run and the month around it), as every save in the app does.
 */
export async function saveLogDay(db: SortHeroDb, draft: LogDraft, today: LocalDate, now = Date.now()): Promise<{ day: LogDay, awards: Award[], badges: Badge[] }> {
  const problems = validateLogDay(draft.date, draft.entries, today)
  if (problems.length > 0) throw new DomainError(`log.${problems[0]}`)
  const saved = await db.transaction('rw', [db.logDays, db.ledger], async () => {
    const existing = await db.logDays.get(draft.date)
    const day: LogDay = { date: draft.date, entries: cleanEntries(draft.entries), loggedBy: draft.memberId, createdAt: existing?.createdAt ?? now, updatedAt: now }
    const awards = await changeDays(db, draft.date, draft.memberId, now, async () => {
      await db.logDays.put(day)
    })
    return { day, awards }
  })
  return { ...saved, badges: await syncBadges(db, { dates: [draft.date] }) }
}

/** Deletes a day and takes back its points; returns the day, for undo. */
export async function deleteLogDay(db: SortHeroDb, date: LocalDate, memberId: string, now = Date.now()): Promise<LogDay | undefined> {
  return db.transaction('rw', [db.logDays, db.ledger], async () => {
    const day = await db.logDays.get(date)
    if (!day) return undefined
    await changeDays(db, date, memberId, now, () => db.logDays.delete(date))
    return day
  })
}

/** Puts a deleted day back, with its points, and checks the badges it may complete. */
export async function restoreLogDay(db: SortHeroDb, day: LogDay, now = Date.now()): Promise<Badge[]> {
  await db.transaction('rw', [db.logDays, db.ledger], async () => {
    await changeDays(db, day.date, day.loggedBy ?? '', now, async () => {
      await db.logDays.put(day)
    })
  })
  return syncBadges(db, { dates: [day.date] })
}

/** Drops categories with no bags, so stored days stay small and comparable. */
function cleanEntries(entries: DayEntries): DayEntries {
  return Object.fromEntries(Object.entries(entries).filter(([, entry]) => entry && entry.bags > 0)) as DayEntries
}
