import type { DayEntries, LogDay } from './log'
import { describe, expect, it } from 'vitest'
import { addDays } from './dates'
import { categoryShare, collectionRate, currentStreak, isFullySorted, periodRates, projectTarget, streakRuns, TYPICAL_BAG_KG, usualDay, validateLogDay, weeklySeries } from './log'

const day = (date: string, entries: DayEntries): LogDay => ({ date, entries, createdAt: 0, updatedAt: 0 })

describe('collectionRate', () => {
  it('uses bags at their typical weight when nothing was weighed', () => {
    // 2 kitchen bags sorted (3 kg), 1 other bag mixed (1 kg): 3 / 4.
    const days = [day('2026-12-01', { kitchen: { bags: 2, sortedBags: 2 }, other: { bags: 1, sortedBags: 0 } })]
    expect(collectionRate(days)).toBeCloseTo((2 * TYPICAL_BAG_KG.kitchen) / (2 * TYPICAL_BAG_KG.kitchen + TYPICAL_BAG_KG.other))
  })

  it('uses kilograms where they were logged, mixing units sensibly', () => {
    const days = [
      day('2026-12-01', { kitchen: { bags: 2, sortedBags: 1, kg: 4 } }),
      day('2026-12-02', { other: { bags: 2, sortedBags: 2 } }),
    ]
    // Day 1: 4 kg of which half sorted = 2; day 2: 2 bags × 1 kg, all sorted = 2. 4 / 6.
    expect(collectionRate(days)).toBeCloseTo(4 / 6)
  })

  it('sums weights over days instead of averaging daily rates', () => {
    const days = [day('2026-12-01', { kitchen: { bags: 10, sortedBags: 10 } }), day('2026-12-02', { kitchen: { bags: 1, sortedBags: 0 } })]
    expect(collectionRate(days)).toBeCloseTo(10 / 11)
  })

  it('is null for an empty period', () => {
    expect(collectionRate([])).toBeNull()
    expect(collectionRate([day('2026-12-01', { kitchen: { bags: 0, sortedBags: 0 } })])).toBeNull()
  })
})

describe('periodRates', () => {
  const days = [
    day('2026-11-29', { other: { bags: 1, sortedBags: 0 } }), // Sunday of the previous week
    day('2026-12-01', { other: { bags: 1, sortedBags: 1 } }),
    day('2026-12-03', { other: { bags: 1, sortedBags: 1 } }),
  ]
  it('rates the day, the ISO week, the month and all time', () => {
    expect(periodRates(days, '2026-12-03')).toEqual({ day: 1, week: 1, month: 1, all: 2 / 3 })
    expect(periodRates(days, '2026-12-02')).toMatchObject({ day: null, week: 1 })
    expect(periodRates(days, '2026-11-30')).toMatchObject({ month: 0 })
  })
})

describe('categoryShare and fully sorted days', () => {
  it('shares weight between categories', () => {
    const share = categoryShare([day('2026-12-01', { recyclable: { bags: 0, sortedBags: 0 }, kitchen: { bags: 1, sortedBags: 1, kg: 3 }, other: { bags: 1, sortedBags: 1, kg: 1 } })])
    expect(share).toEqual({ recyclable: 0, hazardous: 0, kitchen: 0.75, other: 0.25 })
    expect(categoryShare([])).toBeNull()
  })

  it('knows a fully sorted day', () => {
    expect(isFullySorted(day('d', { kitchen: { bags: 2, sortedBags: 2 } }))).toBe(true)
    expect(isFullySorted(day('d', { kitchen: { bags: 2, sortedBags: 1 } }))).toBe(false)
    expect(isFullySorted(day('d', {}))).toBe(false)
  })
})

describe('validateLogDay', () => {
  const today = '2026-12-03'
  it.each([
    ['2026-12-03', { kitchen: { bags: 2, sortedBags: 1 } }, []],
    ['2026-12-04', { kitchen: { bags: 2, sortedBags: 1 } }, ['future']],
    ['2026-13-01', { kitchen: { bags: 2, sortedBags: 1 } }, ['date']],
    ['2026-12-03', { kitchen: { bags: 2, sortedBags: 3 } }, ['sorted']],
    ['2026-12-03', { kitchen: { bags: 1.5, sortedBags: 1 } }, ['bags']],
    ['2026-12-03', { kitchen: { bags: 1, sortedBags: 1, kg: -2 } }, ['kg']],
    ['2026-12-03', { kitchen: { bags: 0, sortedBags: 0 } }, ['empty']],
  ] as const)('%s %o → %o', (date, entries, problems) => {
    expect(validateLogDay(date, entries, today)).toEqual(problems)
  })
})

describe('streaks', () => {
  const dates = new Set(['2026-11-28', '2026-11-30', '2026-12-01', '2026-12-02'])
  it('counts back from today, or from yesterday while today is not logged', () => {
    expect(currentStreak(dates, '2026-12-02')).toBe(3)
    expect(currentStreak(dates, '2026-12-03')).toBe(3)
    expect(currentStreak(dates, '2026-12-04')).toBe(0)
  })

  it('finds every run of consecutive days', () => {
    expect(streakRuns(dates)).toEqual([{ start: '2026-11-28', length: 1 }, { start: '2026-11-30', length: 3 }])
  })
})

describe('weeklySeries and projections', () => {
  const weeks = (rates: Array<number | null>) => rates.map((rate, i) => ({ week: addDays('2026-09-07', i * 7), rate }))

  it('gives twelve weeks ending this week, empty weeks as null', () => {
    const series = weeklySeries([day('2026-12-01', { other: { bags: 1, sortedBags: 1 } })], '2026-12-03')
    expect(series).toHaveLength(12)
    expect(series.at(-1)).toMatchObject({ week: '2026-11-30', rate: 1 })
    expect(series[0]).toMatchObject({ week: '2026-09-14', rate: null })
  })

  it('projects when a rising trend reaches the target', () => {
    const projection = projectTarget(weeks([0.4, 0.5, 0.6]), 0.7)
    expect(projection).toEqual({ state: 'on-track', weeks: 1, date: addDays('2026-09-21', 7) })
  })

  it('says reached, not at this trend, or no data', () => {
    expect(projectTarget(weeks([0.5, 0.75]), 0.7)).toEqual({ state: 'reached' })
    expect(projectTarget(weeks([0.6, 0.5, 0.4]), 0.7)).toEqual({ state: 'not-at-this-trend' })
    expect(projectTarget(weeks([0.5, null, 0.6]), 0.7)).toEqual({ state: 'no-data' })
    expect(projectTarget(weeks([null, null]), 0.7)).toEqual({ state: 'no-data' })
    expect(projectTarget(weeks([0.1, 0.1001, 0.1002]), 0.7)).toEqual({ state: 'not-at-this-trend' })
  })
})

describe('usualDay', () => {
  it('is the latest logged day before the date', () => {
    const days = [day('2026-12-01', {}), day('2026-11-20', {}), day('2026-12-05', {})]
    expect(usualDay(days, '2026-12-03')?.date).toBe('2026-12-01')
    expect(usualDay(days, '2026-11-01')?.date).toBe('2026-12-05')
  })
})
