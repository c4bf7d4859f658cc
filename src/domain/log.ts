import type { Category } from './categories'
import type { LocalDate } from './dates'
import { CATEGORIES } from './categories'
import { addDays, daysBetween, isLocalDate, monthOf, weekStart } from './dates'

/**
 * The household log and the collection rate (生活垃圾分类收集率).
 *
 * Collection rate = waste put out properly sorted / all waste put out, by weight. Where a day's
 * category has kilograms logged, they are used; otherwise its bags count at the typical weight
 * of a bag of that category (`TYPICAL_BAG_KG`), so days logged in bags and days weighed combine
 * sensibly. Within one category of one day, the sorted share of the weight is the sorted share
 * of the bags. Rates over any period sum weights first (never average daily rates), as every
 * level up to the city does.
 */

/**
 * Typical weight of one household bag, in kg: a small kitchen-caddy bag of food waste is heavy
 * and wet, a bag of residual waste lighter, recyclables bulky but light, hazardous waste a few
 * batteries or a lamp. Used only where a bag was not weighed.
 */
export const TYPICAL_BAG_KG: Readonly<Record<Category, number>> = {
  recyclable: 0.8,
  hazardous: 0.2,
  kitchen: 1.5,
  other: 1.0,
}

/** The campaign's target for the share of household waste collected sorted. */
export const COLLECTION_TARGET = 0.7

export const MAX_BAGS_PER_CATEGORY = 20
export const MAX_KG_PER_CATEGORY = 100

export interface CategoryLog {
  bags: number
  /** How many of the bags went out properly sorted (the rest were mixed). */
  sortedBags: number
  /** Weight of all the bags of this category, if someone weighed them. */
  kg?: number
}

export type DayEntries = Partial<Record<Category, CategoryLog>>

export interface LogDay {
  date: LocalDate
  entries: DayEntries
  /** The member who logged the day: the day's points are theirs. */
  loggedBy?: string
  createdAt: number
  updatedAt: number
}

export type LogProblem = 'date' | 'future' | 'bags' | 'sorted' | 'kg' | 'empty'

/** Checks a day before it is saved; an empty list means valid. */
export function validateLogDay(date: LocalDate, entries: DayEntries, today: LocalDate): LogProblem[] {
  const problems = new Set<LogProblem>()
  if (!isLocalDate(date)) problems.add('date')
  else if (daysBetween(today, date) > 0) problems.add('future')
  let anyBags = false
  for (const category of CATEGORIES) {
    const entry = entries[category]
    if (!entry) continue
    if (!Number.isInteger(entry.bags) || entry.bags < 0 || entry.bags > MAX_BAGS_PER_CATEGORY) problems.add('bags')
    if (!Number.isInteger(entry.sortedBags) || entry.sortedBags < 0 || entry.sortedBags > entry.bags) problems.add('sorted')
    if (entry.kg !== undefined && (!Number.isFinite(entry.kg) || entry.kg < 0 || entry.kg > MAX_KG_PER_CATEGORY || (entry.kg > 0 && entry.bags === 0))) problems.add('kg')
    if (entry.bags > 0) anyBags = true
  }
  if (!anyBags) problems.add('empty')
  return [...problems]
}

export interface Weights {
  total: number
  sorted: number
}

/** Total and sorted weight of one category on one day. */
export function categoryWeights(category: Category, entry: CategoryLog | undefined): Weights {
  if (!entry || entry.bags === 0) return { total: 0, sorted: 0 }
  const total = entry.kg !== undefined && entry.kg > 0 ? entry.kg : entry.bags * TYPICAL_BAG_KG[category]
  return { total, sorted: total * (entry.sortedBags / entry.bags) }
}

/** Weights of a set of days, per category and in all. */
export function weighDays(days: readonly LogDay[]): { byCategory: Record<Category, Weights>, all: Weights } {
  const byCategory = Object.fromEntries(CATEGORIES.map(c => [c, { total: 0, sorted: 0 }])) as Record<Category, Weights>
  for (const day of days) {
    for (const category of CATEGORIES) {
      const w = categoryWeights(category, day.entries[category])
      byCategory[category].total += w.total
      byCategory[category].sorted += w.sorted
    }
  }
  const all = CATEGORIES.reduce((sum, c) => ({ total: sum.total + byCategory[c].total, sorted: sum.sorted + byCategory[c].sorted }), { total: 0, sorted: 0 })
  return { byCategory, all }
}

/** Collection rate of a set of days; null when nothing was put out. */
export function collectionRate(days: readonly LogDay[]): number | null {
  const { all } = weighDays(days)
  return all.total > 0 ? all.sorted / all.total : null
}

/** Each category's share of all waste put out (by weight), or null with no waste. */
export function categoryShare(days: readonly LogDay[]): Record<Category, number> | null {
  const { byCategory, all } = weighDays(days)
  if (all.total === 0) return null
  return Object.fromEntries(CATEGORIES.map(c => [c, byCategory[c].total / all.total])) as Record<Category, number>
}

/** Whether every bag of the day went out properly sorted (and there was at least one). */
export function isFullySorted(day: LogDay): boolean {
  let bags = 0
  for (const category of CATEGORIES) {
    const entry = day.entries[category]
    if (!entry) continue
    if (entry.sortedBags < entry.bags) return false
    bags += entry.bags
  }
  return bags > 0
}

export type Period = 'day' | 'week' | 'month' | 'all'

/** The days of the period that contains `date`. */
export function daysInPeriod(days: readonly LogDay[], period: Period, date: LocalDate): LogDay[] {
  switch (period) {
    case 'day': return days.filter(d => d.date === date)
    case 'week': {
      const start = weekStart(date)
      return days.filter(d => weekStart(d.date) === start)
    }
    case 'month': return days.filter(d => monthOf(d.date) === monthOf(date))
    case 'all': return [...days]
  }
}

/** Rates of the day, week, month containing `date`, and of all time. */
export function periodRates(days: readonly LogDay[], date: LocalDate): Record<Period, number | null> {
  return {
    day: collectionRate(daysInPeriod(days, 'day', date)),
    week: collectionRate(daysInPeriod(days, 'week', date)),
    month: collectionRate(daysInPeriod(days, 'month', date)),
    all: collectionRate(days),
  }
}

export interface WeekPoint {
  /** Monday of the week. */
  week: LocalDate
  rate: number | null
  /** Weight put out that week, kg. */
  total: number
}

/** The collection rate of each of the `weeks` weeks ending with the week of `today`, oldest first. */
export function weeklySeries(days: readonly LogDay[], today: LocalDate, weeks = 12): WeekPoint[] {
  const last = weekStart(today)
  const byWeek = new Map<LocalDate, LogDay[]>()
  for (const day of days) {
    const week = weekStart(day.date)
    const list = byWeek.get(week)
    if (list) list.push(day)
    else byWeek.set(week, [day])
  }
  return Array.from({ length: weeks }, (_, i) => {
    const week = addDays(last, (i - weeks + 1) * 7)
    const { all } = weighDays(byWeek.get(week) ?? [])
    return { week, rate: all.total > 0 ? all.sorted / all.total : null, total: all.total }
  })
}

/**
 * Consecutive logged days ending today, or ending yesterday when today is not logged yet (the
 * day is not over).
 */
export function currentStreak(dates: ReadonlySet<LocalDate>, today: LocalDate): number {
  let day = dates.has(today) ? today : addDays(today, -1)
  let streak = 0
  while (dates.has(day)) {
    streak++
    day = addDays(day, -1)
  }
  return streak
}

export interface Run {
  start: LocalDate
  length: number
}

/** Every run of consecutive logged days, oldest first. */
export function streakRuns(dates: Iterable<LocalDate>): Run[] {
  const sorted = [...new Set(dates)].sort()
  const runs: Run[] = []
  for (const date of sorted) {
    const last = runs.at(-1)
    if (last && addDays(last.start, last.length) === date) last.length++
    else runs.push({ start: date, length: 1 })
  }
  return runs
}

export type Projection =
  | { state: 'no-data' }
  | { state: 'reached' }
  | { state: 'on-track', date: LocalDate, weeks: number }
  | { state: 'not-at-this-trend' }

/** Longest projection worth showing: beyond two years "at this trend" means little. */
const MAX_PROJECTION_WEEKS = 104

/**
 * When a weekly rate reaches `target` at the current trend: a least-squares line through the
 * weeks that have data (at least three), extended week by week from the latest one.
 */
export function projectTarget(series: readonly { week: LocalDate, rate: number | null }[], target: number): Projection {
  const points = series.flatMap((p, i) => (p.rate === null ? [] : [{ x: i, y: p.rate, week: p.week }]))
  if (points.length === 0) return { state: 'no-data' }
  const latest = points.at(-1)!
  if (latest.y >= target) return { state: 'reached' }
  if (points.length < 3) return { state: 'no-data' }
  const n = points.length
  const meanX = points.reduce((s, p) => s + p.x, 0) / n
  const meanY = points.reduce((s, p) => s + p.y, 0) / n
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0)
  const slope = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0) / sxx
  if (!(slope > 0)) return { state: 'not-at-this-trend' }
  const fittedLatest = meanY + slope * (latest.x - meanX)
  const weeks = Math.max(1, Math.ceil((target - fittedLatest) / slope))
  if (weeks > MAX_PROJECTION_WEEKS) return { state: 'not-at-this-trend' }
  return { state: 'on-track', date: addDays(latest.week, weeks * 7), weeks }
}

/** The most recent logged day before `date`: what "same as usual" copies. */
export function usualDay(days: readonly LogDay[], date: LocalDate): LogDay | undefined {
  return [...days].filter(d => d.date < date).sort((a, b) => (a.date < b.date ? 1 : -1))[0]
    ?? [...days].filter(d => d.date !== date).sort((a, b) => (a.date < b.date ? 1 : -1))[0]
}
