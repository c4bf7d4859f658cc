/**
 * What restoring a backup would change on a device, decided before anything is written: every
 * record the device does not have is added; a record it has (the same key, or the same unique
 * index value: the same award, taught name, voucher code or class item) is kept as it is and the
 * backup's copy skipped. Nothing on the device is edited or deleted, so the points ledger stays
 * append-only and a restore can be repeated without adding anything twice.
 *
 * A phone holds one family and at most one school and one district: a backup of another family
 * (or another school at the same level) is refused rather than mixed in.
 */
import type { BackupDocument, BackupResult } from './format'
import type { BackupTable, BackupTables } from './records'
import { refuseBackup } from './format'
import { BACKUP_TABLES, PRIMARY_KEYS, UNIQUE_KEYS } from './records'

/** What a device already holds, as far as a restore needs to know. */
export interface DeviceHoldings {
  /** The primary keys of every table (compound keys joined as `PRIMARY_KEYS` does). */
  keys: { [T in BackupTable]: ReadonlySet<string> }
  /** The values of the unique indexes of the tables that have one (`UNIQUE_KEYS`). */
  unique: { [T in BackupTable]?: ReadonlySet<string> }
  /** The device's family, if it has one. */
  household: { id: string, nickname: string } | undefined
  /** The school and/or district it coordinates. */
  units: ReadonlyArray<{ id: string, level: string, name: string }>
  /** The device's signing key, once it has one. */
  device: { kid: string, seq: number } | null
}

/** A restore, decided. */
export interface RestorePlan {
  /** The records to add, per table. */
  add: BackupTables
  /** How many of the backup's records the device already has, per table. */
  skipped: Record<BackupTable, number>
  /**
   * The backup was made by another device key than this device's (or this device has none yet):
   * codes made from now on are signed by this device's key, which the backup's classes, school
   * or district do not know yet.
   */
  keyChanged: boolean
  /** The sequence number this device's codes continue from (never below the backup's). */
  seq: number
}

/** Adds nothing and skips nothing. */
export function emptyCounts(): Record<BackupTable, number> {
  return Object.fromEntries(BACKUP_TABLES.map(table => [table, 0])) as Record<BackupTable, number>
}

/** Plans restoring `backup` on a device holding `holdings`; refuses another family or school. */
export function planRestore(backup: BackupDocument, holdings: DeviceHoldings): BackupResult<RestorePlan> {
  const theirs = backup.tables.households[0]
  if (theirs && holdings.household && holdings.household.id !== theirs.id) return refuseBackup('other-household', { name: holdings.household.nickname })
  for (const unit of backup.tables.rollupUnits) {
    const mine = holdings.units.find(u => u.level === unit.level)
    if (mine && mine.id !== unit.id) return refuseBackup('other-unit', { name: mine.name })
  }

  const keyChanged = backup.device !== null && backup.device.kid !== holdings.device?.kid
  const add = {} as Record<BackupTable, unknown[]>
  const skipped = emptyCounts()
  for (const table of BACKUP_TABLES) {
    const primaryOf = PRIMARY_KEYS[table] as (record: unknown) => string
    const uniqueOf = UNIQUE_KEYS[table] as ((record: unknown) => string) | undefined
    const held = holdings.keys[table]
    const heldUnique = holdings.unique[table]
    add[table] = (backup.tables[table] as unknown[]).filter((record) => {
      const duplicate = held.has(primaryOf(record)) || (uniqueOf !== undefined && heldUnique !== undefined && heldUnique.has(uniqueOf(record)))
      if (duplicate) skipped[table]++
      return !duplicate
    })
  }
  // A class joined under the old key needs an enrollment code from this device's key.
  if (keyChanged) add.joinedClasses = (add.joinedClasses as BackupTables['joinedClasses']).map(joined => ({ ...joined, enrollSeq: 0 }))

  return {
    ok: true,
    value: {
      add: add as unknown as BackupTables,
      skipped,
      keyChanged,
      seq: Math.max(holdings.device?.seq ?? 0, backup.device?.seq ?? 0),
    },
  }
}

/** How many records a plan adds in all. */
export function addedCount(plan: RestorePlan): number {
  return BACKUP_TABLES.reduce((sum, table) => sum + plan.add[table].length, 0)
}
