import type { Ref } from 'vue'
import type { Dictionary } from './useDictionary'
import type { Category } from '@/domain/categories'
import type { NamedItem } from '@/domain/codes/payloads'
import type { TaughtItem } from '@/domain/lookup'
import type { RuleSet } from '@/domain/rules'
import type { SearchHit } from '@/domain/search'
import { computed } from 'vue'
import { answerFor } from '@/domain/rules'
import { MATCH_KINDS } from '@/domain/search-kinds'
import { normalizeChinese } from '@/domain/text'
import { useClassItems } from './useHouseholdClass'
import { useTaughtItems } from './useLookupRecords'

/** Where an answer comes from: the knowledge base (under the rule set), the household, or its class. */
export type LookupSource = 'item' | 'taught' | 'class'

/** One row of lookup results: a knowledge-base item, a name the household taught, or one its class did. */
export interface LookupResult {
  /** Route key: an item id, `taught:<id>` or `class:<name>`. */
  key: string
  /** The name in the UI language (taught names are as typed). */
  name: string
  emoji?: string
  /** Category under the active rule set, or as taught. */
  category: Category
  source: LookupSource
  hit: SearchHit
}

export const TAUGHT_PREFIX = 'taught:'
export const CLASS_PREFIX = 'class:'

/**
 * Whether a name (`normalizeChinese`d) is already one of the dictionary's names or aliases, so
 * that teaching it would teach nothing.
 */
export function dictionaryKnows(dictionary: Dictionary | undefined): (key: string) => boolean {
  const keys = new Set(dictionary?.index.chinese.map(entry => entry.key) ?? [])
  return key => keys.has(key)
}

/**
 * The class item list as the lookup searches it: one entry per name across the household's
 * classes, leaving out names the household taught itself (its own answer comes first).
 */
export function classItemsToSearch(classItems: readonly NamedItem[], taught: readonly TaughtItem[]): NamedItem[] {
  const seen = new Set(taught.map(item => normalizeChinese(item.name)))
  return classItems.filter((item) => {
    const key = normalizeChinese(item.name)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Live search over the dictionary, the household's taught names and its classes' item lists, as
 * the query changes, in the three groups the page shows differently (issue 12):
 * - `answers`: sure answers (a name, an alias, the head noun, a taught or class name) and guesses
 *   (judged from form or material, to be confirmed or corrected); a guess is left out once the
 *   household or its class has this very name, since its answer is then sure;
 * - `suggestions`: "did you mean…": names the query only resembles (a prefix, a longer name, a
 *   name mentioned in it, a typo), or when nothing matched at all the closest names;
 * - `nothingFound`: no match of any kind (a miss worth recording).
 */
export function useLookupSearch(query: Ref<string>, dictionary: Ref<Dictionary | undefined>, ruleSet: Ref<RuleSet>, locale: Ref<string>) {
  const { taughtItems } = useTaughtItems()
  const { classItems } = useClassItems()

  const taughtIndex = computed(() => {
    const taught = taughtItems.value
    const loaded = dictionary.value
    return loaded ? { taught, index: loaded.engine.buildSearchIndex(taught.map(t => ({ id: t.id, zh: t.name })), loaded.pinyinOf) } : undefined
  })

  const classIndex = computed(() => {
    const items = classItemsToSearch(classItems.value, taughtItems.value)
    const loaded = dictionary.value
    return loaded ? { items, index: loaded.engine.buildSearchIndex(items.map(item => ({ id: item.name, zh: item.name })), loaded.pinyinOf) } : undefined
  })

  function fromItem(hit: SearchHit): LookupResult {
    const item = dictionary.value!.index.docs[hit.doc] as Dictionary['items'][number]
    return { key: item.id, name: locale.value === 'en' ? item.en : item.zh, ...(item.emoji ? { emoji: item.emoji } : {}), category: answerFor(item, ruleSet.value).category, source: 'item', hit }
  }

  function fromTaught(taught: readonly TaughtItem[], hit: SearchHit): LookupResult {
    const lesson = taught[hit.doc]!
    return { key: `${TAUGHT_PREFIX}${lesson.id}`, name: lesson.name, category: lesson.category, source: 'taught', hit }
  }

  function fromClass(items: readonly NamedItem[], hit: SearchHit): LookupResult {
    const item = items[hit.doc]!
    return { key: `${CLASS_PREFIX}${item.name}`, name: item.name, category: item.category, source: 'class', hit }
  }

  const results = computed<LookupResult[]>(() => {
    const loaded = dictionary.value
    const text = query.value
    if (!loaded || !text.trim()) return []
    const own = taughtIndex.value
    const { search } = loaded.engine
    const taughtResults = own ? search(own.index, text, 10).map(hit => fromTaught(own.taught, hit)) : []
    const cls = classIndex.value
    const classResults = cls ? search(cls.index, text, 10).map(hit => fromClass(cls.items, hit)) : []
    const itemResults = search(loaded.index, text, 30).map(fromItem)
    // What the household taught, then what its class did, come first among matches of the same kind.
    return [...taughtResults, ...classResults, ...itemResults].sort((a, b) => MATCH_KINDS.indexOf(a.hit.kind) - MATCH_KINDS.indexOf(b.hit.kind))
  })

  const answers = computed<LookupResult[]>(() => {
    const found = results.value.filter(result => result.hit.certainty !== 'suggestion')
    const ownAnswer = found.some(result => result.source !== 'item' && result.hit.certainty === 'sure')
    return ownAnswer ? found.filter(result => result.hit.certainty !== 'guess') : found
  })

  const nothingFound = computed(() => !!dictionary.value && !!query.value.trim() && results.value.length === 0)

  const suggestions = computed<LookupResult[]>(() => {
    const loaded = dictionary.value
    if (!loaded || !query.value.trim()) return []
    if (nothingFound.value) return loaded.engine.suggest(loaded.index, query.value, 5).map(fromItem)
    return results.value.filter(result => result.hit.certainty === 'suggestion')
  })

  /** Whether a normalized name is already a knowledge-base name or alias. */
  const isKnownName = computed(() => dictionaryKnows(dictionary.value))

  /**
   * Whether "not what you meant? teach it" makes sense: the query is not itself a name the
   * dictionary or the household already has (that answer is corrected with "this looks wrong").
   */
  const canTeach = computed(() => {
    const key = normalizeChinese(query.value)
    return !!key && !isKnownName.value(key) && !taughtItems.value.some(taught => taught.key === key)
  })

  return { answers, suggestions, nothingFound, isKnownName, canTeach }
}
