import type { Item } from '@/domain/item'
import type { SearchIndex } from '@/domain/search'
import { shallowRef } from 'vue'

export interface Dictionary {
  items: readonly Item[]
  itemsById: ReadonlyMap<string, Item>
  pinyinOf: (text: string) => string[]
  index: SearchIndex
}

let loading: Promise<Dictionary> | null = null

/**
 * Loads the dictionary chunk and builds its search index, once per page. Later callers share
 * the same promise; a failed load (offline before the first visit finished) can be retried.
 */
export function loadDictionary(): Promise<Dictionary> {
  loading ??= import('@/data/dictionary').then(module => ({
    items: module.items,
    itemsById: module.itemsById,
    pinyinOf: module.pinyinOf,
    index: module.buildItemIndex(),
  }))
  loading.catch(() => {
    loading = null
  })
  return loading
}

/** The dictionary as reactive state: `dictionary` is undefined until it has loaded. */
export function useDictionary() {
  const dictionary = shallowRef<Dictionary>()
  const error = shallowRef<unknown>()

  function load() {
    error.value = undefined
    loadDictionary().then((loaded) => {
      dictionary.value = loaded
    }, (failure) => {
      error.value = failure
    })
  }

  load()
  return { dictionary, error, retry: load }
}
