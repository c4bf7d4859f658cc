import type { Ref } from 'vue'
import type { Mastery } from '@/domain/mastery'
import type { PlayedAnswer, LearnMode } from '@/domain/learning'
import { computed } from 'vue'
import { isMastered, memberLevel, mistakes } from '@/domain/mastery'
import { withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

/**
 * A member's learning state, live (masteries by card, level, mistakes), and the command that
 * saves a finished round (answers, masteries and points in one transaction). When the member
 * changes, the previous member's state is dropped before the new one loads (`loading` is true in
 * between), so a round never starts from someone else's mastery.
 */
export function useLearner(memberId: Ref<string | null | undefined>) {
  const { data, loading } = useLiveQuery(async ({ db, learning }) => {
    if (!memberId.value) return { masteries: new Map<string, Mastery>(), recent: [] as boolean[] }
    const [masteries, recent] = await Promise.all([learning.masteriesOf(db, memberId.value), learning.recentResults(db, memberId.value)])
    return { masteries, recent }
  }, [memberId])
  const { save, saving, problem } = useSaving()

  const masteries = computed(() => data.value?.masteries ?? new Map<string, Mastery>())
  const level = computed(() => memberLevel([...masteries.value.values()], data.value?.recent ?? []))
  const masteredCount = computed(() => [...masteries.value.values()].filter(isMastered).length)
  const mistakeList = computed(() => mistakes([...masteries.value.values()]))

  /** Saves one member's finished round; saving the same round again changes nothing. */
  const saveRound = (round: { roundId: string, mode: LearnMode, memberId: string, answers: readonly PlayedAnswer[], finishedAt: number }) =>
    save(() => withData(({ db, learning }) => learning.saveRound(db, round)))

  return { masteries, level, masteredCount, mistakes: mistakeList, loading, saveRound, saving, problem }
}
