import { describe, expect, it } from 'vitest'
import { readSelfTest, runSelfTest } from './selftest'

const queries = readSelfTest()

describe('lookup self-test', () => {
  it('has at least 800 queries, each once, each naming its guide', () => {
    expect(queries.length).toBeGreaterThanOrEqual(800)
    const seen = new Set<string>()
    expect(queries.filter(q => seen.size === seen.add(q.query).size).map(q => q.where)).toEqual([])
    expect(queries.filter(q => !/^(?:GB|SH)(?:;(?:GB|SH))*$/.test(q.source)).map(q => q.where)).toEqual([])
  })

  // Budgets from issue 12: coverage ≥ 95 %, agreement ≥ 95 %, sure answers in the wrong bin ≤ 1 %.
  it.each(['national', 'shanghai'] as const)('meets its budgets under the %s rules', (ruleSet) => {
    const report = runSelfTest(ruleSet, queries)
    const summary = `${ruleSet}: coverage ${(report.coverage * 100).toFixed(1)}%, agreement ${(report.agreement * 100).toFixed(1)}%, sure-wrong ${(report.sureWrong * 100).toFixed(2)}%`
    console.info(summary)
    expect(report.coverage, summary).toBeGreaterThanOrEqual(0.95)
    expect(report.agreement, summary).toBeGreaterThanOrEqual(0.95)
    expect(report.sureWrong, summary).toBeLessThanOrEqual(0.01)
  }, 60_000)

  it('counts a query nobody could answer as uncovered, and a sure wrong bin as sure-wrong', () => {
    const report = runSelfTest('national', [
      { query: '香蕉皮', expected: { national: 'kitchen', shanghai: 'kitchen' }, source: 'GB', where: 'a' },
      { query: '香蕉皮', expected: { national: 'other', shanghai: 'other' }, source: 'GB', where: 'b' },
      { query: 'qqqqqqqq完全不存在', expected: { national: 'other', shanghai: 'other' }, source: 'GB', where: 'c' },
      { query: '5号电池', expected: { national: 'hazardous', shanghai: 'other' }, source: 'GB;SH', where: 'd' },
    ])
    expect(report).toMatchObject({ queries: 4, coverage: 0.75, agreement: 2 / 3, sureWrong: 0.25 })
    expect(report.misses.map(m => m.query.where)).toEqual(['b', 'c'])
    expect(runSelfTest('shanghai', [{ query: '5号电池', expected: { national: 'hazardous', shanghai: 'other' }, source: 'GB;SH', where: 'd' }]).agreement).toBe(1)
  }, 30_000)
})
