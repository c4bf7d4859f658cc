import type { Dictionary } from './useDictionary'
import type { Category } from '@/domain/categories'
import type { AskedQuestion, Question } from '@/domain/quiz'
import type { RuleSet } from '@/domain/rules'
import type { PoolItem } from '@/domain/mastery'
import { computed, shallowRef } from 'vue'
import { CHILDREN_POOL } from '@/data/children-pool'
import { RULE_SETS } from '@/data/rule-sets'
import { bankQuestions, itemDifficulty, itemExplanation } from '@/domain/quiz'
import { childrenPool } from '@/domain/rounds'
import { answerFor } from '@/domain/rules'
import { useDictionary } from './useDictionary'
import { useRuleSet } from './useRuleSet'

let bankLoading: Promise<readonly Question[]> | null = null

/** The hand-written question bank, loaded with the Learn pages (not on the first page). */
function loadBank(): Promise<readonly Question[]> {
  bankLoading ??= import('@/data/quiz/bank').then(module => module.QUESTION_BANK)
  return bankLoading
}

/** Every playable card under the active rule set: items for the game, questions for quizzes. */
export function useLearnPools() {
  const { dictionary, error } = useDictionary()
  const { ruleSet, ready: ruleSetReady } = useRuleSet()
  const bank = shallowRef<readonly Question[]>()
  void loadBank().then((loaded) => {
    bank.value = loaded
  })

  const ready = computed(() => !!dictionary.value && !!bank.value && ruleSetReady.value)

  function categoryOf(loaded: Dictionary, rules: RuleSet) {
    return (itemId: string): Category | undefined => {
      const item = loaded.itemsById.get(itemId)
      return item ? answerFor(item, rules).category : undefined
    }
  }

  /**
   * Items for the children's sorting game and the duo round, with how hard each is: only the
   * curated children's pool, and of it only what every city sorts alike.
   */
  const sortPool = computed<PoolItem[]>(() => {
    const loaded = dictionary.value
    return loaded ? childrenPool(CHILDREN_POOL, loaded.itemsById, Object.values(RULE_SETS)) : []
  })

  /**
   * Questions for the quizzes: the bank's questions that hold under this rule set (`bankQuestions`), and a
   * "which bin?" question for every item people commonly get wrong (the items with a tip).
   */
  const quizQuestions = computed<Map<string, AskedQuestion>>(() => {
    const loaded = dictionary.value
    const questions = new Map<string, AskedQuestion>()
    if (!loaded || !bank.value) return questions
    for (const asked of bankQuestions(bank.value, ruleSet.value, categoryOf(loaded, ruleSet.value))) questions.set(asked.card, asked)
    for (const item of loaded.items) {
      if (!item.tip) continue
      const answer = answerFor(item, ruleSet.value)
      const explanation = itemExplanation(answer)
      questions.set(item.id, { kind: 'which-bin', card: item.id, itemId: item.id, answer: answer.category, ...(explanation ? { explanation } : {}), difficulty: item.emoji ? 2 : 3 })
    }
    return questions
  })

  const quizPool = computed<PoolItem[]>(() => [...quizQuestions.value.values()].map(q => ({ id: q.card, category: q.kind === 'which-bin' ? q.answer : 'other', difficulty: q.difficulty })))

  /** A which-bin question for any item (mistakes from the game are practised this way). */
  function questionForItem(itemId: string): AskedQuestion | undefined {
    const loaded = dictionary.value
    const item = loaded?.itemsById.get(itemId)
    if (!item) return undefined
    const answer = answerFor(item, ruleSet.value)
    const explanation = itemExplanation(answer)
    return { kind: 'which-bin', card: item.id, itemId, answer: answer.category, ...(explanation ? { explanation } : {}), difficulty: itemDifficulty(item) }
  }

  return { ready, error, dictionary, ruleSet, sortPool, quizPool, quizQuestions, questionForItem }
}
