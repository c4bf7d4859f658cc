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
  /**
   * Bin colours where the city's differ from GB/T 19095-2019 (blue, red, green, grey): Shanghai's
   * wet bin is brown and its dry bin black.
   */
  binColours?: Partial<Record<Category, Bilingual>>
  /** Item id → how this city sorts it, where that differs from the national rules. */
  overrides: Readonly<Record<string, RuleOverride>>
  /**
   * Item id → the tip to show in this city instead of the item's own, where the national tip is
   * wrong there although the item's bin is not (a device whose AA cells "go in hazardous waste").
   */
  tips?: Readonly<Record<string, Bilingual>>
  /** Ids of quiz-bank questions whose answer or wording does not hold in this city (bin colours). */
  questionsNotHeld?: readonly string[]
}

/** An item as one rule set answers it. */
export interface Answer {
  item: Item
  category: Category
  sub: SubType
  ruleSet: RuleSetId
  /** Set when the city's answer differs from the national one. */
  override?: RuleOverride
  /**
   * The tip that holds under this rule set: the city's own where it has one, else the item's
   * (none where the city overrides the bin: `override.reason` says why instead).
   */
  tip?: Bilingual
}

export function isRuleSetId(value: unknown): value is RuleSetId {
  return typeof value === 'string' && (RULE_SET_IDS as readonly string[]).includes(value)
}

/** Where `item` goes under `ruleSet`, with the tip that holds there. */
export function answerFor(item: Item, ruleSet: RuleSet): Answer {
  const override = ruleSet.overrides[item.id]
  if (override) return { item, category: override.category, sub: override.sub, ruleSet: ruleSet.id, override }
  const tip = ruleSet.tips?.[item.id] ?? item.tip
  return { item, category: item.category, sub: item.sub, ruleSet: ruleSet.id, ...(tip ? { tip } : {}) }
}

/** Whether a quiz-bank question holds under `ruleSet` (bin colours differ in some cities). */
export function questionHolds(ruleSet: RuleSet, questionId: string): boolean {
  return !ruleSet.questionsNotHeld?.includes(questionId)
}
