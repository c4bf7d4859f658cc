import type { Category } from '@/domain/categories'
import type { TaughtItem } from '@/domain/lookup'
import type { RuleSetId } from '@/domain/rules'
import { createSharedComposable } from '@vueuse/core'
import { computed } from 'vue'
import { dataLayer, withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

/**
 * Names the household taught the app, live, in one subscription for search and shortcuts alike.
 * Lazy: it follows the data layer once something has loaded it (a search, an answer page).
 */
export const useTaughtItems = createSharedComposable(() => {
  const { data, loading } = useLiveQuery(({ db }) => db.taughtItems.toArray(), [], { lazy: true })
  return { taughtItems: computed(() => data.value ?? []), loading }
})

/**
 * What the household did with the lookup, and the commands that record it: opened answers (for
 * "recent" and "popular"), searches that found nothing, names it taught, "this looks wrong"
 * corrections and corrected guesses. Every command goes through `useSaving`.
 */
export function useLookupRecords(options: { lazy?: boolean } = {}) {
  const { taughtItems } = useTaughtItems()
  const { data: history, loading: historyLoading } = useLiveQuery(({ db }) => db.lookups.toArray(), [], options)
  if (!options.lazy) void dataLayer()
  const { save, saving, problem } = useSaving()

  const recordLookup = (key: string, query: string) => save(() => withData(({ db, lookup }) => lookup.recordLookup(db, key, query)))
  const recordMiss = (query: string) => save(() => withData(({ db, lookup }) => lookup.recordMiss(db, query)))
  const recordCorrection = (correction: { itemId: string, query: string, category: Category, ruleSet: RuleSetId }) =>
    save(() => withData(({ db, lookup }) => lookup.recordCorrection(db, correction)))
  const correctGuess = (guess: { name: string, itemId: string, category: Category, ruleSet: RuleSetId, memberId?: string }, isKnownName: (key: string) => boolean) =>
    save(() => withData(({ db, lookup }) => lookup.correctGuess(db, guess, isKnownName)))
  const teachItem = (lesson: { name: string, category: Category, similarItemId?: string, memberId?: string }, isKnownName: (key: string) => boolean) =>
    save(() => withData(({ db, lookup }) => lookup.teachItem(db, lesson, isKnownName)))
  const forgetTaughtItem = (id: string) => save(() => withData(({ db, lookup }) => lookup.forgetTaughtItem(db, id)))
  const restoreTaughtItem = (item: TaughtItem) => save(() => withData(({ db, lookup }) => lookup.restoreTaughtItem(db, item)))

  return {
    /** Loads the data layer (for lazy records): the household's names and history follow. */
    start: () => void dataLayer(),
    taughtItems,
    history: computed(() => history.value ?? []),
    historyLoading,
    recordLookup,
    recordMiss,
    recordCorrection,
    teachItem,
    correctGuess,
    forgetTaughtItem,
    restoreTaughtItem,
    saving,
    problem,
  }
}
