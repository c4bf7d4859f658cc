import type { HouseholdRecords } from './report'
import { describe, expect, it } from 'vitest'
import { dateToInstant } from '../dates'
import { buildReportDraft, defaultSelection, reportPayload } from './report'

const MONDAY = '2026-11-30'
const TODAY = '2026-12-03' // Thursday of that week
const NOW = dateToInstant(TODAY)
const at = (date: string) => dateToInstant(date)

function records(overrides: Partial<HouseholdRecords> = {}): HouseholdRecords {
  return {
    memberIds: ['mum', 'kid'],
    days: [
      // Last week's Sunday is outside the period but extends the streak.
      { date: '2026-11-29', entries: { other: { bags: 1, sortedBags: 1 } }, createdAt: 0, updatedAt: 0 },
      { date: '2026-11-30', entries: { kitchen: { bags: 2, sortedBags: 1 }, recyclable: { bags: 1, sortedBags: 1, kg: 2.35 } }, createdAt: 0, updatedAt: 0 },
      { date: '2026-12-01', entries: { other: { bags: 1, sortedBags: 0 } }, createdAt: 0, updatedAt: 0 },
      { date: '2026-12-02', entries: { hazardous: { bags: 1, sortedBags: 1 } }, createdAt: 0, updatedAt: 0 },
    ],
    ledger: [
      { id: '1', memberId: 'mum', at: at('2026-11-30'), reason: 'log-day', points: 3, sourceEventId: 'log:2026-11-30', day: '2026-11-30' },
      { id: '2', memberId: 'kid', at: at('2026-12-01'), reason: 'quiz-correct', points: 2, sourceEventId: 'q1' },
      { id: '3', memberId: 'kid', at: at('2026-12-01'), reason: 'redeem', points: -20, sourceEventId: 'redeem:v' },
      { id: '4', memberId: 'kid', at: at('2026-12-01'), reason: 'welcome', points: 10, sourceEventId: 'welcome:kid' },
      { id: '5', memberId: 'mum', at: at('2026-11-29'), reason: 'log-day', points: 3, sourceEventId: 'log:2026-11-29', day: '2026-11-29' },
      { id: '6', memberId: 'gone', at: at('2026-12-01'), reason: 'quiz-correct', points: 2, sourceEventId: 'q2' },
    ],
    rounds: [
      { id: 'r1:kid', roundId: 'r1', memberId: 'kid', mode: 'sort', finishedAt: at('2026-12-01'), total: 10, correct: 8, stars: 2 },
      { id: 'r0:kid', roundId: 'r0', memberId: 'kid', mode: 'sort', finishedAt: at('2026-11-20'), total: 10, correct: 2, stars: 1 },
    ],
    checks: [{ id: 'c1', memberId: 'mum', at: at('2026-10-01'), score: 9, total: 10, passed: true }],
    taught: [
      { id: 't1', name: '猫砂', key: '猫砂', category: 'other', createdAt: at('2026-12-01') },
      { id: 't2', name: '电子烟', key: '电子烟', category: 'hazardous', createdAt: at('2026-12-02') },
      { id: 't3', name: '旧的', key: '旧的', category: 'other', createdAt: at('2026-11-01') },
      { id: 't4', name: '一个名字长得超过了十六个字的奇怪东西啊', key: 'x', category: 'other', createdAt: at('2026-12-01') },
    ],
    misses: [
      { key: 'a', query: '暖宝宝', count: 2, firstAt: at('2026-12-01'), lastAt: at('2026-12-01') },
      { key: 'b', query: '猫粮袋', count: 5, firstAt: at('2026-12-02'), lastAt: at('2026-12-02') },
      { key: 'c', query: '上个月', count: 9, firstAt: at('2026-10-02'), lastAt: at('2026-10-02') },
    ],
    ...overrides,
  }
}

describe('building a period report from the household records', () => {
  const draft = buildReportDraft(records(), MONDAY, { today: TODAY, now: NOW, timeZone: 'Asia/Shanghai' })

  it('tallies the days of the period with the log\'s weights', () => {
    expect(draft.tally.daysLogged).toBe(3)
    expect(draft.tally.categories.kitchen).toEqual({ sortedBags: 1, mixedBags: 1, sortedKgTenths: 15, mixedKgTenths: 15 })
    // Weighed: 2.35 kg, rounded to 100 g.
    expect(draft.tally.categories.recyclable).toEqual({ sortedBags: 1, mixedBags: 0, sortedKgTenths: 24, mixedKgTenths: 0 })
    expect(draft.tally.categories.other).toEqual({ sortedBags: 0, mixedBags: 1, sortedKgTenths: 0, mixedKgTenths: 10 })
  })

  it('counts points earned by current members, not spending or welcome points', () => {
    expect(draft.tally.points).toBe(5)
  })

  it('counts the period\'s rounds, awareness now, and the streak through the period', () => {
    expect(draft.tally).toMatchObject({ rounds: 1, correct: 8, answered: 10, aware: 1, members: 2 })
    expect(draft.streakDays).toBe(4)
  })

  it('offers the period\'s taught names newest first and misses most frequent first', () => {
    expect(draft.taught).toEqual([{ name: '电子烟', category: 'hazardous' }, { name: '猫砂', category: 'other' }])
    expect(draft.missed).toEqual([{ query: '猫粮袋', count: 5 }, { query: '暖宝宝', count: 2 }])
  })

  it('shares what the parent kept, and refuses more than a QR code holds', () => {
    const payload = reportPayload(draft, { classId: 'c', seq: 7, taught: [draft.taught[1]!], missed: [] })
    expect(payload).toMatchObject({ classId: 'c', period: MONDAY, seq: 7, taught: [{ name: '猫砂' }], missed: [] })
    const many = { ...draft, missed: Array.from({ length: 30 }, (_, i) => ({ query: `垃圾分类问题${i}`, count: 1 })) }
    expect(() => reportPayload(many, { classId: 'c', seq: 8, taught: [], missed: many.missed })).toThrow('school.report.tooLong')
    const selection = defaultSelection(many)
    expect(() => reportPayload(many, { classId: 'c', seq: 8, ...selection })).not.toThrow()
    expect(selection.missed.length).toBeGreaterThan(5)
  })

  it('takes awareness at the end of a finished period', () => {
    const old = buildReportDraft(records({ checks: [{ id: 'c', memberId: 'mum', at: at('2026-12-02'), score: 9, total: 10, passed: true }] }), '2026-11-16', { today: TODAY, now: NOW })
    expect(old.tally.aware).toBe(0)
    expect(old.tally.rounds).toBe(1)
  })
})
