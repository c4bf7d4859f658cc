import type { Category, SubType } from './categories'
import type { Bilingual, Item } from './item'

/**
 * City rule sets. The national rules (GB/T 19095-2019 and the national guidance) are the default
 * and are what 泸州 follows; a city set changes only what differs there: the names of some
 * categories (Shanghai's 湿垃圾 / 干垃圾) and the category of some items.
 */
export const RULE_SET_IDS = ['national', 'shanghai', 'beijing'] as const
export type RuleSetId = (typeof RULE_SET_IDS)[number]

export interface RuleOverride {
  category: Category
  sub: SubType
  /** Why this city differs, shown with the answer. */
  reason: Bilingual
}

export interface RuleSet {
  id: RuleSetId
  /** Category names where the city uses its own words. */
  categoryNames: Partial<Record<Category, Bilingual>>
  /** Item id → how this city sorts it, where that differs from the national rules. */
  overrides: Readonly<Record<string, RuleOverride>>
}

/** An item as one rule set answers it. */
export interface Answer {
  item: Item
  category: Category
  sub: SubType
  ruleSet: RuleSetId
  /** Set when the city's answer differs from the national one. */
  override?: RuleOverride
}

export function isRuleSetId(value: unknown): value is RuleSetId {
  return typeof value === 'string' && (RULE_SET_IDS as readonly string[]).includes(value)
}

/** Where `item` goes under `ruleSet`. */
export function answerFor(item: Item, ruleSet: RuleSet): Answer {
  const override = ruleSet.overrides[item.id]
  return override
    ? { item, category: override.category, sub: override.sub, ruleSet: ruleSet.id, override }
    : { item, category: item.category, sub: item.sub, ruleSet: ruleSet.id }
}
