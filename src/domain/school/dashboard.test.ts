import type { ReportPayload } from '../codes/payloads'
import type { HouseholdReport } from './dashboard'
import { describe, expect, it } from 'vitest'
import { classDashboard, leaderboard } from './dashboard'
import { tallyOf } from './testing'

const CLASS = '0f8fad5b-d9cb-469f-a165-70867728950e'

function report(period: string, fields: Parameters<typeof tallyOf>[0], extra: Partial<ReportPayload> = {}): ReportPayload {
  return { classId: CLASS, period, seq: 1, tally: tallyOf(fields), streakDays: 0, taught: [], missed: [], ...extra }
}

const households = [
  { householdId: 'big', nickname: '大家庭' },
  { householdId: 'small', nickname: '小家' },
  { householdId: 'late', nickname: '还没交' },
]

describe('class rates sum numerators and denominators', () => {
  it.each([
    // [big household's sorted/mixed kg, small's, expected class rate]: the average of the two
    // households' rates would be (0.9 + 0.1) / 2 = 0.5; weights make it 0.82.
    [[90, 10], [1, 9], 91 / 110],
    [[10, 0], [0, 10], 0.5],
    [[0, 0], [0, 0], null],
  ])('kg %j and %j give a collection rate of %s', (big, small, rate) => {
    const reports: HouseholdReport[] = [
      { householdId: 'big', report: report('2026-11-30', { sortedKg: big[0], mixedKg: big[1] }) },
      { householdId: 'small', report: report('2026-11-30', { sortedKg: small[0], mixedKg: small[1] }) },
    ]
    const dashboard = classDashboard({ households, reports, period: '2026-11-30', trendPeriods: ['2026-11-23', '2026-11-30'] })
    if (rate === null) expect(dashboard.collection.rate).toBeNull()
    else expect(dashboard.collection.rate).toBeCloseTo(rate, 10)
  })

  it('awareness is aware members over members across households, not an average', () => {
    const reports: HouseholdReport[] = [
      { householdId: 'big', report: report('2026-11-30', { aware: 6, members: 6 }) },
      { householdId: 'small', report: report('2026-11-30', { aware: 0, members: 2 }) },
    ]
    const dashboard = classDashboard({ households, reports, period: '2026-11-30', trendPeriods: ['2026-11-30'] })
    expect(dashboard.awareness).toEqual({ numerator: 6, denominator: 8, rate: 0.75 })
    expect(dashboard.households).toEqual({ enrolled: 3, reported: 2 })
    expect(dashboard.notReported).toEqual([{ householdId: 'late', nickname: '还没交' }])
  })

  it('shows the trend by period and ignores reports of households not enrolled', () => {
    const reports: HouseholdReport[] = [
      { householdId: 'big', report: report('2026-11-23', { sortedKg: 3, mixedKg: 1, aware: 1, members: 2 }) },
      { householdId: 'big', report: report('2026-11-30', { sortedKg: 4, mixedKg: 0 }) },
      { householdId: 'stranger', report: report('2026-11-30', { sortedKg: 0, mixedKg: 100 }) },
    ]
    const dashboard = classDashboard({ households, reports, period: '2026-11-30', trendPeriods: ['2026-11-16', '2026-11-23', '2026-11-30'] })
    expect(dashboard.trend.map(p => [p.period, p.collection.rate, p.awareness.rate, p.reported])).toEqual([
      ['2026-11-16', null, null, 0],
      ['2026-11-23', 0.75, 0.5, 1],
      ['2026-11-30', 1, null, 1],
    ])
  })

  it('counts missed searches and taught names by household, marking accepted ones', () => {
    const reports: HouseholdReport[] = [
      { householdId: 'big', report: report('2026-11-30', {}, { missed: [{ query: '电子烟', count: 3 }], taught: [{ name: '电子烟', category: 'hazardous' }] }) },
      { householdId: 'small', report: report('2026-11-30', {}, { missed: [{ query: '电子烟 ', count: 1 }, { query: '猫砂', count: 5 }], taught: [{ name: '电子烟', category: 'other' }, { name: '猫砂', category: 'other' }] }) },
      { householdId: 'late', report: report('2026-11-23', {}, { taught: [{ name: '电子烟', category: 'hazardous' }] }) },
    ]
    const dashboard = classDashboard({ households, reports, period: '2026-11-30', trendPeriods: ['2026-11-23', '2026-11-30'], accepted: new Set(['猫砂']) })
    expect(dashboard.missed).toEqual([
      { key: '电子烟', query: '电子烟', households: 2, searches: 4, accepted: false },
      { key: '猫砂', query: '猫砂', households: 1, searches: 5, accepted: true },
    ])
    expect(dashboard.taught[0]).toMatchObject({ key: '电子烟', households: 3, category: 'hazardous', votes: { hazardous: 2, other: 1 } })
    expect(dashboard.taught[1]).toMatchObject({ key: '猫砂', households: 1, category: 'other', accepted: true })
  })
})

describe('leaderboard', () => {
  const reports: HouseholdReport[] = [
    // Six members earn more points in all, but fewer per member.
    { householdId: 'big', report: report('2026-11-30', { points: 120, members: 6, sortedKg: 8, mixedKg: 2 }, { streakDays: 3 }) },
    { householdId: 'small', report: report('2026-11-30', { points: 50, members: 2, sortedKg: 5, mixedKg: 5 }, { streakDays: 9 }) },
    { householdId: 'late', report: report('2026-11-30', { points: 40, members: 2, sortedKg: 0, mixedKg: 0 }, { streakDays: 9 }) },
  ]

  it.each([
    // 大家庭 and 还没交 tie on points per member; the better collection rate goes first.
    ['points', ['小家', '大家庭', '还没交'], [25, 20, 20]],
    ['collection', ['大家庭', '小家', '还没交'], [0.8, 0.5, null]],
    ['streak', ['小家', '还没交', '大家庭'], [9, 9, 3]],
  ] as const)('ranks by %s per member, fair to a family of six', (metric, order, figures) => {
    const rows = leaderboard(households, reports, metric)
    expect(rows.map(r => r.nickname)).toEqual(order)
    const figure = { points: 'pointsPerMember', collection: 'collectionRate', streak: 'streakDays' }[metric] as 'pointsPerMember'
    expect(rows.map(r => r[figure])).toEqual(figures)
  })

  it('gives equal figures the same rank', () => {
    expect(leaderboard(households, reports, 'streak').map(r => r.rank)).toEqual([1, 1, 3])
    expect(leaderboard(households, reports, 'points').map(r => r.rank)).toEqual([1, 2, 2])
  })
})
