import type { EntityTable, Table } from 'dexie'
import type { AwarenessCheck } from '@/domain/awareness'
import type { Badge } from '@/domain/badges'
import type { OffCacheEntry, TaughtBarcode } from '@/domain/barcode'
import type { ClassBattle } from '@/domain/classroom'
import type { Household, Member, TeacherProfile } from '@/domain/household'
import type { AnswerRecord, RoundRecord } from '@/domain/learning'
import type { LedgerEntry } from '@/domain/ledger'
import type { LogDay } from '@/domain/log'
import type { Correction, LookupRecord, MissedQuery, TaughtItem } from '@/domain/lookup'
import type { Mastery } from '@/domain/mastery'
import type { Reward, Voucher } from '@/domain/rewards'
import type { RuleSetId } from '@/domain/rules'
import type { ClassItem, DeviceMode, Enrollment, JoinedClass, RedeemedVoucher, RollupUnit, SchoolClass, SharedReport, StoredReport, StoredSummary, TrustedUnit } from '@/domain/school/records'
import Dexie from 'dexie'
import { SCHEMA_HISTORY } from './schema'

/** Device-wide settings stored in IndexedDB, by key. */
export interface SettingValues {
  /** Which face of the app this device shows. */
  mode: DeviceMode
  teacher: TeacherProfile
  /** Which city's rules answer lookups; the national rules when unset. */
  ruleSet: RuleSetId
  /** Whether scanned barcodes may be looked up on Open Food Facts; asked once when unset. */
  offLookup: 'allowed' | 'denied'
  /** When this device's data was last saved to a backup (or restored from one), UTC ms. */
  lastBackupAt: number
}

export type SettingKey = keyof SettingValues

export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K
  value: SettingValues[K]
}

/** The device's signing key pair and its sequence counter (one row, id 'device'). */
export interface DeviceKeyRow {
  id: 'device'
  /** Non-extractable: it signs, and can never be read out. */
  privateKey: CryptoKey
  /** The public point, base64url. */
  publicKey: string
  kid: string
  /** The last sequence number this device gave a code (reports, enrollments, summaries). */
  seq: number
  createdAt: number
}

export class SortHeroDb extends Dexie {
  households!: EntityTable<Household, 'id'>
  members!: EntityTable<Member, 'id'>
  ledger!: EntityTable<LedgerEntry, 'id'>
  settings!: EntityTable<SettingRow, 'key'>
  taughtItems!: EntityTable<TaughtItem, 'id'>
  missedQueries!: EntityTable<MissedQuery, 'key'>
  corrections!: EntityTable<Correction, 'id'>
  lookups!: EntityTable<LookupRecord, 'id'>
  classBattles!: EntityTable<ClassBattle, 'id'>
  masteries!: Table<Mastery, [string, string]>
  answers!: EntityTable<AnswerRecord, 'id'>
  rounds!: EntityTable<RoundRecord, 'id'>
  awarenessChecks!: EntityTable<AwarenessCheck, 'id'>
  rewards!: EntityTable<Reward, 'id'>
  vouchers!: EntityTable<Voucher, 'id'>
  logDays!: EntityTable<LogDay, 'date'>
  badges!: EntityTable<Badge, 'id'>
  taughtBarcodes!: EntityTable<TaughtBarcode, 'code'>
  offCache!: EntityTable<OffCacheEntry, 'code'>
  deviceKeys!: EntityTable<DeviceKeyRow, 'id'>
  schoolClasses!: EntityTable<SchoolClass, 'id'>
  enrollments!: Table<Enrollment, [string, string]>
  classReports!: Table<StoredReport, [string, string, string]>
  classItems!: EntityTable<ClassItem, 'id'>
  redeemedVouchers!: EntityTable<RedeemedVoucher, 'id'>
  joinedClasses!: EntityTable<JoinedClass, 'classId'>
  sharedReports!: EntityTable<SharedReport, 'id'>
  rollupUnits!: EntityTable<RollupUnit, 'id'>
  trustedUnits!: EntityTable<TrustedUnit, 'id'>
  summaries!: EntityTable<StoredSummary, 'id'>

  constructor(name = 'sorthero') {
    super(name)
    for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
  }
}

/** The app's database. Tests create their own `SortHeroDb` with a unique name instead. */
export const db = new SortHeroDb()
