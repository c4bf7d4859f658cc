import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../dates'
import { periodContains, periodEnd, periodFromNumber, periodKindOf, periodOf, periodOver, periodStart, periodStarted, periodToNumber, recentPeriods, shiftPeriod } from './period'

describe('periods', () => {
  it.each([
    ['2026-12-03', 'week', '2026-11-30', '2026-11-30', '2026-12-06'],
    ['2026-12-06', 'week', '2026-11-30', '2026-11-30', '2026-12-06'],
    ['2026-12-07', 'week', '2026-12-07', '2026-12-07', '2026-12-13'],
    ['2026-12-31', 'week', '2026-12-28', '2026-12-28', '2027-01-03'],
    ['2026-12-03', 'month', '2026-12', '2026-12-01', '2026-12-31'],
    ['2028-02-10', 'month', '2028-02', '2028-02-01', '2028-02-29'],
  ] as const)('%s in a %s is %s, from %s to %s', (date, kind, key, start, end) => {
    expect(periodOf(date, kind)).toBe(key)
    expect(periodKindOf(key)).toBe(kind)
    expect(periodStart(key)).toBe(start)
    expect(periodEnd(key)).toBe(end)
    expect(periodContains(key, date)).toBe(true)
  })

  it.each(['2026-12-03', '2026-13', '2026-00', '26-12', 'week', 42, null, '2026-02-30'])('%j is not a period key', (key) => {
    expect(periodKindOf(key)).toBeNull()
  })

  it('shifts across years', () => {
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01')
    expect(shiftPeriod('2027-01', -13)).toBe('2025-12')
    expect(shiftPeriod('2026-12-28', 1)).toBe('2027-01-04')
    expect(recentPeriods('2026-12-03', 'month', 3)).toEqual(['2026-10', '2026-11', '2026-12'])
    expect(recentPeriods('2026-12-03', 'week', 2)).toEqual(['2026-11-23', '2026-11-30'])
  })

  it('knows started and finished periods', () => {
    expect(periodStarted('2026-12-07', '2026-12-06')).toBe(false)
    expect(periodStarted('2026-11-30', '2026-12-06')).toBe(true)
    expect(periodOver('2026-11-30', '2026-12-06')).toBe(false)
    expect(periodOver('2026-11-30', '2026-12-07')).toBe(true)
  })

  it('numbers every week and month one way and back', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60_000 }), fc.boolean(), (days, month) => {
      const key = periodOf(addDays('1970-01-05', days), month ? 'month' : 'week')
      const n = periodToNumber(key)
      expect(n < 0).toBe(month)
      expect(periodFromNumber(n)).toBe(key)
    }))
    expect(periodFromNumber(1)).toBeNull() // 1970-01-02 is a Friday
    expect(periodFromNumber(-5)).toBeNull()
    expect(periodFromNumber(1.5)).toBeNull()
  })
})
