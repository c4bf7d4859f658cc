import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, isLocalDate, localDate, monthOf, weekStart } from './dates'

describe('localDate', () => {
  // 2026-12-03T16:30:00Z is 00:30 on 4 December in 泸州 (UTC+8) and still 3 December in UTC.
  const justAfterMidnightInLuzhou = Date.UTC(2026, 11, 3, 16, 30)

  it('takes the date in the household’s time zone, not UTC', () => {
    expect(localDate(justAfterMidnightInLuzhou, 'Asia/Shanghai')).toBe('2026-12-04')
    expect(localDate(justAfterMidnightInLuzhou, 'UTC')).toBe('2026-12-03')
  })

  it('keeps 23:59 local time on the same day', () => {
    expect(localDate(Date.UTC(2026, 11, 3, 15, 59), 'Asia/Shanghai')).toBe('2026-12-03')
  })
})

describe('date arithmetic', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })

  it('counts days between dates across months and years', () => {
    expect(daysBetween('2026-12-25', '2027-01-05')).toBe(11)
    expect(daysBetween('2027-01-05', '2026-12-25')).toBe(-11)
  })

  it('starts weeks on Monday', () => {
    expect(weekStart('2026-12-03')).toBe('2026-11-30')
    expect(weekStart('2026-11-30')).toBe('2026-11-30')
    expect(weekStart('2026-12-06')).toBe('2026-11-30')
  })

  it('validates dates', () => {
    expect(isLocalDate('2026-02-29')).toBe(false)
    expect(isLocalDate('2028-02-29')).toBe(true)
    expect(isLocalDate('2026-12-3')).toBe(false)
    expect(monthOf('2026-12-03')).toBe('2026-12')
  })
})
