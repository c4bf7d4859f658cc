import type { Award, LedgerEntry } from './ledger'
import { describe, expect, it } from 'vitest'
import { balanceOf, balancesByMember, canSpend, historyOf, sourceEventId, validateAward } from './ledger'

const entry = (memberId: string, points: number, at: number, id = `${memberId}-${at}`): LedgerEntry =>
  ({ id, memberId, at, points, reason: 'welcome', sourceEventId: `test:${id}` })

const award = (overrides: Partial<Award> = {}): Award =>
  ({ memberId: 'm1', at: 1_700_000_000_000, reason: 'welcome', points: 10, sourceEventId: 'welcome:m1', ...overrides })

describe('validateAward', () => {
  it('accepts a well-formed award', () => {
    expect(validateAward(award())).toEqual([])
  })

  it.each([
    [{ memberId: '' }, 'missing-member'],
    [{ sourceEventId: '' }, 'missing-source'],
    [{ reason: 'bribe' as never }, 'unknown-reason'],
    [{ points: 2.5 }, 'points-not-whole'],
    [{ points: Number.NaN }, 'points-not-whole'],
    [{ points: 0 }, 'points-zero'],
    [{ at: -1 }, 'bad-time'],
  ])('rejects %o with %s', (overrides, problem) => {
    expect(validateAward(award(overrides))).toContain(problem)
  })

  it('allows negative points (spending)', () => {
    expect(validateAward(award({ points: -30 }))).toEqual([])
  })
})

describe('balances and history', () => {
  const entries = [entry('a', 10, 1), entry('b', 10, 2), entry('a', 5, 3), entry('a', -4, 4)]

  it('sums one member’s entries', () => {
    expect(balanceOf(entries, 'a')).toBe(11)
    expect(balanceOf(entries, 'b')).toBe(10)
    expect(balanceOf(entries, 'nobody')).toBe(0)
  })

  it('sums every member at once', () => {
    expect(Object.fromEntries(balancesByMember(entries))).toEqual({ a: 11, b: 10 })
  })

  it('lists a member’s history newest first, limited', () => {
    expect(historyOf(entries, 'a').map(e => e.points)).toEqual([-4, 5, 10])
    expect(historyOf(entries, 'a', 2).map(e => e.points)).toEqual([-4, 5])
  })

  it('orders entries with the same time by id so the list is stable', () => {
    const tied = [entry('a', 1, 5, 'x1'), entry('a', 2, 5, 'x2')]
    expect(historyOf(tied, 'a').map(e => e.id)).toEqual(historyOf([...tied].reverse(), 'a').map(e => e.id))
  })
})

describe('sourceEventId', () => {
  it('joins the kind and parts', () => {
    expect(sourceEventId('quiz', 'round-7', 3)).toBe('quiz:round-7:3')
  })
})

describe('canSpend', () => {
  it.each([
    [10, 10, true],
    [10, 11, false],
    [0, 1, false],
    [10, 0, false],
    [10, -5, false],
    [10, 2.5, false],
  ])('balance %i, cost %d → %s', (balance, cost, expected) => {
    expect(canSpend(balance, cost)).toBe(expected)
  })
})
