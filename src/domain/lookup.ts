import type { Category } from './categories'
import type { RuleSetId } from './rules'
import type { Validated } from './household'
import { normalizeChinese } from './text'

/** A name (or, later, a barcode) the household mapped to a category itself. */
export interface TaughtItem {
  id: string
  /** What the user typed, cleaned. */
  name: string
  /** `normalizeChinese(name)`: one taught item per key. */
  key: string
  category: Category
  /** An item of the knowledge base it is like, if the user picked one. */
  similarItemId?: string
  memberId?: string
  createdAt: number
}

/** A search that found nothing; kept on the device (a later issue sends them to the teacher). */
export interface MissedQuery {
  key: string
  query: string
  count: number
  firstAt: number
  lastAt: number
}

/** "This looks wrong": what the user believes, for an item or a taught name. */
export interface Correction {
  id: string
  itemId: string
  query: string
  /** Category the user thinks is right. */
  category: Category
  /** The rule set that gave the answer they disputed. */
  ruleSet: RuleSetId
  at: number
}

/** One opened answer, for "recent" and "popular" on the empty lookup page. */
export interface LookupRecord {
  id: string
  /** A knowledge-base item id or `taught:<id>`. */
  itemId: string
  query: string
  at: number
}

export const TAUGHT_NAME_MAX = 30

/** Points for teaching the app a name it did not know. */
export const TAUGHT_ITEM_POINTS = 2

export type TaughtNameProblem = 'empty' | 'too-long' | 'known'

/**
 * Checks a name the user wants to teach. `isKnown` tells whether the knowledge base or an
 * earlier lesson already has exactly this name, in which case there is nothing to teach.
 */
export function validateTaughtName(raw: string, isKnown: (key: string) => boolean): Validated<{ name: string, key: string }, TaughtNameProblem> {
  const name = raw.trim().replace(/\s+/g, ' ')
  const key = normalizeChinese(name)
  if (!key) return { ok: false, problem: 'empty' }
  if (Array.from(name).length > TAUGHT_NAME_MAX) return { ok: false, problem: 'too-long' }
  if (isKnown(key)) return { ok: false, problem: 'known' }
  return { ok: true, value: { name, key } }
}

/** The most recently opened answers, each item once, newest first. */
export function recentLookups(records: readonly LookupRecord[], limit: number): LookupRecord[] {
  const seen = new Set<string>()
  const recent: LookupRecord[] = []
  for (const record of [...records].sort((a, b) => b.at - a.at)) {
    if (seen.has(record.itemId)) continue
    seen.add(record.itemId)
    recent.push(record)
    if (recent.length === limit) break
  }
  return recent
}

/** The items this household looks up most, with how often; ties go to the most recent. */
export function popularLookups(records: readonly LookupRecord[], limit: number): Array<{ itemId: string, count: number }> {
  const tally = new Map<string, { count: number, last: number }>()
  for (const record of records) {
    const entry = tally.get(record.itemId) ?? { count: 0, last: 0 }
    entry.count++
    entry.last = Math.max(entry.last, record.at)
    tally.set(record.itemId, entry)
  }
  return [...tally]
    .sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last)
    .slice(0, limit)
    .map(([itemId, { count }]) => ({ itemId, count }))
}

/** A popular item as the lookup page shows it before the dictionary has loaded (built at build time). */
export interface PopularShortcut {
  id: string
  zh: string
  en: string
  /** Its bin under each rule set. */
  category: Record<RuleSetId, Category>
}
