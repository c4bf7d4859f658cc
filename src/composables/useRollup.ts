import type { Ref } from 'vue'
import type { PeriodKey } from '@/domain/school/period'
import type { RollupUnit } from '@/domain/school/records'
import type { RollupMetric } from '@/domain/school/rollup'
import { createSharedComposable } from '@vueuse/core'
import { storeToRefs } from 'pinia'
import { computed } from 'vue'
import { useSessionStore } from '@/stores/session'
import { withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useHouseholdSetup } from './useHousehold'
import { useSaving } from './useSaving'
import { useToday } from './useSchoolClasses'

export type { RollupUnitDraft } from './useHousehold'

const useUnitList = createSharedComposable(() => useLiveQuery(({ db, schoolRollup }) => schoolRollup.listRollupUnits(db)))

/**
 * The school and/or district this device coordinates, which one the pages show (remembered on
 * the device; the school first), and the commands that set one up. Refusals come back
 * translated through `useSaving`.
 */
export function useRollupUnits() {
  const { activeUnitId } = storeToRefs(useSessionStore())
  const { data, loading } = useUnitList()
  const { becomeCoordinator, saving, problem } = useHouseholdSetup()
  const units = computed<RollupUnit[]>(() => [...(data.value ?? [])].sort((a, b) => (a.level === b.level ? 0 : a.level === 'school' ? -1 : 1)))
  const activeUnit = computed(() => units.value.find(unit => unit.id === activeUnitId.value) ?? units.value[0])

  function selectUnit(id: string) {
    activeUnitId.value = id
  }

  return { units, activeUnit, loading, selectUnit, becomeCoordinator, saving, problem }
}

/**
 * A school's (or district's) dashboard, live: the summed rates against the targets, the trend,
 * the classes (or schools) ranked by `metric` on per-household figures, and who has not sent
 * `period` (the current one when unset); with the commands.
 */
export function useRollupDashboard(unitId: Ref<string | undefined>, options: { period?: Ref<PeriodKey | undefined>, metric?: Ref<RollupMetric> } = {}) {
  const today = useToday()
  const { period, metric } = options
  const { data: dashboard, loading } = useLiveQuery(({ db, schoolRollup }) => {
    const id = unitId.value
    if (!id) return undefined
    return schoolRollup.loadRollupDashboard(db, id, { today: today.value, ...(period?.value ? { period: period.value } : {}), ...(metric ? { metric: metric.value } : {}) })
  }, [unitId, today, ...(period ? [period] : []), ...(metric ? [metric] : [])])
  const { save, saving, problem } = useSaving()

  /** The school's signed summary of `summaryPeriod` for its district. */
  const summaryCode = (summaryPeriod: PeriodKey) => save(() => withData(({ db, schoolRollup }) => schoolRollup.schoolSummaryCode(db, unitId.value!, summaryPeriod)))
  /** Forgets a class (or school) and its summaries: its next summary binds a new key. */
  const forget = (childId: string) => save(() => withData(({ db, schoolRollup }) => schoolRollup.forgetTrustedUnit(db, childId)))

  return { dashboard, loading, today, summaryCode, forget, saving, problem }
}
