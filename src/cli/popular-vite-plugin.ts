import type { Plugin } from 'vite'
import type { Category } from '../domain/categories'
import type { PopularShortcut } from '../domain/lookup'
import type { RuleSetId } from '../domain/rules'
import { ALL_ITEMS } from '../data/items/index.ts'
import { POPULAR_ITEM_IDS } from '../data/popular.ts'
import { RULE_SETS } from '../data/rule-sets.ts'
import { answerFor, RULE_SET_IDS } from '../domain/rules.ts'

const VIRTUAL_ID = 'virtual:sorthero/popular'

/** The popular items with their names and bins, from the knowledge base. */
export function popularShortcuts(): PopularShortcut[] {
  const byId = new Map(ALL_ITEMS.map(item => [item.id, item]))
  return POPULAR_ITEM_IDS.map((id) => {
    const item = byId.get(id)
    if (!item) throw new Error(`popular item ${id} is not in the knowledge base`)
    const category = Object.fromEntries(RULE_SET_IDS.map(ruleSet => [ruleSet, answerFor(item, RULE_SETS[ruleSet]).category])) as Record<RuleSetId, Category>
    return { id, zh: item.zh, en: item.en, category }
  })
}

/**
 * `virtual:sorthero/popular`: the lookup page's "often looked up" shortcuts, names and bins
 * computed at build time, so the page shows them before (and without) the 200 KB dictionary.
 */
export function kbPopularPlugin(): Plugin {
  return {
    name: 'sorthero-kb-popular',
    resolveId: id => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined
      return `export default ${JSON.stringify(popularShortcuts())}`
    },
  }
}
