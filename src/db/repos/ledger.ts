import type { SortHeroDb } from '../db'
import type { Award, LedgerEntry } from '@/domain/ledger'
import Dexie from 'dexie'
import { DomainError } from '@/domain/errors'
import { validateAward } from '@/domain/ledger'
import { newId } from '@/domain/ids'

export interface AwardResult {
  /** False when the source event had already been awarded: nothing was written. */
  added: boolean
  entry: LedgerEntry
}

/**
 * Appends an award to the ledger unless its source event is already there. Joins the caller's
 * transaction when called inside one, so a feature's record and its points commit together.
 */
export async function awardPoints(db: SortHeroDb, award: Award): Promise<AwardResult> {
  const problems = validateAward(award)
  if (problems.length > 0) throw new DomainError(`ledger.${problems[0]}`)
  return db.transaction('rw', db.ledger, async () => {
    const existing = await db.ledger.where('sourceEventId').equals(award.sourceEventId).first()
    if (existing) return { added: false, entry: existing }
    const entry: LedgerEntry = { id: newId(), ...award }
    try {
      await db.ledger.add(entry)
    }
    catch (error) {
      // Another tab awarded the same event between our read and our write: still a no-op.
      if (error instanceof Dexie.ConstraintError) {
        const winner = await db.ledger.where('sourceEventId').equals(award.sourceEventId).first()
        if (winner) return { added: false, entry: winner }
      }
      throw error
    }
    return { added: true, entry }
  })
}

/** Every entry of one member, oldest first. */
export function ledgerOf(db: SortHeroDb, memberId: string): Promise<LedgerEntry[]> {
  return db.ledger.where('[memberId+at]').between([memberId, Dexie.minKey], [memberId, Dexie.maxKey]).toArray()
}

/** Every entry of the given members. */
export function ledgerOfMembers(db: SortHeroDb, memberIds: readonly string[]): Promise<LedgerEntry[]> {
  return db.ledger.where('memberId').anyOf([...memberIds]).toArray()
}
