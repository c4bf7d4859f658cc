import type { PeriodKey } from '@/domain/school/period'
import { useI18n } from 'vue-i18n'
import { dateToInstant, isoWeek } from '@/domain/dates'
import { periodEnd, periodStart } from '@/domain/school/period'

/**
 * A competition period in words: a week as its ISO week number and its dates ("第 49 周（11月30日至
 * 12月6日）", "week 49 (30 Nov to 6 Dec)"), a month as the month ("2026年12月", "December 2026").
 */
export function usePeriodLabel() {
  const { t, d } = useI18n()
  const day = (date: string) => d(new Date(dateToInstant(date)), 'day')
  return function periodLabel(period: PeriodKey): string {
    if (period.length === 7) return d(new Date(dateToInstant(periodStart(period))), { year: 'numeric', month: 'long' })
    return t('codes.period.week', { week: isoWeek(period).week, from: day(period), to: day(periodEnd(period)) })
  }
}
