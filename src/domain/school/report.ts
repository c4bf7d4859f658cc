/**
 * The household side of a period report: from the household's own records (log days, ledger,
 * learning rounds, awareness checks, taught names, missed searches) to the figures it shares
 * with its class, using the same domain functions its own dashboard uses. The parent sees the
 * draft, may untick any taught name or missed search, and only then is the report signed.
 */
import type { AwarenessCheck } from '../awareness'
import type { NamedItem, MissedSearch, ReportPayload } from '../codes/payloads'
import type { LocalDate } from '../dates'
import type { RoundRecord } from '../learning'
import type { LedgerEntry, ReasonCode } from '../ledger'
import type { LogDay } from '../log'
import type { MissedQuery, TaughtItem } from '../lookup'
import type { PeriodKey } from './period'
import type { Tally } from './tally'
import { groupAwareness } from '../awareness'
import { REPORT_LIST_MAX, REPORT_NAME_MAX, REPORT_TEXT_BUDGET, reportTextLength } from '../codes/payloads'
import { dateToInstant, localDate } from '../dates'
import { DomainError } from '../errors'
import { currentStreak } from '../log'
import { periodContains, periodEnd, periodOver } from './period'
import { tallyLogDays } from './tally'

/** What a household's device holds that a report is made of. */
export interface HouseholdRecords {
  /** The members still in the household. */
  memberIds: readonly string[]
  days: readonly LogDay[]
  ledger: readonly LedgerEntry[]
  rounds: readonly RoundRecord[]
  checks: readonly AwarenessCheck[]
  taught: readonly TaughtItem[]
  misses: readonly MissedQuery[]
}

/** A report before the parent chose what to share and before it is signed. */
export interface ReportDraft {
  period: PeriodKey
  tally: Tally
  streakDays: number
  /** Names taught in the period (newest first) that a report can carry. */
  taught: NamedItem[]
  /** Searches that found nothing in the period, most frequent first (long ones shortened). */
  missed: MissedSearch[]
}

/** Points that are not earned by sorting or learning: spending, and the welcome gift. */
const NOT_EARNED: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['redeem', 'welcome'])

/**
 * Builds the report of one period from the household's records. A period still running counts
 * up to `today`; awareness is taken at the end of the period (or now, if that is earlier).
 * `timeZone` is the household's (the device's by default) for turning instants into its days.
 */
export function buildReportDraft(records: HouseholdRecords, period: PeriodKey, options: { today: LocalDate, now: number, timeZone?: string }): ReportDraft {
  const { today, now, timeZone } = options
  const members = new Set(records.memberIds)
  const inPeriod = (date: LocalDate) => periodContains(period, date) && date <= today
  const dayOf = (at: number) => localDate(at, timeZone)

  const days = records.days.filter(day => inPeriod(day.date))
  const points = records.ledger
    .filter(entry => members.has(entry.memberId) && !NOT_EARNED.has(entry.reason) && inPeriod(entry.day ?? dayOf(entry.at)))
    .reduce((sum, entry) => sum + entry.points, 0)
  const rounds = records.rounds.filter(round => members.has(round.memberId) && inPeriod(dayOf(round.finishedAt)))
  const awareAt = periodOver(period, today) ? Math.min(now, dateToInstant(periodEnd(period))) : now
  // `groupAwareness` takes every pass as past: leave out those after the moment measured.
  const awareness = groupAwareness(records.memberIds, records.checks.filter(check => check.at <= awareAt), awareAt)
  const lastDay = periodEnd(period) < today ? periodEnd(period) : today

  const tally: Tally = {
    ...tallyLogDays(days),
    aware: awareness.aware,
    members: awareness.total,
    points: Math.max(0, points),
    rounds: rounds.length,
    correct: rounds.reduce((sum, round) => sum + round.correct, 0),
    answered: rounds.reduce((sum, round) => sum + round.total, 0),
  }
  const taught = records.taught
    .filter(item => inPeriod(dayOf(item.createdAt)) && Array.from(item.name).length <= REPORT_NAME_MAX)
    .sort((a, b) => b.createdAt - a.createdAt)
    .map(item => ({ name: item.name, category: item.category }))
  const missed = records.misses
    .filter(miss => inPeriod(dayOf(miss.lastAt)) && miss.query.trim().length > 0)
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt)
    .map(miss => ({ query: Array.from(miss.query.trim()).slice(0, REPORT_NAME_MAX).join(''), count: Math.min(miss.count, 10_000) }))
  return { period, tally, streakDays: currentStreak(new Set(records.days.map(d => d.date)), lastDay), taught, missed }
}

/**
 * What a draft shares unless the parent unticks something: its lists in order, as many as fit
 * the report's limits (`REPORT_LIST_MAX` each, `REPORT_TEXT_BUDGET` characters in all).
 */
export function defaultSelection(draft: ReportDraft): { taught: NamedItem[], missed: MissedSearch[] } {
  const selection = { taught: [] as NamedItem[], missed: [] as MissedSearch[] }
  let used = 0
  const take = <T>(list: T[], into: T[], text: (item: T) => string) => {
    for (const item of list) {
      const length = Array.from(text(item)).length
      if (into.length >= REPORT_LIST_MAX || used + length > REPORT_TEXT_BUDGET) continue
      into.push(item)
      used += length
    }
  }
  take(draft.taught, selection.taught, item => item.name)
  take(draft.missed, selection.missed, miss => miss.query)
  return selection
}

/**
 * The report to sign: the draft's figures with the lists the parent kept (each must come from
 * the draft). Refuses `school.report.tooLong` past the limits a QR code allows.
 */
export function reportPayload(draft: ReportDraft, share: { classId: string, seq: number, taught: readonly NamedItem[], missed: readonly MissedSearch[] }): ReportPayload {
  const taught = draft.taught.filter(item => share.taught.some(kept => kept.name === item.name && kept.category === item.category))
  const missed = draft.missed.filter(miss => share.missed.some(kept => kept.query === miss.query))
  if (taught.length > REPORT_LIST_MAX || missed.length > REPORT_LIST_MAX || reportTextLength({ taught, missed }) > REPORT_TEXT_BUDGET) {
    throw new DomainError('school.report.tooLong', { max: REPORT_TEXT_BUDGET })
  }
  return { classId: share.classId, period: draft.period, seq: share.seq, tally: draft.tally, streakDays: draft.streakDays, taught, missed }
}
