import type { PeriodKey } from '@/domain/school/period'
import { dateToInstant } from '@/domain/dates'
import { periodStart } from '@/domain/school/period'
import { i18n } from '@/i18n'

/**
 * A competition period in words: a week by its Monday ("week of 1 Dec", "12月1日那一周"), a month
 * by its name ("December 2026", "2026年12月").
 */
export function usePeriodLabel() {
  // The app's one i18n instance (as `useSaving`), so this works outside a component's setup too.
  const { t, d } = i18n.global
  return (period: PeriodKey): string => {
    const start = new Date(dateToInstant(periodStart(period)))
    return period.length === 7
      ? d(start, { year: 'numeric', month: 'long' })
      : t('school.period.weekOf', { date: d(start, { year: 'numeric', month: 'short', day: 'numeric' }) })
  }
}
