/**
 * Calendar dates as the household lives them: `YYYY-MM-DD` strings in its own time zone. Instants
 * are UTC milliseconds and become dates only at the edge (`localDate`); all arithmetic on dates
 * happens on the date strings, so no daylight-saving or offset can shift a day.
 */

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string

const DAY = 86_400_000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `value` is a real calendar date in `YYYY-MM-DD` form. */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false
  const match = DATE.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/**
 * The local date of an instant in a time zone (the device's by default). 23:30 on 3 December in
 * 泸州 is 3 December there, even though it is already 4 December nowhere and still 3 in UTC.
 */
export function localDate(instant: number, timeZone?: string): LocalDate {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
}

function toUtc(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d)
}

function fromUtc(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The date `days` days after `date` (before, if negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(toUtc(date) + days * DAY)
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY)
}

/** Monday of the ISO week `date` is in. Weeks start on Monday, as in China. */
export function weekStart(date: LocalDate): LocalDate {
  const weekday = (new Date(toUtc(date)).getUTCDay() + 6) % 7
  return addDays(date, -weekday)
}

/** `YYYY-MM` of a date. */
export function monthOf(date: LocalDate): string {
  return date.slice(0, 7)
}

/** Noon UTC of a local date, a safe instant for formatting the date in any time zone nearby. */
export function dateToInstant(date: LocalDate): number {
  return toUtc(date) + 12 * 60 * 60 * 1000
}
