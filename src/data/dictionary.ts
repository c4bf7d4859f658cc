import type { Item } from '@/domain/item'
import type { SearchIndex } from '@/domain/search'
import packedItems from 'virtual:sorthero/items'
import pinyinData from 'virtual:sorthero/pinyin'
import { unpackItems } from '@/domain/item-pack'
import { pinyinReader } from '@/domain/pinyin'
import { buildSearchIndex } from '@/domain/search'
import { LOOKUP_LEXICON } from './guess-table'

// The search ships with the index it searches, and the cities' overrides with the items they
// override: the lookup page's first screen carries none of them.
export { buildSearchIndex, search, suggest } from '@/domain/search'
export { RULE_SETS } from './rule-sets'

/**
 * The dictionary chunk: the knowledge base, its build-time pinyin and the search index over it.
 * The app imports this module lazily (`import('@/data/dictionary')`), so the first page does not
 * carry it; the service worker precaches it like every other chunk.
 */
export const items: readonly Item[] = unpackItems(packedItems)

export const itemsById: ReadonlyMap<string, Item> = new Map(items.map(item => [item.id, item]))

/** Pinyin of any text, including names a household typed itself. */
export const pinyinOf = pinyinReader(pinyinData)

/**
 * Builds the search index over the whole knowledge base, with the guess table so the search can
 * read modifiers and judge unknown names (measured by `npm run bench`).
 */
export function buildItemIndex(): SearchIndex {
  return buildSearchIndex(items, pinyinOf, LOOKUP_LEXICON)
}
