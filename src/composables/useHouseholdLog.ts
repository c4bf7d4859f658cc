import type { LocalDate } from '@/domain/dates'
import type { DayEntries, LogDay } from '@/domain/log'
import { createSharedComposable, useDocumentVisibility } from '@vueuse/core'
import { computed, shallowRef, watch } from 'vue'
import { householdDashboard } from '@/domain/dashboard'
import { localDate } from '@/domain/dates'
import { withData } from './data-layer'
import { useAwareness } from './useAwareness'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

/**
 * The household's log and its members' awareness checks, live, with today's date in the
 * device's time zone (moved on when the page becomes visible again, so a phone left open
 * overnight shows the new day). One subscription however many components use it.
 */
const useLogState = createSharedComposable(() => {
  const { checks, memberIds } = useAwareness()
  const { data: days, loading } = useLiveQuery(({ db }) => db.logDays.toArray())
  const today = shallowRef(localDate(Date.now()))
  const visibility = useDocumentVisibility()
  watch(visibility, (state) => {
    if (state === 'visible') today.value = localDate(Date.now())
  })
  return {
    days: computed(() => days.value ?? []),
    checks,
    memberIds,
    today,
    loading,
  }
})

/**
 * The household log: its days, the dashboard figures (the same pure function the benchmark
 * times), and the commands that save, delete and restore a day. Saving settles the day's points
 * and checks its badges in the data layer; failures come back translated through `useSaving`.
 */
export function useHouseholdLog() {
  const state = useLogState()
  const { save, saving, problem, dismissProblem } = useSaving()
  const dashboard = computed(() => householdDashboard(state.days.value, state.checks.value, state.memberIds.value, state.today.value, Date.now()))

  const saveDay = (draft: { date: LocalDate, entries: DayEntries, memberId: string }) =>
    save(() => withData(({ db, log }) => log.saveLogDay(db, draft, state.today.value)))
  const deleteDay = (date: LocalDate, memberId: string) =>
    save(() => withData(({ db, log }) => log.deleteLogDay(db, date, memberId)))
  const restoreDay = (day: LogDay) =>
    save(() => withData(({ db, log }) => log.restoreLogDay(db, day)))

  return { ...state, dashboard, saveDay, deleteDay, restoreDay, saving, problem, dismissProblem }
}
