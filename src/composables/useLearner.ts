import type { Ref } from 'vue'
import type { Mastery } from '@/domain/mastery'
import { computed } from 'vue'
import { db } from '@/db/db'
import { masteriesOf, recentResults } from '@/db/repos/learning'
import { isMastered, memberLevel, mistakes } from '@/domain/mastery'
import { useLiveQuery } from './useLiveQuery'

/** A member's learning state, live: masteries by card, level, mistakes. */
export function useLearner(memberId: Ref<string | null | undefined>) {
  const { data, loading } = useLiveQuery(async () => {
    if (!memberId.value) return { masteries: new Map<string, Mastery>(), recent: [] as boolean[] }
    const [masteries, recent] = await Promise.all([masteriesOf(db, memberId.value), recentResults(db, memberId.value)])
    return { masteries, recent }
  }, [memberId])

  const masteries = computed(() => data.value?.masteries ?? new Map<string, Mastery>())
  const level = computed(() => memberLevel([...masteries.value.values()], data.value?.recent ?? []))
  const masteredCount = computed(() => [...masteries.value.values()].filter(isMastered).length)
  const mistakeList = computed(() => mistakes([...masteries.value.values()]))
  return { masteries, level, masteredCount, mistakes: mistakeList, loading }
}
