import { createSharedComposable } from '@vueuse/core'
import { computed } from 'vue'
import { withData } from './data-layer'
import { useHousehold } from './useHousehold'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

/** The awareness checks of the household's current members, live, in one subscription. */
const useChecks = createSharedComposable(() => {
  const { members } = useHousehold()
  const memberIds = computed(() => members.value.map(m => m.id))
  const { data, loading } = useLiveQuery(({ db, learning }) => learning.awarenessChecksOf(db, memberIds.value), [memberIds])
  return { checks: computed(() => data.value ?? []), memberIds, loading }
})

/** Awareness checks: every member's, and the command that records one (with its points, once per period). */
export function useAwareness() {
  const state = useChecks()
  const { save, saving, problem } = useSaving()
  const saveCheck = (check: { memberId: string, score: number, total: number, at: number }) =>
    save(() => withData(({ db, learning }) => learning.saveAwarenessCheck(db, check)))
  return { ...state, saveCheck, saving, problem }
}
