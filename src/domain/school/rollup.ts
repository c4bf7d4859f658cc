/**
 * Summaries up the levels — class → school → district — and the dashboards built from them.
 * Every level adds up the tallies of the level below (numerators and denominators), so a
 * school's collection rate is its classes' sorted kilograms over their kilograms, never the
 * average of their rates, and the district's is the same over its schools.
 */
import type { SummaryPayload } from '../codes/payloads'
import type { Area } from '../codes/wire'
import type { PeriodKey, PeriodKind } from './period'
import type { TrendPoint } from './dashboard'
import type { Ratio, Tally } from './tally'
import { rankRows, trendOf } from './dashboard'
import { addInto, awarenessOf, collectionOf, emptyTally, pointsPerMember, ratio, sumTallies } from './tally'

/** The unit a summary describes, as the summary builder needs it. */
export interface SummaryUnit {
  id: string
  name: string
  /** For a class: its school's name. */
  parentName: string
  area: Area
  periodKind: PeriodKind
}

/**
 * A class's summary of one period, from its households' reports for that period: their tallies
 * summed, with how many households are enrolled and how many reported.
 */
export function buildClassSummary(cls: SummaryUnit, input: { period: PeriodKey, enrolled: number, tallies: readonly Tally[], seq: number, publicKey: string }): SummaryPayload {
  return {
    level: 'class',
    unitId: cls.id,
    name: cls.name,
    parentName: cls.parentName,
    area: cls.area,
    periodKind: cls.periodKind,
    period: input.period,
    seq: input.seq,
    households: { enrolled: input.enrolled, reported: input.tallies.length },
    units: { expected: 1, reported: 1 },
    tally: sumTallies(input.tallies),
    publicKey: input.publicKey,
  }
}

/**
 * A school's summary of one period for its district, from its classes' summaries of that
 * period: tallies and household counts summed; `expected` is how many classes the school knows.
 */
export function buildSchoolSummary(school: SummaryUnit, input: { period: PeriodKey, expected: number, summaries: readonly SummaryPayload[], seq: number, publicKey: string }): SummaryPayload {
  const households = input.summaries.reduce((sum, s) => ({ enrolled: sum.enrolled + s.households.enrolled, reported: sum.reported + s.households.reported }), { enrolled: 0, reported: 0 })
  return {
    level: 'school',
    unitId: school.id,
    name: school.name,
    parentName: '',
    area: school.area,
    periodKind: school.periodKind,
    period: input.period,
    seq: input.seq,
    households,
    units: { expected: Math.max(input.expected, input.summaries.length), reported: input.summaries.length },
    tally: sumTallies(input.summaries.map(s => s.tally)),
    publicKey: input.publicKey,
  }
}

/** A class (or school) as its coordinator knows it. */
export interface RollupChild {
  unitId: string
  name: string
  parentName: string
}

export const ROLLUP_METRICS = ['points', 'collection', 'awareness', 'reporting'] as const
export type RollupMetric = (typeof ROLLUP_METRICS)[number]

export interface RollupRow {
  unitId: string
  name: string
  parentName: string
  rank: number
  households: { enrolled: number, reported: number }
  /** Households that reported over households enrolled. */
  reporting: Ratio
  collection: Ratio
  awareness: Ratio
  /** Points per member of the households that reported: fair to big and small classes. */
  pointsPerMember: Ratio
  /** Points per household that reported. */
  pointsPerHousehold: Ratio
}

export interface RollupDashboard {
  period: PeriodKey
  tally: Tally
  collection: Ratio
  awareness: Ratio
  households: { enrolled: number, reported: number }
  units: { expected: number, reported: number }
  trend: TrendPoint[]
  ranking: RollupRow[]
  /** Classes (or schools) known here that sent nothing for the period. */
  notSent: RollupChild[]
}

function metricOf(row: RollupRow, metric: RollupMetric): number | null {
  switch (metric) {
    case 'points': return row.pointsPerMember.rate
    case 'collection': return row.collection.rate
    case 'awareness': return row.awareness.rate
    case 'reporting': return row.reporting.rate
  }
}

/**
 * A school's dashboard over its classes' summaries (or a district's over its schools'): the
 * rates of the period from the summed tallies against the targets, the trend, the children
 * ranked by `metric` on per-household figures, and who has not sent the period.
 */
export function rollupDashboard(input: { children: readonly RollupChild[], summaries: readonly SummaryPayload[], period: PeriodKey, trendPeriods: readonly PeriodKey[], metric?: RollupMetric }): RollupDashboard {
  const known = new Map(input.children.map(child => [child.unitId, child]))
  const wanted = new Set([...input.trendPeriods, input.period])
  const byPeriod = new Map<PeriodKey, { tally: Tally, reported: number }>()
  const current: SummaryPayload[] = []
  for (const summary of input.summaries) {
    if (!known.has(summary.unitId) || !wanted.has(summary.period)) continue
    if (summary.period === input.period) current.push(summary)
    const point = byPeriod.get(summary.period) ?? { tally: emptyTally(), reported: 0 }
    addInto(point.tally, summary.tally)
    point.reported += summary.households.reported
    byPeriod.set(summary.period, point)
  }
  const tally = byPeriod.get(input.period)?.tally ?? emptyTally()
  const rows: RollupRow[] = current.map((summary) => {
    const child = known.get(summary.unitId)!
    return {
      unitId: summary.unitId,
      name: summary.name || child.name,
      parentName: summary.parentName,
      rank: 0,
      households: summary.households,
      reporting: ratio(summary.households.reported, summary.households.enrolled),
      collection: collectionOf(summary.tally),
      awareness: awarenessOf(summary.tally),
      pointsPerMember: pointsPerMember(summary.tally),
      pointsPerHousehold: ratio(summary.tally.points, summary.households.reported),
    }
  })
  const metric = input.metric ?? 'points'
  const sent = new Set(current.map(s => s.unitId))
  return {
    period: input.period,
    tally,
    collection: collectionOf(tally),
    awareness: awarenessOf(tally),
    households: current.reduce((sum, s) => ({ enrolled: sum.enrolled + s.households.enrolled, reported: sum.reported + s.households.reported }), { enrolled: 0, reported: 0 }),
    units: { expected: input.children.length, reported: sent.size },
    trend: trendOf(byPeriod, input.trendPeriods),
    ranking: rankRows(rows, row => metricOf(row, metric), ROLLUP_METRICS.filter(m => m !== metric).map(m => (row: RollupRow) => metricOf(row, m))),
    notSent: input.children.filter(child => !sent.has(child.unitId)),
  }
}
