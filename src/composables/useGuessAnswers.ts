import type { Ref } from 'vue'
import type { useLookupRecords } from './useLookupRecords'
import type { Category } from '@/domain/categories'
import type { TaughtItem } from '@/domain/lookup'
import { useRouter } from 'vue-router'
import { useNoticesStore } from '@/stores/notices'
import { useHousehold } from './useHousehold'
import { TAUGHT_PREFIX } from './useLookupSearch'
import { useRuleSet } from './useRuleSet'

/** A guessed answer as the user met it: what they typed, the item it was judged as, its bin. */
export interface GuessedAnswer {
  query: string
  itemId: string
  category: Category
}

/**
 * "Right?" under a guessed answer (issue 12). Confirming teaches the query as the item it was
 * judged as (so it is a sure answer next time); correcting records the correction and teaches the
 * query with the household's bin. Either way the user is shown the name's answer, now sure, and
 * a refused write leaves its translated problem in `records.problem`.
 */
export function useGuessAnswers(records: Pick<ReturnType<typeof useLookupRecords>, 'teachItem' | 'correctGuess'>, isKnownName: Ref<(key: string) => boolean>, options: { replace?: boolean } = {}) {
  const router = useRouter()
  const notices = useNoticesStore()
  const { activeMemberId } = useHousehold()
  const { ruleSetId, categoryName } = useRuleSet()
  const member = () => (activeMemberId.value ? { memberId: activeMemberId.value } : {})

  async function showTaught(taught: TaughtItem, message: string) {
    notices.show({ message, params: { name: taught.name, category: categoryName(taught.category) }, tone: 'success' })
    const answer = { name: 'lookup-item', params: { key: `${TAUGHT_PREFIX}${taught.id}` }, query: { q: taught.name } }
    await (options.replace ? router.replace(answer) : router.push(answer))
  }

  async function confirm(guess: GuessedAnswer) {
    const result = await records.teachItem({ name: guess.query, category: guess.category, similarItemId: guess.itemId, ...member() }, isKnownName.value)
    if (result.ok) await showTaught(result.value, 'lookup.guess.confirmed')
  }

  async function correct(guess: GuessedAnswer, category: Category) {
    const result = await records.correctGuess({ name: guess.query, itemId: guess.itemId, category, ruleSet: ruleSetId.value, ...member() }, isKnownName.value)
    if (result.ok) await showTaught(result.value.taught, 'lookup.guess.corrected')
  }

  return { confirm, correct }
}
