import type { Transaction } from 'dexie'

/**
 * The database's schema history. Append only: never edit a version that has shipped, add a new
 * one, and put any record transform its `upgrade` needs in `db/migrations/` as a pure function
 * with its own test.
 */
export interface SchemaVersion {
  version: number
  /** Dexie store definitions; `null` deletes a table. Only changed tables need to be listed. */
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      households: 'id',
      members: 'id, householdId',
      // `&sourceEventId` is unique: it is what makes awarding the same event twice a no-op.
      ledger: 'id, &sourceEventId, memberId, [memberId+at]',
      settings: 'key',
    },
  },
  {
    // Lookup: names the household taught, searches that found nothing, "this looks wrong"
    // corrections, and opened answers (recent and popular). New tables only: no record changes.
    version: 2,
    stores: {
      taughtItems: 'id, &key, createdAt',
      missedQueries: 'key, lastAt',
      corrections: 'id, itemId, at',
      lookups: 'id, itemId, at',
    },
  },
  {
    // Learn: per member and item mastery (Leitner boxes), every answer given, finished rounds,
    // awareness checks, and the classroom battles kept on a teacher's device.
    version: 3,
    stores: {
      masteries: '[memberId+itemId], memberId, [memberId+due]',
      answers: 'id, memberId, roundId, [memberId+at]',
      rounds: 'id, [memberId+finishedAt]',
      awarenessChecks: 'id, [memberId+at]',
      classBattles: 'id, startedAt',
    },
  },
  {
    // Household log and rewards: one record per local calendar day, badges earned once, the
    // rewards catalogue and the vouchers redeemed from it (a voucher code is used exactly once).
    version: 4,
    stores: {
      logDays: 'date, updatedAt',
      badges: 'id, earnedAt',
      rewards: 'id, createdAt',
      vouchers: 'id, &code, memberId, createdAt',
    },
  },
  {
    // Scanning: barcodes the household taught the app, and Open Food Facts answers cached on the
    // device so a product looked up once answers offline.
    version: 5,
    stores: {
      taughtBarcodes: 'code, createdAt',
      offCache: 'code, fetchedAt',
    },
  },
]
