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
  {
    // Schools (issue 11). Every device: its signing key (a non-extractable CryptoKey) and its
    // sequence counter. A teacher's device: classes, enrollments (household keys), the latest
    // report per household and period, the class item list, vouchers honoured. A household's:
    // the classes it joined and the reports it shared. A coordinator's: its school or district,
    // the classes or schools bound to their keys, and the latest summary per unit and period.
    // New tables only: no record changes.
    version: 6,
    stores: {
      deviceKeys: 'id',
      schoolClasses: 'id, createdAt',
      enrollments: '[classId+householdId], classId, kid',
      classReports: '[classId+householdId+period], [classId+period], classId',
      classItems: 'id, classId, &[classId+key]',
      redeemedVouchers: 'id, usedAt',
      joinedClasses: 'classId',
      sharedReports: 'id, seq, [classId+period]',
      rollupUnits: 'id',
      trustedUnits: 'id, parentId, kid',
      summaries: 'id, [parentId+period], parentId, unitId',
    },
  },
]
