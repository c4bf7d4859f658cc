import type { Ref } from 'vue'
import type { Dictionary } from './useDictionary'
import type { Category } from '@/domain/categories'
import type { TaughtItem } from '@/domain/lookup'
import type { RuleSet } from '@/domain/rules'
import type { SearchHit } from '@/domain/search'
import { computed } from 'vue'
import { answerFor } from '@/domain/rules'
import { MATCH_KINDS } from '@/domain/search-kinds'
import { useTaughtItems } from './useLookupRecords'

/** One row of lookup results: a knowledge-base item or a name the household taught. */
export interface LookupResult {
  /** Route key: an item id, or `taught:<id>`. */
  key: string
  /** The name in the UI language (taught names are as typed). */
  name: string
  emoji?: string
  /** Category under the active rule set, or as taught. */
  category: Category
  taught: boolean
  hit: SearchHit
}

export const TAUGHT_PREFIX = 'taught:'

/** Live search over the dictionary and the household's taught names, as the query changes. */
export function useLookupSearch(query: Ref<string>, dictionary: Ref<Dictionary | undefined>, ruleSet: Ref<RuleSet>, locale: Ref<string>) {
  const { taughtItems } = useTaughtItems()

  const taughtIndex = computed(() => {
    const taught = taughtItems.value
    const loaded = dictionary.value
    return loaded ? { taught, index: loaded.engine.buildSearchIndex(taught.map(t => ({ id: t.id, zh: t.name })), loaded.pinyinOf) } : undefined
  })

  function fromItem(hit: SearchHit): LookupResult {
    const item = dictionary.value!.index.docs[hit.doc] as Dictionary['items'][number]
    return { key: item.id, name: locale.value === 'en' ? item.en : item.zh, ...(item.emoji ? { emoji: item.emoji } : {}), category: answerFor(item, ruleSet.value).category, taught: false, hit }
  }

  function fromTaught(taught: readonly TaughtItem[], hit: SearchHit): LookupResult {
    const lesson = taught[hit.doc]!
    return { key: `${TAUGHT_PREFIX}${lesson.id}`, name: lesson.name, category: lesson.category, taught: true, hit }
  }

  const results = computed<LookupResult[]>(() => {
    const loaded = dictionary.value
    const text = query.value
    if (!loaded || !text.trim()) return []
    const own = taughtIndex.value
    const taughtResults = own ? loaded.engine.search(own.index, text, 10).map(hit => fromTaught(own.taught, hit)) : []
    const itemResults = loaded.engine.search(loaded.index, text, 30).map(fromItem)
    // What the household taught comes first among matches of the same kind.
    return [...taughtResults, ...itemResults].sort((a, b) => MATCH_KINDS.indexOf(a.hit.kind) - MATCH_KINDS.indexOf(b.hit.kind))
  })

  const suggestions = computed<LookupResult[]>(() => {
    const loaded = dictionary.value
    if (!loaded || results.value.length > 0 || !query.value.trim()) return []
    return loaded.engine.suggest(loaded.index, query.value, 5).map(fromItem)
  })

  /** Whether a normalized name is already a knowledge-base name or alias. */
  const knownKeys = computed(() => new Set(dictionary.value?.index.chinese.map(entry => entry.key) ?? []))

  return { results, suggestions, knownKeys }
}
