import type { AwarenessCheck, PoolEntry } from './awareness'
import { describe, expect, it } from 'vitest'
import { awarenessPeriodStart, awarenessStatus, composeAwarenessCheck, gradeAwareness, groupAwareness } from './awareness'
import { CATEGORIES } from './categories'

const DAY = 86_400_000
const pool: PoolEntry[] = CATEGORIES.flatMap(category => Array.from({ length: 8 }, (_, i) => ({ itemId: `${category}-${i}`, category })))
const check = (memberId: string, at: number, passed: boolean): AwarenessCheck => ({ id: `${memberId}-${at}`, memberId, at, score: passed ? 9 : 5, total: 10, passed })

function seeded(seed: number) {
  let state = seed
  return () => {
    state = (state * 16807) % 2147483647
    return (state - 1) / 2147483646
  }
}

describe('composeAwarenessCheck', () => {
  it.each([1, 2, 3, 4, 5])('draws ten distinct items, two or three per bin (seed %i)', (seed) => {
    const drawn = composeAwarenessCheck(pool, seeded(seed))
    expect(drawn).toHaveLength(10)
    expect(new Set(drawn.map(d => d.itemId)).size).toBe(10)
    for (const category of CATEGORIES) {
      const n = drawn.filter(d => d.category === category).length
      expect(n).toBeGreaterThanOrEqual(2)
      expect(n).toBeLessThanOrEqual(3)
    }
  })
})

describe('gradeAwareness', () => {
  const questions = pool.slice(0, 10)
  it('passes with eight of ten right, not with seven', () => {
    const right = questions.map(q => q.category)
    expect(gradeAwareness(questions, right)).toEqual({ score: 10, total: 10, passed: true })
    const eight = right.map((c, i) => (i < 2 ? null : c))
    expect(gradeAwareness(questions, eight)).toMatchObject({ score: 8, passed: true })
    const seven = right.map((c, i) => (i < 3 ? (c === 'other' ? 'kitchen' : 'other') : c))
    expect(gradeAwareness(questions, seven)).toMatchObject({ score: 7, passed: false })
  })
})

describe('awarenessStatus', () => {
  it('is "not yet" without a pass, even after failed checks', () => {
    expect(awarenessStatus([check('m', 0, false)], DAY)).toEqual({ state: 'not-yet', remind: true })
  })

  it('is aware for 180 days after a pass, with a reminder in the last two weeks', () => {
    const passes = [check('m', 0, true)]
    expect(awarenessStatus(passes, 100 * DAY)).toMatchObject({ state: 'aware', passedAt: 0, validUntil: 180 * DAY, remind: false })
    expect(awarenessStatus(passes, 170 * DAY)).toMatchObject({ state: 'aware', remind: true })
    expect(awarenessStatus(passes, 180 * DAY)).toMatchObject({ state: 'expired', remind: true })
  })

  it('counts from the latest pass', () => {
    expect(awarenessStatus([check('m', 0, true), check('m', 150 * DAY, true)], 200 * DAY)).toMatchObject({ state: 'aware', validUntil: 330 * DAY })
  })
})

describe('awarenessPeriodStart', () => {
  it('keeps the same period for passes while aware, and starts a new one after it lapses', () => {
    expect(awarenessPeriodStart([], 5 * DAY)).toBe(5 * DAY)
    const first = [check('m', 10 * DAY, true)]
    expect(awarenessPeriodStart(first, 20 * DAY)).toBe(10 * DAY)
    expect(awarenessPeriodStart(first, 200 * DAY)).toBe(200 * DAY)
  })
})

describe('groupAwareness', () => {
  it('is aware members over members', () => {
    const checks = [check('a', 0, true), check('b', 0, false), check('c', -200 * DAY, true)]
    expect(groupAwareness(['a', 'b', 'c', 'd'], checks, DAY)).toEqual({ aware: 1, total: 4, rate: 0.25 })
    expect(groupAwareness([], checks, DAY)).toEqual({ aware: 0, total: 0, rate: null })
  })
})
