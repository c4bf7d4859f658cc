import type { Item } from '@/domain/item'
import type { buildSearchIndex, search, SearchIndex, suggest } from '@/domain/search'
import { shallowRef } from 'vue'
import { adoptRuleSets } from './useRuleSet'

export interface Dictionary {
  items: readonly Item[]
  itemsById: ReadonlyMap<string, Item>
  pinyinOf: (text: string) => string[]
  index: SearchIndex
  /** The search functions (`domain/search`), loaded with the dictionary rather than with the page. */
  engine: SearchEngine
}

export interface SearchEngine {
  search: typeof search
  suggest: typeof suggest
  buildSearchIndex: typeof buildSearchIndex
}

let loading: Promise<Dictionary> | null = null

/**
 * Loads the dictionary chunk and builds its search index, once per page. Later callers share
 * the same promise; a failed load (offline before the first visit finished) can be retried.
 */
export function loadDictionary(): Promise<Dictionary> {
  loading ??= import('@/data/dictionary').then((module) => {
    adoptRuleSets(module.RULE_SETS)
    return {
      items: module.items,
      itemsById: module.itemsById,
      pinyinOf: module.pinyinOf,
      index: module.buildItemIndex(),
      engine: { search: module.search, suggest: module.suggest, buildSearchIndex: module.buildSearchIndex },
    }
  })
  loading.catch(() => {
    loading = null
  })
  return loading
}

/**
 * The dictionary as reactive state: `dictionary` is undefined until it has loaded. It starts
 * loading at once, unless `immediate` is false: then only when `load` is called (the lookup page
 * waits until someone is about to search, so its first screen costs no dictionary).
 */
export function useDictionary(options: { immediate?: boolean } = {}) {
  const dictionary = shallowRef<Dictionary>()
  const error = shallowRef<unknown>()
  const requested = shallowRef(false)

  function load() {
    requested.value = true
    error.value = undefined
    loadDictionary().then((loaded) => {
      dictionary.value = loaded
    }, (failure) => {
      error.value = failure
    })
  }

  if (options.immediate !== false) load()
  return { dictionary, error, requested, load, retry: load }
}
