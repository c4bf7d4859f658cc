import type { SortHeroDb } from '../db'
import type { OffCacheEntry, TaughtBarcode } from '@/domain/barcode'
import { isCategory } from '@/domain/categories'
import { DomainError } from '@/domain/errors'
import { sourceEventId } from '@/domain/ledger'
import { TAUGHT_ITEM_POINTS } from '@/domain/lookup'
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

export function cachedOffAnswer(db: SortHeroDb, code: string): Promise<OffCacheEntry | undefined> {
  return db.offCache.get(code)
}

export async function cacheOffAnswer(db: SortHeroDb, entry: OffCacheEntry): Promise<void> {
  await db.offCache.put(entry)
}
