import type { Category, SubTypeOf } from './categories'

/** A sentence in both UI languages. */
export interface Bilingual {
  zh: string
  en: string
}

interface ItemFields {
  /** Stable id: a lower-case kebab-case English slug, never reused for another thing. */
  id: string
  /** Simplified Chinese name as people say it (香蕉皮). */
  zh: string
  /** English name, lower case unless a proper noun, singular (banana peel). */
  en: string
  /** Other Chinese names and variants people type (废电池, 旧电池 …). */
  aliases?: readonly string[]
  /** Other English names (plural forms are matched automatically, do not list them). */
  enAliases?: readonly string[]
  /** One emoji where one fits the thing itself. */
  emoji?: string
  /** For items people get wrong: why it goes where it goes, or what to do first. */
  tip?: Bilingual
  /** Ids of items that look alike but go in another bin (鸡骨头 vs 大骨头). */
  lookAlikes?: readonly string[]
}

/**
 * One thing a household throws away, under the national rules (GB/T 19095-2019).
 * City rule sets override the category of some items; see `RuleSet`.
 */
export type Item = {
  [C in Category]: ItemFields & { category: C, sub: SubTypeOf<C> }
}[Category]
