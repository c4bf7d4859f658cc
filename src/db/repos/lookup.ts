import type { SortHeroDb } from '../db'
import type { Category } from '@/domain/categories'
import type { Correction, LookupRecord, TaughtItem } from '@/domain/lookup'
import type { RuleSetId } from '@/domain/rules'
import { isCategory } from '@/domain/categories'
import { DomainError } from '@/domain/errors'
import { sourceEventId } from '@/domain/ledger'
import { TAUGHT_ITEM_POINTS, validateTaughtName } from '@/domain/lookup'
import { clipQuery } from '@/domain/query'
import { normalizeChinese } from '@/domain/text'
import { newId } from '@/domain/ids'
import { awardPoints } from './ledger'

/** How many opened answers are kept for "recent" and "popular". */
const LOOKUP_HISTORY_LIMIT = 200

/**
 * Saves a name the household teaches the app. `isKnownName` reports names the knowledge base
 * already has; a second lesson for the same name is refused too.
 */
export async function teachItem(db: SortHeroDb, lesson: { name: string, category: Category, similarItemId?: string, memberId?: string }, isKnownName: (key: string) => boolean, now = Date.now()): Promise<TaughtItem> {
  if (!isCategory(lesson.category)) throw new DomainError('lookup.category')
  return db.transaction('rw', [db.taughtItems, db.missedQueries, db.ledger], async () => {
    const taughtKeys = new Set((await db.taughtItems.toArray()).map(t => t.key))
    const checked = validateTaughtName(lesson.name, key => isKnownName(key) || taughtKeys.has(key))
    if (!checked.ok) throw new DomainError(`lookup.name.${checked.problem}`)
    const taught: TaughtItem = {
      id: newId(),
      ...checked.value,
      category: lesson.category,
      ...(lesson.similarItemId ? { similarItemId: lesson.similarItemId } : {}),
      ...(lesson.memberId ? { memberId: lesson.memberId } : {}),
      createdAt: now,
    }
    await db.taughtItems.add(taught)
    // Once taught, the name is no longer a miss.
    await db.missedQueries.delete(checked.value.key)
    if (lesson.memberId) {
      await awardPoints(db, { memberId: lesson.memberId, at: now, reason: 'taught-item', points: TAUGHT_ITEM_POINTS, sourceEventId: sourceEventId('taught', taught.id) })
    }
    return taught
  })
}

/** Forgets a taught name (the caller offers undo by re-adding the returned record). */
export async function forgetTaughtItem(db: SortHeroDb, id: string): Promise<TaughtItem | undefined> {
  return db.transaction('rw', db.taughtItems, async () => {
    const taught = await db.taughtItems.get(id)
    if (taught) await db.taughtItems.delete(id)
    return taught
  })
}

export async function restoreTaughtItem(db: SortHeroDb, taught: TaughtItem): Promise<void> {
  await db.taughtItems.put(taught)
}

/** Records a search that found nothing, counting repeats of the same query. */
export async function recordMiss(db: SortHeroDb, typed: string, now = Date.now()): Promise<void> {
  const query = clipQuery(typed)
  const key = normalizeChinese(query)
  if (!key) return
  await db.transaction('rw', db.missedQueries, async () => {
    const existing = await db.missedQueries.get(key)
    if (existing) await db.missedQueries.update(key, { count: existing.count + 1, lastAt: now, query })
    else await db.missedQueries.add({ key, query, count: 1, firstAt: now, lastAt: now })
  })
}

/** Records "this looks wrong" for an answer. */
export async function recordCorrection(db: SortHeroDb, correction: { itemId: string, query: string, category: Category, ruleSet: RuleSetId }, now = Date.now()): Promise<Correction> {
  if (!isCategory(correction.category)) throw new DomainError('lookup.category')
  const record: Correction = { id: newId(), ...correction, query: clipQuery(correction.query), at: now }
  await db.corrections.add(record)
  return record
}

/**
 * "Not right": the household corrects a guess (某某牌塑料瓶 judged as a plastic bottle) to another
 * bin. The correction of the guessed item is recorded and the name taught with the household's
 * bin, so it answers with that bin from now on; both or neither are saved.
 */
export async function correctGuess(db: SortHeroDb, guess: { name: string, itemId: string, category: Category, ruleSet: RuleSetId, memberId?: string }, isKnownName: (key: string) => boolean, now = Date.now()): Promise<{ taught: TaughtItem, correction: Correction }> {
  return db.transaction('rw', [db.taughtItems, db.missedQueries, db.ledger, db.corrections], async () => {
    const correction = await recordCorrection(db, { itemId: guess.itemId, query: guess.name, category: guess.category, ruleSet: guess.ruleSet }, now)
    const taught = await teachItem(db, { name: guess.name, category: guess.category, ...(guess.memberId ? { memberId: guess.memberId } : {}) }, isKnownName, now)
    return { taught, correction }
  })
}

/** Remembers an opened answer, keeping only the most recent ones. */
export async function recordLookup(db: SortHeroDb, itemId: string, query: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.lookups, async () => {
    const record: LookupRecord = { id: newId(), itemId, query: clipQuery(query), at: now }
    await db.lookups.add(record)
    const count = await db.lookups.count()
    if (count > LOOKUP_HISTORY_LIMIT) {
      const oldest = await db.lookups.orderBy('at').limit(count - LOOKUP_HISTORY_LIMIT).primaryKeys()
      await db.lookups.bulkDelete(oldest)
    }
  })
}
