import type { Ref } from 'vue'
import type { EnrollmentAnswers } from '@/db/repos/school-household'
import type { MissedSearch, NamedItem } from '@/domain/codes/payloads'
import type { PeriodKey } from '@/domain/school/period'
import type { ReportDraft } from '@/domain/school/report'
import { createSharedComposable, useDocumentVisibility } from '@vueuse/core'
import { computed, shallowRef, watch } from 'vue'
import { localDate } from '@/domain/dates'
import { withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

/** Today in the device's calendar, moved on when the page becomes visible again. */
const useToday = createSharedComposable(() => {
  const today = shallowRef(localDate(Date.now()))
  const visibility = useDocumentVisibility()
  watch(visibility, (state) => {
    if (state === 'visible') today.value = localDate(Date.now())
  })
  return today
})

/** The classes this household joined, live, in one subscription for Me, Log and the lookup. */
const useJoined = createSharedComposable(() => {
  const { data, loading } = useLiveQuery(({ db, schoolHousehold }) => schoolHousehold.joinedClasses(db))
  return { joined: computed(() => data.value ?? []), loading }
})

/**
 * The household's classes: those it joined (live), which of them wait for last period's report
 * (`reportsDue`, live), and the commands that show the enrollment code again or change what the
 * family told a class. Every command goes through `useSaving`.
 */
export function useHouseholdClasses() {
  const today = useToday()
  const { joined, loading } = useJoined()
  const { data: due } = useLiveQuery(({ db, schoolHousehold }) => schoolHousehold.reportsDue(db, today.value), [today])
  const { save, saving, problem } = useSaving()

  /** The enrollment code's `<data>` for a class (the same answers keep their sequence number). */
  const enrollmentCode = (classId: string) => save(() => withData(({ db, schoolHousehold }) => schoolHousehold.enrollmentCode(db, classId)))
  const updateAnswers = (classId: string, answers: EnrollmentAnswers) => save(() => withData(({ db, schoolHousehold }) => schoolHousehold.updateEnrollmentAnswers(db, classId, answers)))

  return { today, joined, loading, due: computed(() => due.value ?? []), enrollmentCode, updateAnswers, saving, problem }
}

/**
 * One class's report for one period: the draft from the household's records (live, so a day
 * logged meanwhile shows at once), the reports already shared for that class (newest first),
 * and the command that signs and records the report with the lists the parent kept.
 */
export function useClassReport(classId: Ref<string>, period: Ref<PeriodKey>) {
  const today = useToday()
  const { data: draft, error } = useLiveQuery(({ db, schoolHousehold }) => schoolHousehold.loadReportDraft(db, classId.value, { today: today.value, period: period.value }), [classId, period, today])
  const { shared } = useSharedReports(classId)
  const { save, saving, problem } = useSaving()

  const share = (from: ReportDraft, kept: { taught: readonly NamedItem[], missed: readonly MissedSearch[] }) =>
    save(() => withData(({ db, schoolHousehold }) => schoolHousehold.shareReport(db, classId.value, from, kept)))

  return { draft, error, shared, share, saving, problem }
}

/** The reports the household shared with a class, newest first, live. */
export function useSharedReports(classId: Ref<string>) {
  const { data } = useLiveQuery(({ db, schoolHousehold }) => schoolHousehold.sharedReportsOf(db, classId.value), [classId])
  return { shared: computed(() => data.value ?? []) }
}

/**
 * Names the household's classes taught, for its lookups, live (one subscription). Lazy, like the
 * household's own taught names: it follows the data layer once a search or an answer loaded it.
 */
export const useClassItems = createSharedComposable(() => {
  const { data, loading } = useLiveQuery(({ db, schoolHousehold }) => schoolHousehold.classItemsForLookup(db), [], { lazy: true })
  return { classItems: computed(() => data.value ?? []), loading }
})

export { useJoined as useJoinedClasses }
