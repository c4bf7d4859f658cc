/**
 * Backups of the whole device (`domain/backup`): every table read in one transaction and written
 * as one checksummed file; a restore (onto a new phone, or merged into this one) previewed
 * without writing, then written in one transaction over every table, adding only what the
 * device does not have. A refused backup changes nothing; a restore cut short (a closed page, a
 * full disk) leaves the device as it was.
 *
 * The device's private signing key cannot be read out, so it is not in a backup. A restore keeps
 * this device's own key (making one if it has none) and continues its sequence numbers from the
 * backup's, so codes made after a restore are never older than those made before it.
 */
import type { SettingKey, SortHeroDb } from '../db'
import type { BackupDocument, BackupResult, BackupTable, BackupTables, DeviceHoldings, RestorePlan } from '@/domain/backup'
import { BACKUP_TABLES, backupCodeData, encodeBackup, InvalidBackupError, planRestore, readBackupFile, readBackupText, UNIQUE_KEYS } from '@/domain/backup'
import { BACKUP_FORMAT } from '@/domain/backup/format'
import { wellFormed } from '@/domain/backup/text'
import { DomainError } from '@/domain/errors'
import { clipQuery, QUERY_MAX } from '@/domain/query'
import { checkOffReply } from '@/domain/off-reply'
import { normalizeChinese } from '@/domain/text'
import { SCHEMA_HISTORY } from '../schema'
import { newDeviceKeyRow } from './keys'
import { getSetting, setSetting } from './settings'

/** The database schema version this app writes: a backup from a newer one is refused. */
export const CURRENT_SCHEMA = SCHEMA_HISTORY.at(-1)!.version

/** Settings a backup carries; the device's own `lastBackupAt` stays with the device. */
const BACKED_UP_SETTINGS = { mode: true, teacher: true, ruleSet: true, offLookup: true } as const satisfies Record<Exclude<SettingKey, 'lastBackupAt'>, true>

const DEVICE_KEYS = 'deviceKeys'

/** Every string of a record well-formed (lone surrogates as U+FFFD), as MessagePack would write them. */
function wellFormedDeep<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T
  if (Array.isArray(value)) return value.map(wellFormedDeep) as T
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormedDeep(v)])) as T
  return value
}

/**
 * Records as a backup keeps them: searches cut to their first characters (older versions kept
 * whole pastes), cached Open Food Facts replies reduced to the fields the app reads (older
 * versions cached them raw; one that is not a reply is dropped: it is only a cache).
 */
function prepare(tables: BackupTables): BackupTables {
  const clip = (query: string) => (query.length > QUERY_MAX ? clipQuery(query) : query)
  const missed = new Map<string, BackupTables['missedQueries'][number]>()
  for (const miss of tables.missedQueries) {
    const query = clip(miss.query)
    const key = query === miss.query ? miss.key : normalizeChinese(query)
    if (key && !missed.has(key)) missed.set(key, { ...miss, key, query })
  }
  return wellFormedDeep({
    ...tables,
    settings: tables.settings.filter(row => row.key in BACKED_UP_SETTINGS),
    missedQueries: [...missed.values()],
    corrections: tables.corrections.map(c => ({ ...c, query: clip(c.query) })),
    lookups: tables.lookups.map(l => ({ ...l, query: clip(l.query) })),
    offCache: tables.offCache.flatMap((entry) => {
      if (entry.body === null) return [entry]
      const reply = checkOffReply(entry.body)
      return reply.ok ? [{ ...entry, body: reply.value }] : []
    }),
  })
}

/** The device's data as a backup document, read in one transaction (a consistent moment). */
export async function backupDocument(db: SortHeroDb, options: { now?: number, app: string }): Promise<BackupDocument> {
  return db.transaction('r', db.tables, async () => {
    const tables = Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async table => [table, await db.table(table).toArray()]))) as BackupTables
    const key = await db.deviceKeys.get('device')
    return {
      format: BACKUP_FORMAT,
      app: options.app,
      schema: CURRENT_SCHEMA,
      createdAt: options.now ?? Date.now(),
      device: key ? { kid: key.kid, publicKey: key.publicKey, seq: key.seq } : null,
      tables: prepare(tables),
    }
  })
}

/** A backup ready to leave the device: its file's bytes and, the same bytes, its code's `<data>`. */
export interface MadeBackup {
  bytes: Uint8Array
  data: string
  createdAt: number
  counts: Record<BackupTable, number>
}

/**
 * Makes a backup of the whole device. Refuses (`backup.export`, params: table) in the unlikely
 * case a stored record is one the backup's schema refuses, rather than make a file that would
 * not restore.
 */
export async function exportBackup(db: SortHeroDb, options: { now?: number, app: string }): Promise<MadeBackup> {
  const document = await backupDocument(db, options)
  let bytes: Uint8Array
  try {
    bytes = await encodeBackup(document)
  }
  catch (error) {
    if (error instanceof InvalidBackupError) throw new DomainError('backup.export', { table: error.table })
    throw error
  }
  const counts = Object.fromEntries(BACKUP_TABLES.map(table => [table, document.tables[table].length])) as Record<BackupTable, number>
  return { bytes, data: backupCodeData(bytes), createdAt: document.createdAt, counts }
}

/** Remembers that a backup made at `at` left the device (saved as a file, or its link sent). */
export async function recordBackup(db: SortHeroDb, at: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const last = await getSetting(db, 'lastBackupAt')
    if (last === undefined || at > last) await setSetting(db, 'lastBackupAt', at)
  })
}

/** When this device's data was last backed up, if ever. */
export function lastBackupAt(db: SortHeroDb): Promise<number | undefined> {
  return getSetting(db, 'lastBackupAt')
}

const joinKey = (key: unknown): string => (Array.isArray(key) ? key.join('\u0000') : String(key))

/** What the device holds, as a restore plan needs it. Run inside a transaction for a consistent view. */
export async function holdingsOf(db: SortHeroDb): Promise<DeviceHoldings> {
  const keys = Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async table => [table, new Set((await db.table(table).toCollection().primaryKeys()).map(joinKey))]))) as DeviceHoldings['keys']
  const uniqueIndex: { [T in BackupTable]?: string } = { ledger: 'sourceEventId', taughtItems: 'key', vouchers: 'code', classItems: '[classId+key]' }
  const unique: DeviceHoldings['unique'] = {}
  for (const table of Object.keys(UNIQUE_KEYS) as BackupTable[]) unique[table] = new Set((await db.table(table).orderBy(uniqueIndex[table]!).keys()).map(joinKey))
  const household = await db.households.toCollection().first()
  const device = await db.deviceKeys.get('device')
  return {
    keys,
    unique,
    household: household && { id: household.id, nickname: household.nickname },
    units: (await db.rollupUnits.toArray()).map(unit => ({ id: unit.id, level: unit.level, name: unit.name })),
    device: device ? { kid: device.kid, seq: device.seq } : null,
  }
}

/** A backup read and planned: what restoring it on this device would change. */
export interface RestorePreview {
  document: BackupDocument
  plan: RestorePlan
}

/**
 * Reads a backup (a file's bytes, or text holding its link) and plans its restore on this
 * device, without writing anything. Refusals are typed `BackupError`s.
 */
export async function previewRestore(db: SortHeroDb, source: { bytes: Uint8Array } | { text: string }): Promise<BackupResult<RestorePreview>> {
  const read = 'bytes' in source ? await readBackupFile(source.bytes, { schema: CURRENT_SCHEMA }) : await readBackupText(source.text, { schema: CURRENT_SCHEMA })
  if (!read.ok) return read
  const plan = planRestore(read.value, await db.transaction('r', db.tables, () => holdingsOf(db)))
  return plan.ok ? { ok: true, value: { document: read.value, plan: plan.value } } : plan
}

/**
 * Restores a backup read by `previewRestore`: plans again against what the device holds now
 * and adds every record it lacks, all in one transaction over every table (either all of it is
 * written or none). Nothing on the device is edited or deleted, except its key's sequence
 * counter, which only grows. Returns the plan carried out, or the refusal.
 */
export async function restoreBackup(db: SortHeroDb, document: BackupDocument, now = Date.now()): Promise<BackupResult<RestorePlan>> {
  // A device without a key gets one now (made outside the transaction, stored inside it), so
  // that it continues from the backup's sequence numbers.
  const spareKey = document.device && !(await db.deviceKeys.get('device')) ? await newDeviceKeyRow(now) : null
  return db.transaction('rw', db.tables, async () => {
    const planned = planRestore(document, await holdingsOf(db))
    if (!planned.ok) return planned
    const plan = planned.value
    for (const table of BACKUP_TABLES) {
      const rows = plan.add[table] as unknown[]
      if (rows.length > 0) await db.table(table).bulkAdd(rows)
    }
    if (document.device) {
      const key = await db.table(DEVICE_KEYS).get('device')
      if (!key && spareKey) await db.deviceKeys.add({ ...spareKey, seq: plan.seq })
      else if (key && key.seq < plan.seq) await db.deviceKeys.update('device', { seq: plan.seq })
    }
    // The data restored is as safe as the file it came from.
    const last = await getSetting(db, 'lastBackupAt')
    if (last === undefined || document.createdAt > last) await setSetting(db, 'lastBackupAt', document.createdAt)
    return planned
  })
}
