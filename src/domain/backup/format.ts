/**
 * The backup file: everything on a device (every table but its private key) in one versioned,
 * checksummed SortHero code of kind `backup` (README.md in this folder):
 *
 *   byte 0        0xA1                      SortHero code, format version 1
 *   byte 1        0x87                      kind 7 (backup), payload compressed
 *   32 bytes      SHA-256 of every other byte of the file (the two header bytes and the payload)
 *   the rest      raw DEFLATE of a MessagePack map: the backup document
 *
 * The same bytes are the file (`.sorthero`) and, as base64url, the `<data>` of a link
 * `<app url>#/code/<data>` when the backup is small enough to travel as one. Reading is total:
 * any bytes or text end in a typed refusal (`BackupError`) or a document whose every record
 * passed its table's schema; size limits hold before and after decompression, and the checksum
 * is checked before anything is decompressed.
 */
import type { BackupTable, BackupTables } from './records'
import { decode as decodeMsgpack, encode as encodeMsgpack } from '@msgpack/msgpack'
import * as v from 'valibot'
import { fromBase64Url, toBase64Url } from '../codes/base64url'
import { ownBytes } from '../codes/bytes'
import { deflateRaw, inflateRaw } from '../codes/compress'
import { CODE_KINDS, CODE_VERSION, unpackEnvelope } from '../codes/envelope'
import { codeDataOf } from '../codes/link'
import { BACKUP_ROWS_MAX, BACKUP_TABLES, PRIMARY_KEYS, RECORD_SCHEMAS, UNIQUE_KEYS } from './records'
import { plainSchema, wholeSchema } from './text'

/** The version of the backup document this app writes; it reads this one and older. */
export const BACKUP_FORMAT = 1

/** Largest backup file read (compressed). */
export const BACKUP_MAX_FILE_BYTES = 16 * 1024 * 1024
/** Largest backup document after decompression: checked while inflating (a zip bomb stops here). */
export const BACKUP_MAX_BYTES = 48 * 1024 * 1024
/** Longest `<data>` offered as a QR code: the link must fit QR version 40 at correction level M. */
export const BACKUP_QR_MAX_CHARS = 2000
/** Longest `<data>` offered as a link to copy or send (a messenger carries a few pages of text). */
export const BACKUP_LINK_MAX_CHARS = 16_000
/** Longest text read as a backup: the base64url of the largest file, and a link around it. */
export const BACKUP_MAX_TEXT_CHARS = Math.ceil(BACKUP_MAX_FILE_BYTES * 4 / 3) + 4096

const MAGIC = 0xA0 | CODE_VERSION
const KIND_BYTE = CODE_KINDS.backup | 0x80
const CHECKSUM_BYTES = 32
const HEADER_BYTES = 2

/** The device that made a backup: its public key, and the last sequence number it gave a code. */
export interface BackupDevice {
  kid: string
  publicKey: string
  seq: number
}

/** A backup as the app reads and writes it. */
export interface BackupDocument {
  format: number
  /** The app version that wrote it. */
  app: string
  /** The database schema version it was written from. */
  schema: number
  /** When it was made, UTC milliseconds. */
  createdAt: number
  /** The device key that signed this device's codes (none if it never signed one). */
  device: BackupDevice | null
  tables: BackupTables
}

/** Every way a backup can be refused; translated under `errors.backup.*`. */
export const BACKUP_ERRORS = [
  /** Not a SortHero backup at all (another file, another kind of code). */
  'not-a-backup',
  /** The file was cut short or changed since it was made: its checksum does not match. */
  'damaged',
  /** Made by a newer version of the app than this one. */
  'newer-version',
  /** Larger than any backup this app reads. */
  'too-large',
  /** Intact, but a record is not one the app could have written (params: table). */
  'invalid',
  /** The phone already has another family: a backup of one family does not merge into another. */
  'other-household',
  /** The phone already runs another school or district at the backup's level. */
  'other-unit',
] as const

export type BackupErrorCode = (typeof BACKUP_ERRORS)[number]

export interface BackupError {
  code: BackupErrorCode
  params?: Record<string, string | number>
}

export type BackupResult<T> = { ok: true, value: T } | { ok: false, error: BackupError }

/** A refusal with this code. */
export function refuseBackup(code: BackupErrorCode, params?: Record<string, string | number>): { ok: false, error: BackupError } {
  return params ? { ok: false, error: { code, params } } : { ok: false, error: { code } }
}

/** Thrown by `encodeBackup` for a record its own schema refuses: a bug, or data no page could write. */
export class InvalidBackupError extends Error {
  constructor(readonly table: string) {
    super(`a record of ${table} cannot be backed up`)
    this.name = 'InvalidBackupError'
  }
}

// Checking -----------------------------------------------------------------------------------

const documentSchema = v.strictObject({
  format: wholeSchema(1, BACKUP_FORMAT),
  app: plainSchema(40),
  schema: wholeSchema(1, 1000),
  createdAt: wholeSchema(0, Date.UTC(2200, 0, 1)),
  device: v.nullable(v.strictObject({
    kid: v.pipe(v.string(), v.regex(/^[\w-]{11}$/)),
    publicKey: v.pipe(v.string(), v.regex(/^[\w-]{87}$/)),
    seq: wholeSchema(0, 2 ** 53 - 1),
  })),
  tables: v.record(v.string(), v.unknown()),
})

/**
 * Checks a backup's tables: each a list of at most `BACKUP_ROWS_MAX` records its table's schema
 * accepts, no unknown table, no two records with one key (or one unique index value), and
 * records that belong together (one household at most, whose members they all are; one school
 * and one district at most). Returns every table complete (an older backup may lack tables added
 * later) with its records as the schemas output them, or the table of the first problem.
 */
export function checkTables(tables: Record<string, unknown>): { ok: true, value: BackupTables } | { ok: false, table: string } {
  for (const name of Object.keys(tables)) {
    if (!(BACKUP_TABLES as string[]).includes(name)) return { ok: false, table: name }
  }
  const checked: Record<string, unknown[]> = {}
  for (const table of BACKUP_TABLES) {
    const rows = tables[table] ?? []
    if (!Array.isArray(rows) || rows.length > BACKUP_ROWS_MAX) return { ok: false, table }
    const schema = RECORD_SCHEMAS[table]
    const primaryOf = PRIMARY_KEYS[table] as (record: unknown) => string
    const uniqueOf = UNIQUE_KEYS[table] as ((record: unknown) => string) | undefined
    const keys = new Set<string>()
    const unique = new Set<string>()
    const out: unknown[] = []
    for (const record of rows) {
      const parsed = v.safeParse(schema, record)
      if (!parsed.success) return { ok: false, table }
      const key = primaryOf(parsed.output)
      const other = uniqueOf?.(parsed.output)
      if (keys.has(key) || (other !== undefined && unique.has(other))) return { ok: false, table }
      keys.add(key)
      if (other !== undefined) unique.add(other)
      out.push(parsed.output)
    }
    checked[table] = out
  }
  const t = checked as unknown as BackupTables
  if (t.households.length > 1) return { ok: false, table: 'households' }
  if (t.members.some(member => member.householdId !== t.households[0]?.id)) return { ok: false, table: 'members' }
  const levels = t.rollupUnits.map(unit => unit.level)
  if (new Set(levels).size !== levels.length) return { ok: false, table: 'rollupUnits' }
  return { ok: true, value: t }
}

// Writing ------------------------------------------------------------------------------------

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const length = parts.reduce((sum, part) => sum + part.length, 0)
  const joined = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', ownBytes(joined)))
}

/**
 * Writes a backup's bytes. Refuses (throws `InvalidBackupError`) to write what a reader would
 * refuse, so a backup that was made can always be restored.
 */
export async function encodeBackup(document: BackupDocument): Promise<Uint8Array> {
  const checked = checkTables(document.tables as unknown as Record<string, unknown>)
  if (!checked.ok) throw new InvalidBackupError(checked.table)
  const { tables, ...header } = document
  if (!v.is(documentSchema, { ...header, tables: {} })) throw new InvalidBackupError('header')
  const body = await deflateRaw(encodeMsgpack({ ...header, tables: Object.fromEntries(BACKUP_TABLES.map(table => [table, tables[table]])) }, { ignoreUndefined: true }))
  const head = Uint8Array.of(MAGIC, KIND_BYTE)
  const sum = await sha256(head, body)
  const out = new Uint8Array(HEADER_BYTES + CHECKSUM_BYTES + body.length)
  out.set(head)
  out.set(sum, HEADER_BYTES)
  out.set(body, HEADER_BYTES + CHECKSUM_BYTES)
  return out
}

/** The `<data>` of a backup's link (`codeLink(appUrl, data)`). */
export function backupCodeData(bytes: Uint8Array): string {
  return toBase64Url(bytes)
}

// Reading ------------------------------------------------------------------------------------

export interface ReadOptions {
  /** The database schema version of this app: a backup from a newer one is refused. */
  schema: number
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

async function decodeBytes(bytes: Uint8Array, options: ReadOptions): Promise<BackupResult<BackupDocument>> {
  if (bytes.length > BACKUP_MAX_FILE_BYTES) return refuseBackup('too-large')
  const envelope = unpackEnvelope(bytes)
  if (!envelope.ok) return envelope.error.code === 'unsupported-version' ? refuseBackup('newer-version') : refuseBackup('not-a-backup')
  if (envelope.value.kind !== 'backup') return refuseBackup('not-a-backup')
  if (bytes.length <= HEADER_BYTES + CHECKSUM_BYTES) return refuseBackup('damaged')
  const head = bytes.subarray(0, HEADER_BYTES)
  const sum = bytes.subarray(HEADER_BYTES, HEADER_BYTES + CHECKSUM_BYTES)
  const body = bytes.subarray(HEADER_BYTES + CHECKSUM_BYTES)
  if (!sameBytes(sum, await sha256(head, body))) return refuseBackup('damaged')
  let payload = body
  if (envelope.value.compressed) {
    const inflated = await inflateRaw(body, BACKUP_MAX_BYTES)
    // The checksum held, so the bytes are as written: a stream that does not inflate was written so.
    if (inflated === 'too-large') return refuseBackup('too-large')
    if (inflated === 'malformed') return refuseBackup('invalid', { table: 'file' })
    payload = inflated
  }
  let raw: unknown
  try {
    raw = decodeMsgpack(payload, { maxStrLength: 64 * 1024, maxBinLength: 64, maxArrayLength: BACKUP_ROWS_MAX, maxMapLength: 64, maxExtLength: 0 })
  }
  catch {
    return refuseBackup('invalid', { table: 'file' })
  }
  const format = (raw as { format?: unknown } | null)?.format
  const schema = (raw as { schema?: unknown } | null)?.schema
  if ((typeof format === 'number' && format > BACKUP_FORMAT) || (typeof schema === 'number' && schema > options.schema)) return refuseBackup('newer-version')
  const header = v.safeParse(documentSchema, raw)
  if (!header.success) return refuseBackup('invalid', { table: 'header' })
  const tables = checkTables(header.output.tables)
  if (!tables.ok) return refuseBackup('invalid', { table: tables.table })
  return { ok: true, value: { ...header.output, tables: tables.value } }
}

/** Whether bytes start like a SortHero code of any version (0xA in the high nibble). */
function isCodeBytes(bytes: Uint8Array): boolean {
  return bytes.length > 0 && (bytes[0]! & 0xF0) === 0xA0
}

/**
 * Reads a backup file's bytes: the file as saved, or a text file holding its link or `<data>`.
 * Never throws.
 */
export async function readBackupFile(bytes: Uint8Array, options: ReadOptions): Promise<BackupResult<BackupDocument>> {
  try {
    if (bytes.length > BACKUP_MAX_TEXT_CHARS) return refuseBackup('too-large')
    if (isCodeBytes(bytes)) return await decodeBytes(bytes, options)
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    }
    catch {
      return refuseBackup('not-a-backup')
    }
    return await readBackupText(text, options)
  }
  catch {
    // Nothing above should throw; if a platform API does, the file is still only refused.
    return refuseBackup('damaged')
  }
}

/** Reads a backup from text: its link, `#/code/<data>` or the `<data>` alone. Never throws. */
export async function readBackupText(text: string, options: ReadOptions): Promise<BackupResult<BackupDocument>> {
  try {
    if (typeof text !== 'string') return refuseBackup('not-a-backup')
    if (text.length > BACKUP_MAX_TEXT_CHARS) return refuseBackup('too-large')
    const data = codeDataOf(text.replace(/^\uFEFF/, ''))
    const bytes = data === null ? null : fromBase64Url(data)
    if (!bytes || !isCodeBytes(bytes)) return refuseBackup('not-a-backup')
    return await decodeBytes(bytes, options)
  }
  catch {
    return refuseBackup('damaged')
  }
}

/** How many records each table holds. */
export function tableCounts(tables: BackupTables): Record<BackupTable, number> {
  return Object.fromEntries(BACKUP_TABLES.map(table => [table, tables[table].length])) as Record<BackupTable, number>
}
