import type { SortHeroDb } from '../db'
import type { OffCacheEntry, TaughtBarcode } from '@/domain/barcode'
import { isCategory } from '@/domain/categories'
import { DomainError } from '@/domain/errors'
import { sourceEventId } from '@/domain/ledger'
import { TAUGHT_ITEM_POINTS } from '@/domain/lookup'
import { checkOffReply } from '@/domain/off-reply'
import { awardPoints } from './ledger'

/** What the household taught the app about a barcode, if anything. */
export function taughtBarcode(db: SortHeroDb, code: string): Promise<TaughtBarcode | undefined> {
  return db.taughtBarcodes.get(code)
}

/**
 * Remembers what a barcode is (an item of the knowledge base, or a packaging material). Teaching
 * the same barcode again replaces the answer; the points for teaching it come once.
 */
export async function teachBarcode(db: SortHeroDb, lesson: Omit<TaughtBarcode, 'createdAt'>, now = Date.now()): Promise<TaughtBarcode> {
  if (!lesson.code) throw new DomainError('scan.code')
  if (!isCategory(lesson.category) || (!lesson.itemId && !lesson.material)) throw new DomainError('lookup.category')
  return db.transaction('rw', [db.taughtBarcodes, db.ledger], async () => {
    const taught: TaughtBarcode = { ...lesson, createdAt: now }
    await db.taughtBarcodes.put(taught)
    if (lesson.memberId) {
      await awardPoints(db, { memberId: lesson.memberId, at: now, reason: 'taught-item', points: TAUGHT_ITEM_POINTS, sourceEventId: sourceEventId('taught-barcode', lesson.code) })
    }
    return taught
  })
}

/**
 * The cached Open Food Facts answer for a barcode, as `readOffReply` keeps replies. A reply an
 * older version cached raw is read through the same check; one that fails it counts as not cached.
 */
export async function cachedOffAnswer(db: SortHeroDb, code: string): Promise<OffCacheEntry | undefined> {
  const entry = await db.offCache.get(code)
  if (!entry || entry.body === null) return entry
  const reply = checkOffReply(entry.body)
  return reply.ok ? { ...entry, body: reply.value } : undefined
}

/**
 * Caches an Open Food Facts answer: only a reply that passes `checkOffReply` (its fields checked
 * and bounded, every other field dropped) is written, under a barcode of digits.
 */
export async function cacheOffAnswer(db: SortHeroDb, entry: OffCacheEntry): Promise<void> {
  if (typeof entry.code !== 'string' || !/^\d{1,32}$/.test(entry.code)) throw new DomainError('scan.code')
  const reply = entry.body === null ? null : checkOffReply(entry.body)
  if (reply && !reply.ok) throw new DomainError(`scan.offReply.${reply.error.code}`)
  await db.offCache.put({ code: entry.code, fetchedAt: entry.fetchedAt, body: reply ? reply.value : null })
}
