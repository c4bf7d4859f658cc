import type { AwarenessCheck } from './awareness'
import type { Category } from './categories'
import type { LocalDate } from './dates'
import type { LogDay, Period, Projection, WeekPoint } from './log'
import { AWARENESS_TARGET, groupAwareness } from './awareness'
import { addDays, dateToInstant } from './dates'
import { categoryShare, COLLECTION_TARGET, currentStreak, periodRates, projectTarget, weeklySeries } from './log'

/** Every figure the household dashboard (on Log and on Me) shows. */
export interface HouseholdDashboard {
  /** Collection rate for the day, ISO week, month and all time that contain `today`. */
  rates: Record<Period, number | null>
  /** The last twelve weeks, oldest first. */
  series: WeekPoint[]
  /** Share of each bin in the weight put out; null before anything was logged. */
  share: Record<Category, number> | null
  /** Members with a valid awareness pass, now. */
  awareness: { aware: number, total: number, rate: number | null }
  /** Awareness at the end of each week of `series`. */
  awarenessSeries: Array<{ week: LocalDate, rate: number | null }>
  collectionProjection: Projection
  awarenessProjection: Projection
  /** Consecutive logged days up to today (or yesterday, if today is not logged yet). */
  streak: number
}

/**
 * The household against the campaign's targets, from its records: collection rates by period
 * against 70%, awareness against 90%, twelve weeks of both, each bin's share, the streak and
 * when the current trend reaches each target. The Log and Me pages show exactly this, and the
 * household benchmark times exactly this.
 */
export function householdDashboard(days: readonly LogDay[], checks: readonly AwarenessCheck[], memberIds: readonly string[], today: LocalDate, now: number): HouseholdDashboard {
  const series = weeklySeries(days, today)
  const awarenessSeries = series.map(point => ({
    week: point.week,
    rate: groupAwareness(memberIds, checks, dateToInstant(addDays(point.week, 6))).rate,
  }))
  return {
    rates: periodRates(days, today),
    series,
    share: categoryShare(days),
    awareness: groupAwareness(memberIds, checks, now),
    awarenessSeries,
    collectionProjection: projectTarget(series, COLLECTION_TARGET),
    awarenessProjection: projectTarget(awarenessSeries, AWARENESS_TARGET),
    streak: currentStreak(new Set(days.map(day => day.date)), today),
  }
}
