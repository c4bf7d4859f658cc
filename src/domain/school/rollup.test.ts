import type { SummaryPayload } from '../codes/payloads'
import { describe, expect, it } from 'vitest'
import { leaderboardCsv, rollupCsv, toCsv } from './csv'
import { classDashboard } from './dashboard'
import { buildClassSummary, buildSchoolSummary, rollupDashboard } from './rollup'
import { tallyOf } from './testing'

const KEY = 'BACjTEGIWE1Dk41-L3xCdGqeqmi6QdTDel1XgmdyI57x7jaVwBKoTvZeZYxCtuM_m0hyluxPzx-XZNqdvqTyuDQ'
const unit = (id: string, name: string) => ({ id, name, parentName: '小街子小学', area: { district: 'jiangyang' as const }, periodKind: 'week' as const })

function classSummary(id: string, name: string, period: string, enrolled: number, tallies: ReturnType<typeof tallyOf>[]): SummaryPayload {
  return buildClassSummary(unit(id, name), { period, enrolled, tallies, seq: 1, publicKey: KEY })
}

describe('summaries add up the level below', () => {
  it('a class summary sums its households and counts who reported', () => {
    const summary = classSummary('c1', '三年级二班', '2026-11-30', 40, [tallyOf({ sortedKg: 9, mixedKg: 1, aware: 2, members: 3, points: 30 }), tallyOf({ sortedKg: 1, mixedKg: 9, aware: 1, members: 1, points: 10 })])
    expect(summary.households).toEqual({ enrolled: 40, reported: 2 })
    expect(summary.tally).toMatchObject({ aware: 3, members: 4, points: 40 })
    expect(summary.tally.categories.other).toEqual({ sortedBags: 2, mixedBags: 2, sortedKgTenths: 100, mixedKgTenths: 100 })
  })

  it('a school summary sums its classes; its rate is not the average of theirs', () => {
    const big = classSummary('c1', '一班', '2026-11-30', 50, [tallyOf({ sortedKg: 90, mixedKg: 10 })])
    const small = classSummary('c2', '二班', '2026-11-30', 10, [tallyOf({ sortedKg: 1, mixedKg: 9 })])
    const school = buildSchoolSummary({ ...unit('s1', '小街子小学'), parentName: '' }, { period: '2026-11-30', expected: 3, summaries: [big, small], seq: 4, publicKey: KEY })
    expect(school).toMatchObject({ level: 'school', households: { enrolled: 60, reported: 2 }, units: { expected: 3, reported: 2 }, parentName: '' })
    const district = rollupDashboard({ children: [{ unitId: 's1', name: '小街子小学', parentName: '' }], summaries: [school], period: '2026-11-30', trendPeriods: ['2026-11-30'] })
    expect(district.collection.rate).toBeCloseTo(91 / 110, 10)
  })
})

describe('school dashboard', () => {
  const children = [
    { unitId: 'c1', name: '一班', parentName: '小街子小学' },
    { unitId: 'c2', name: '二班', parentName: '小街子小学' },
    { unitId: 'c3', name: '三班', parentName: '小街子小学' },
  ]
  const summaries = [
    // 一班: many points in all, spread over many members.
    classSummary('c1', '一班', '2026-11-30', 45, [tallyOf({ points: 900, members: 90, aware: 81, sortedKg: 80, mixedKg: 20 })]),
    classSummary('c2', '二班', '2026-11-30', 10, [tallyOf({ points: 300, members: 20, aware: 10, sortedKg: 30, mixedKg: 30 })]),
    classSummary('c1', '一班', '2026-11-23', 45, [tallyOf({ points: 10, members: 90, aware: 9, sortedKg: 10, mixedKg: 90 })]),
  ]
  const dashboard = rollupDashboard({ children, summaries, period: '2026-11-30', trendPeriods: ['2026-11-23', '2026-11-30'] })

  it('ranks classes by per-member figures and lists who has not sent', () => {
    expect(dashboard.ranking.map(r => [r.name, r.rank, r.pointsPerMember.rate])).toEqual([['二班', 1, 15], ['一班', 2, 10]])
    expect(dashboard.notSent.map(c => c.name)).toEqual(['三班'])
    expect(dashboard.units).toEqual({ expected: 3, reported: 2 })
  })

  it('sums the school rates and shows the trend', () => {
    expect(dashboard.awareness).toEqual({ numerator: 91, denominator: 110, rate: 91 / 110 })
    expect(dashboard.collection.rate).toBeCloseTo(110 / 160, 10)
    expect(dashboard.trend.map(p => p.collection.rate)).toEqual([0.1, 110 / 160])
  })

  it('exports the ranking as CSV that Excel opens', () => {
    const csv = rollupCsv(dashboard, { rank: '名次', name: '班级', parent: '学校', reported: '已提交', enrolled: '已加入', collection: '分类收集率（%）', awareness: '知晓率（%）', pointsPerMember: '人均积分' })
    expect(csv.startsWith('\uFEFF名次,班级,学校,已提交,已加入,分类收集率（%）,知晓率（%）,人均积分\r\n')).toBe(true)
    expect(csv).toContain('1,二班,小街子小学,1,10,50,50,15\r\n')
    expect(csv).toContain('2,一班,小街子小学,1,45,80,90,10\r\n')
  })
})

describe('CSV', () => {
  it.each([
    ['plain', '小明家', '小明家'],
    ['a comma', '王,李', '"王,李"'],
    ['a quote', '他说"好"', '"他说""好"""'],
    ['a line break', '一\n二', '"一\n二"'],
    ['a formula', '=HYPERLINK("http://x","点我")', '"\'=HYPERLINK(""http://x"",""点我"")"'],
    ['a plus', '+1', '\'+1'],
    ['a minus', '-2+3', '\'-2+3'],
    ['an at sign', '@SUM(A1)', '\'@SUM(A1)'],
    ['a leading space', ' 小明', '" 小明"'],
  ])('quotes %s', (_, text, cell) => {
    expect(toCsv([[text]])).toBe(`\uFEFF${cell}\r\n`)
  })

  it('writes numbers as numbers, and nothing for missing values', () => {
    expect(toCsv([[-3, 0.5, null, undefined, Number.NaN]])).toBe('\uFEFF-3,0.5,,,\r\n')
  })

  it('exports a class leaderboard with nicknames only', () => {
    const dashboard = classDashboard({
      households: [{ householdId: 'h1', nickname: '=小明家' }],
      reports: [{ householdId: 'h1', report: { classId: 'c', period: '2026-11-30', seq: 1, tally: tallyOf({ points: 25, members: 2, sortedKg: 3, mixedKg: 1 }), streakDays: 4, taught: [], missed: [] } }],
      period: '2026-11-30',
      trendPeriods: ['2026-11-30'],
    })
    expect(leaderboardCsv(dashboard, { rank: 'Rank', nickname: 'Family', members: 'Members', pointsPerMember: 'Points per member', collection: 'Sorted (%)', streak: 'Streak' }))
      .toBe('\uFEFFRank,Family,Members,Points per member,Sorted (%),Streak\r\n1,\'=小明家,2,12.5,75,4\r\n')
  })
})
