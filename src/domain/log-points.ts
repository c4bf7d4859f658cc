import type { LocalDate } from './dates'
import type { Award, LedgerEntry, ReasonCode } from './ledger'
import type { LogDay } from './log'
import { addDays } from './dates'
import { isFullySorted, streakRuns } from './log'

/**
 * Points for logging, derived from the log itself. Because days can be edited and deleted, the
 * ledger is reconciled rather than simply appended to: `reconcileLogPoints` compares the points
 * each log event should have earned with what the ledger holds, and appends corrections for the
 * difference. Nothing is ever edited or removed from the ledger, every entry says which day it
 * is about, and reconciling twice changes nothing.
 */

export const LOG_POINTS = {
  loggedDay: 3,
  fullySortedDay: 5,
  streak7: 20,
  streak30: 100,
} as const

/** An award the log calls for; `key` is the source event id of the first award for it. */
export interface DueAward {
  key: string
  memberId: string
  reason: ReasonCode
  points: number
  day: LocalDate
}

/** Source-id families this module manages in the ledger. */
const FAMILIES = ['log:', 'sorted:', 'streak7:', 'streak30:'] as const

/** Whether a ledger entry is one of the log's awards or corrections. */
export function isLogPointsEntry(entry: Pick<LedgerEntry, 'sourceEventId'>): boolean {
  return FAMILIES.some(family => entry.sourceEventId.startsWith(family))
}

/** The awards one day calls for: a logged day, and a fully sorted day. */
export function dueDayAwards(day: LogDay, fallbackMemberId: string): DueAward[] {
  const memberId = day.loggedBy ?? fallbackMemberId
  const due: DueAward[] = [{ key: `log:${day.date}`, memberId, reason: 'log-day', points: LOG_POINTS.loggedDay, day: day.date }]
  if (isFullySorted(day)) due.push({ key: `sorted:${day.date}`, memberId, reason: 'sorted-day', points: LOG_POINTS.fullySortedDay, day: day.date })
  return due
}

/**
 * The streak awards of a set of logged dates: each run of consecutive days reaching 7 and 30
 * days, credited to whoever logged the day that completed it (`memberOf`).
 */
export function dueStreakAwards(dates: Iterable<LocalDate>, memberOf: (date: LocalDate) => string): DueAward[] {
  const due: DueAward[] = []
  for (const run of streakRuns(dates)) {
    for (const [length, reason, points] of [[7, 'streak-7', LOG_POINTS.streak7], [30, 'streak-30', LOG_POINTS.streak30]] as const) {
      if (run.length < length) continue
      const completedOn = addDays(run.start, length - 1)
      due.push({ key: `streak${length}:${run.start}`, memberId: memberOf(completedOn), reason, points, day: completedOn })
    }
  }
  return due
}

/** Every award the whole log calls for. */
export function dueLogAwards(days: readonly LogDay[], fallbackMemberId: string): DueAward[] {
  const byDate = new Map(days.map(day => [day.date, day]))
  return [
    ...days.flatMap(day => dueDayAwards(day, fallbackMemberId)),
    ...dueStreakAwards(byDate.keys(), date => byDate.get(date)?.loggedBy ?? fallbackMemberId),
  ]
}

/**
 * The corrections that make the ledger match `due`: for every award key and member, the
 * difference between what is due and what the ledger already holds, as a new entry whose source
 * id is the key plus a sequence number ("log:2026-12-03#1").
 */
export function reconcileLogPoints(due: readonly DueAward[], ledger: readonly LedgerEntry[], at: number): Award[] {
  const held = new Map<string, { net: Map<string, number>, count: number, reason: ReasonCode, day?: LocalDate }>()
  for (const entry of ledger) {
    if (!isLogPointsEntry(entry)) continue
    const key = entry.sourceEventId.split('#')[0]!
    const record = held.get(key) ?? { net: new Map<string, number>(), count: 0, reason: entry.reason, ...(entry.day ? { day: entry.day } : {}) }
    record.net.set(entry.memberId, (record.net.get(entry.memberId) ?? 0) + entry.points)
    record.count++
    held.set(key, record)
  }
  const wanted = new Map(due.map(award => [award.key, award]))
  const corrections: Award[] = []
  const correct = (key: string, memberId: string, reason: ReasonCode, day: LocalDate | undefined, points: number) => {
    const record = held.get(key)
    const sequence = record?.count ?? 0
    corrections.push({ memberId, at, reason, points, sourceEventId: sequence === 0 ? key : `${key}#${sequence}`, ...(day ? { day } : {}) })
    if (record) {
      record.count++
      record.net.set(memberId, (record.net.get(memberId) ?? 0) + points)
    }
    else {
      held.set(key, { net: new Map([[memberId, points]]), count: 1, reason, ...(day ? { day } : {}) })
    }
  }
  // Take back what is no longer due (a deleted day, a day no longer fully sorted, a broken run).
  for (const [key, record] of held) {
    const award = wanted.get(key)
    for (const [memberId, net] of [...record.net]) {
      const dueToMember = award && award.memberId === memberId ? award.points : 0
      if (net !== dueToMember) correct(key, memberId, record.reason, record.day, dueToMember - net)
    }
  }
  // Give what is due and not held yet.
  for (const award of due) {
    const net = held.get(award.key)?.net.get(award.memberId) ?? 0
    if (net !== award.points) correct(award.key, award.memberId, award.reason, award.day, award.points - net)
  }
  return corrections
}
