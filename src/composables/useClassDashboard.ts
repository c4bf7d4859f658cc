import type { Ref } from 'vue'
import type { NamedItem } from '@/domain/codes/payloads'
import type { LeaderboardMetric } from '@/domain/school/dashboard'
import type { PeriodKey } from '@/domain/school/period'
import { computed } from 'vue'
import { withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'
import { useToday } from './useSchoolClasses'

/**
 * One class's dashboard, live (the same `loadClassDashboard` the benchmark times): its rates
 * against the targets, the trend, the leaderboard by `metric`, who has not reported `period`
 * (the current one when unset), the names its households missed or taught; with the class item
 * list, the enrolled households, and the commands the teacher uses on them.
 */
export function useClassDashboard(classId: Ref<string | undefined>, options: { period?: Ref<PeriodKey | undefined>, metric?: Ref<LeaderboardMetric> } = {}) {
  const today = useToday()
  const period = options.period
  const metric = options.metric
  const { data: dashboard, loading, error } = useLiveQuery(({ db, school }) => {
    const id = classId.value
    if (!id) return undefined
    return school.loadClassDashboard(db, id, { today: today.value, ...(period?.value ? { period: period.value } : {}), ...(metric ? { metric: metric.value } : {}) })
  }, [classId, today, ...(period ? [period] : []), ...(metric ? [metric] : [])])
  const { data: items } = useLiveQuery(({ db, school }) => (classId.value ? school.classItemsOf(db, classId.value) : []), [classId])
  const { data: enrollments } = useLiveQuery(({ db, school }) => (classId.value ? school.enrollmentsOf(db, classId.value) : []), [classId])
  const { save, saving, problem } = useSaving()

  const acceptItem = (item: NamedItem) => save(() => withData(({ db, school }) => school.acceptClassItem(db, classId.value!, item)))
  const removeItem = (itemId: string) => save(() => withData(({ db, school }) => school.removeClassItem(db, itemId)))
  const removeEnrollment = (householdId: string) => save(() => withData(({ db, school }) => school.removeEnrollment(db, classId.value!, householdId)))
  /** The class's signed summary of `summaryPeriod` for its school (each call a new sequence number). */
  const summaryCode = (summaryPeriod: PeriodKey) => save(() => withData(({ db, school }) => school.classSummaryCode(db, classId.value!, summaryPeriod)))

  return {
    dashboard,
    loading,
    error,
    today,
    items: computed(() => items.value ?? []),
    enrollments: computed(() => enrollments.value ?? []),
    acceptItem,
    removeItem,
    removeEnrollment,
    summaryCode,
    saving,
    problem,
  }
}

/** The vouchers honoured on this device, the latest first, live. */
export function useRedeemedVouchers() {
  const { data } = useLiveQuery(({ db, school }) => school.redeemedVouchers(db))
  return computed(() => data.value ?? [])
}
