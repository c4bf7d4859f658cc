/**
 * Competition periods: a class counts in ISO weeks (the default) or calendar months. A period is
 * named by a key that sorts in time order and tells its kind by its form: a week by its Monday
 * (`2026-12-07`), a month by `YYYY-MM` (`2026-12`). Built on `dates.ts`, so a period is a range
 * of the household's local calendar dates, never of instants.
 */
import type { LocalDate } from '../dates'
import { addDays, daysBetween, isLocalDate, monthOf, weekStart } from '../dates'

export const PERIOD_KINDS = ['week', 'month'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

/** `YYYY-MM-DD` (the Monday of a week) or `YYYY-MM` (a month). */
export type PeriodKey = string

const MONTH = /^(\d{4})-(\d{2})$/
const EPOCH: LocalDate = '1970-01-01'

/** Whether `value` is a period kind. */
export function isPeriodKind(value: unknown): value is PeriodKind {
  return value === 'week' || value === 'month'
}

/** The kind of a period key, or null when `key` is not a valid one (a week key must be a Monday). */
export function periodKindOf(key: unknown): PeriodKind | null {
  if (typeof key !== 'string') return null
  if (isLocalDate(key)) return weekStart(key) === key ? 'week' : null
  const month = MONTH.exec(key)
  return month && Number(month[2]) >= 1 && Number(month[2]) <= 12 && Number(month[1]) >= 1970 ? 'month' : null
}

/** The period of `kind` that contains `date`. */
export function periodOf(date: LocalDate, kind: PeriodKind): PeriodKey {
  return kind === 'week' ? weekStart(date) : monthOf(date)
}

/** The first day of a period. */
export function periodStart(key: PeriodKey): LocalDate {
  return key.length === 7 ? `${key}-01` : key
}

/** The period `n` periods after `key` (before, if negative). */
export function shiftPeriod(key: PeriodKey, n: number): PeriodKey {
  if (key.length !== 7) return addDays(key, 7 * n)
  const index = Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1 + n
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The last day of a period. */
export function periodEnd(key: PeriodKey): LocalDate {
  return addDays(periodStart(shiftPeriod(key, 1)), -1)
}

/** Whether `date` falls in the period. */
export function periodContains(key: PeriodKey, date: LocalDate): boolean {
  return date >= periodStart(key) && date <= periodEnd(key)
}

/** Whether the period has begun by `today` (a period in the future has not). */
export function periodStarted(key: PeriodKey, today: LocalDate): boolean {
  return periodStart(key) <= today
}

/** Whether the whole period lies before `today`. */
export function periodOver(key: PeriodKey, today: LocalDate): boolean {
  return periodEnd(key) < today
}

/** The `count` periods of `kind` ending with the one containing `today`, oldest first. */
export function recentPeriods(today: LocalDate, kind: PeriodKind, count: number): PeriodKey[] {
  const last = periodOf(today, kind)
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, i - count + 1))
}

/**
 * A period as one integer, for codes: a week is the day number of its Monday (days since
 * 1970-01-01, positive), a month is −(year × 12 + month − 1) (negative), so one number says both
 * which kind and which period.
 */
export function periodToNumber(key: PeriodKey): number {
  if (key.length === 7) return -(Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1)
  return daysBetween(EPOCH, key)
}

/** The period a number from `periodToNumber` names, or null when it names none. */
export function periodFromNumber(n: number): PeriodKey | null {
  if (!Number.isSafeInteger(n)) return null
  if (n < 0) {
    const index = -n
    if (index < 1970 * 12 || index > 9999 * 12 + 11) return null
    return shiftPeriod('0000-01', index)
  }
  if (n > 2_932_896) return null // 9999-12-31
  const date = addDays(EPOCH, n)
  return periodKindOf(date) === 'week' ? date : null
}
