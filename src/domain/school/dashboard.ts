/**
 * The teacher's class dashboard, from the reports a class holds: the class's rates against the
 * campaign targets (sums of the households' numerators and denominators, never an average of
 * their rates), the trend by period, who has not reported, a leaderboard fair to big and small
 * families, and the names the class's households searched for in vain or taught the app.
 */
import type { Category } from '../categories'
import type { MissedSearch, NamedItem, ReportPayload } from '../codes/payloads'
import type { PeriodKey } from './period'
import type { Ratio, Tally } from './tally'
import { AWARENESS_TARGET } from '../awareness'
import { CATEGORIES } from '../categories'
import { COLLECTION_TARGET } from '../log'
import { normalizeChinese } from '../text'
import { awarenessOf, collectionOf, emptyTally, pointsPerMember, addInto } from './tally'

/** The campaign's targets every dashboard compares against. */
export const TARGETS = { collection: COLLECTION_TARGET, awareness: AWARENESS_TARGET } as const

/** One point of a trend: a period's rates, and how many reported. */
export interface TrendPoint {
  period: PeriodKey
  collection: Ratio
  awareness: Ratio
  reported: number
}

/** A household as the dashboard knows it: from its enrollment. */
export interface ClassHousehold {
  householdId: string
  nickname: string
}

/** A report with the household it came from. */
export interface HouseholdReport {
  householdId: string
  report: ReportPayload
}

export const LEADERBOARD_METRICS = ['points', 'collection', 'streak'] as const
export type LeaderboardMetric = (typeof LEADERBOARD_METRICS)[number]

export interface LeaderboardRow {
  householdId: string
  nickname: string
  /** 1 for the best; households with equal figures share a rank (1, 2, 2, 4). */
  rank: number
  members: number
  /** Points earned in the period per member. */
  pointsPerMember: number | null
  collectionRate: number | null
  streakDays: number
}

/** A name several households searched for without finding it. */
export interface ClassMissed {
  key: string
  query: string
  households: number
  searches: number
  /** Whether the class item list already has it. */
  accepted: boolean
}

/** A name households taught the app, with how they sorted it. */
export interface ClassTaught {
  key: string
  name: string
  households: number
  /** The bin most households chose (ties: the first in the standard's order). */
  category: Category
  votes: Record<Category, number>
  accepted: boolean
}

export interface ClassDashboard {
  period: PeriodKey
  tally: Tally
  collection: Ratio
  awareness: Ratio
  households: { enrolled: number, reported: number }
  notReported: ClassHousehold[]
  trend: TrendPoint[]
  leaderboard: LeaderboardRow[]
  missed: ClassMissed[]
  taught: ClassTaught[]
}

function metricOf(row: LeaderboardRow, metric: LeaderboardMetric): number | null {
  switch (metric) {
    case 'points': return row.pointsPerMember
    case 'collection': return row.collectionRate
    case 'streak': return row.streakDays
  }
}

/**
 * Ranks rows by `metric`, best first; rows without a figure come last. Equal figures share a
 * rank, and are listed by the other metrics, then by name.
 */
export function rankRows<R extends { rank: number, nickname?: string, name?: string }>(rows: readonly R[], value: (row: R) => number | null, tieBreaks: ReadonlyArray<(row: R) => number | null> = []): R[] {
  const desc = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a)
  const sorted = [...rows].sort((a, b) => desc(value(a), value(b))
    || tieBreaks.reduce((order, tie) => order || desc(tie(a), tie(b)), 0)
    || (a.nickname ?? a.name ?? '').localeCompare(b.nickname ?? b.name ?? '', 'zh'))
  let rank = 0
  return sorted.map((row, i) => {
    if (i === 0 || value(row) !== value(sorted[i - 1]!)) rank = i + 1
    return { ...row, rank }
  })
}

/**
 * The leaderboard of one period: per household its points per member, collection rate and
 * streak, by nickname only, ranked by `metric` (points per member by default): a family of six
 * does not win by being six.
 */
export function leaderboard(households: readonly ClassHousehold[], reports: readonly HouseholdReport[], metric: LeaderboardMetric = 'points'): LeaderboardRow[] {
  const names = new Map(households.map(h => [h.householdId, h.nickname]))
  const rows: LeaderboardRow[] = reports.filter(r => names.has(r.householdId)).map(({ householdId, report }) => ({
    householdId,
    nickname: names.get(householdId)!,
    rank: 0,
    members: report.tally.members,
    pointsPerMember: pointsPerMember(report.tally).rate,
    collectionRate: collectionOf(report.tally).rate,
    streakDays: report.streakDays,
  }))
  const others = LEADERBOARD_METRICS.filter(m => m !== metric)
  return rankRows(rows, row => metricOf(row, metric), others.map(m => (row: LeaderboardRow) => metricOf(row, m)))
}

/** The trend of a set of tallies grouped by period, over `periods` (oldest first). */
export function trendOf(byPeriod: ReadonlyMap<PeriodKey, { tally: Tally, reported: number }>, periods: readonly PeriodKey[]): TrendPoint[] {
  return periods.map((period) => {
    const point = byPeriod.get(period)
    const tally = point?.tally ?? emptyTally()
    return { period, collection: collectionOf(tally), awareness: awarenessOf(tally), reported: point?.reported ?? 0 }
  })
}

function countNames(reports: readonly ReportPayload[], accepted: ReadonlySet<string>): { missed: ClassMissed[], taught: ClassTaught[] } {
  const missed = new Map<string, ClassMissed & { from: Set<string> }>()
  const taught = new Map<string, ClassTaught & { from: Set<string> }>()
  reports.forEach((report, index) => {
    const from = String(index)
    for (const miss of report.missed as MissedSearch[]) {
      const key = normalizeChinese(miss.query)
      if (!key) continue
      const entry = missed.get(key) ?? { key, query: miss.query, households: 0, searches: 0, accepted: accepted.has(key), from: new Set<string>() }
      entry.searches += miss.count
      entry.from.add(from)
      missed.set(key, entry)
    }
    for (const item of report.taught as NamedItem[]) {
      const key = normalizeChinese(item.name)
      if (!key) continue
      const entry = taught.get(key) ?? { key, name: item.name, households: 0, category: item.category, votes: Object.fromEntries(CATEGORIES.map(c => [c, 0])) as Record<Category, number>, accepted: accepted.has(key), from: new Set<string>() }
      entry.votes[item.category]++
      entry.from.add(from)
      taught.set(key, entry)
    }
  })
  const finish = <T extends { from: Set<string>, households: number }>(entry: T): Omit<T, 'from'> => {
    const { from, ...rest } = entry
    return { ...rest, households: from.size }
  }
  return {
    missed: [...missed.values()].map(finish).sort((a, b) => b.households - a.households || b.searches - a.searches || a.key.localeCompare(b.key)),
    taught: [...taught.values()].map((entry) => {
      const category = CATEGORIES.reduce((best, c) => (entry.votes[c] > entry.votes[best] ? c : best), CATEGORIES[0])
      return { ...finish(entry), category }
    }).sort((a, b) => b.households - a.households || a.key.localeCompare(b.key)),
  }
}

export interface ClassDashboardInput {
  /** The class's enrolled households. */
  households: readonly ClassHousehold[]
  /** The latest report of each household for each period (any periods). */
  reports: readonly HouseholdReport[]
  /** The period shown (the current one, usually). */
  period: PeriodKey
  /** The periods of the trend, oldest first, ending with `period`; names are counted over them. */
  trendPeriods: readonly PeriodKey[]
  /** Keys (`normalizeChinese`) of names already on the class item list. */
  accepted?: ReadonlySet<string>
  metric?: LeaderboardMetric
}

/** Everything the class dashboard shows, from the class's enrollments and reports. */
export function classDashboard(input: ClassDashboardInput): ClassDashboard {
  const enrolled = new Set(input.households.map(h => h.householdId))
  const inTrend = new Set(input.trendPeriods)
  const byPeriod = new Map<PeriodKey, { tally: Tally, reported: number }>()
  const current: HouseholdReport[] = []
  const windowReports: ReportPayload[] = []
  for (const entry of input.reports) {
    if (!enrolled.has(entry.householdId)) continue
    const { period } = entry.report
    if (period === input.period) current.push(entry)
    if (!inTrend.has(period) && period !== input.period) continue
    windowReports.push(entry.report)
    const point = byPeriod.get(period) ?? { tally: emptyTally(), reported: 0 }
    addInto(point.tally, entry.report.tally)
    point.reported++
    byPeriod.set(period, point)
  }
  const tally = byPeriod.get(input.period)?.tally ?? emptyTally()
  const reportedIds = new Set(current.map(r => r.householdId))
  return {
    period: input.period,
    tally,
    collection: collectionOf(tally),
    awareness: awarenessOf(tally),
    households: { enrolled: enrolled.size, reported: reportedIds.size },
    notReported: input.households.filter(h => !reportedIds.has(h.householdId)),
    trend: trendOf(byPeriod, input.trendPeriods),
    leaderboard: leaderboard(input.households, current, input.metric),
    ...countNames(windowReports, input.accepted ?? new Set()),
  }
}
