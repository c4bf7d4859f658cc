import type { BackupDocument } from './format'
import type { BackupTables } from './records'
import { encode as encodeMsgpack } from '@msgpack/msgpack'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toBase64Url } from '../codes/base64url'
import { deflateRaw } from '../codes/compress'
import { codeLink } from '../codes/link'
import { BACKUP_FORMAT, BACKUP_MAX_BYTES, backupCodeData, encodeBackup, InvalidBackupError, readBackupFile, readBackupText } from './format'
import { isBackupCodeData } from './link'
import { BACKUP_TABLES } from './records'
import { backupDocumentArb } from './testing'

const READ = { schema: 6 }
const HOUSEHOLD_ID = '6f1c0e3a-8d4b-4c2e-9a7f-1b2c3d4e5f60'

function emptyTables(): BackupTables {
  return Object.fromEntries(BACKUP_TABLES.map(table => [table, []])) as unknown as BackupTables
}

function documentWith(tables: Partial<BackupTables> = {}): BackupDocument {
  return { format: BACKUP_FORMAT, app: '0.1.0', schema: 6, createdAt: Date.UTC(2026, 11, 1), device: null, tables: { ...emptyTables(), ...tables } }
}

const family: Partial<BackupTables> = {
  households: [{ id: HOUSEHOLD_ID, nickname: '小明家', district: 'naxi', createdAt: Date.UTC(2026, 0, 1) }],
  members: [{ id: 'm1', householdId: HOUSEHOLD_ID, nickname: '小明', role: 'child', avatar: '🐼', createdAt: Date.UTC(2026, 0, 1) }],
  ledger: [{ id: 'e1', memberId: 'm1', at: Date.UTC(2026, 0, 1), reason: 'welcome', points: 10, sourceEventId: 'welcome:m1' }],
}

/** A file with a correct checksum around any payload bytes: what a careful forger would write. */
async function forged(payload: Uint8Array, compress = true): Promise<Uint8Array> {
  const body = compress ? await deflateRaw(payload) : payload
  const head = Uint8Array.of(0xA1, compress ? 0x87 : 0x07)
  const joined = new Uint8Array(head.length + body.length)
  joined.set(head)
  joined.set(body, head.length)
  const sum = new Uint8Array(await crypto.subtle.digest('SHA-256', joined))
  const out = new Uint8Array(2 + 32 + body.length)
  out.set(head)
  out.set(sum, 2)
  out.set(body, 34)
  return out
}

describe('a backup file', () => {
  it('reads back exactly the document that was written, for any device\'s data', async () => {
    await fc.assert(fc.asyncProperty(backupDocumentArb(), async (document) => {
      const bytes = await encodeBackup(document)
      expect(await readBackupFile(bytes, READ)).toEqual({ ok: true, value: document })
      // The same bytes travel as a link.
      const link = codeLink('https://example.org/sorthero/', backupCodeData(bytes))
      expect(await readBackupText(link, READ)).toEqual({ ok: true, value: document })
    }), { numRuns: 40 })
  })

  it('is versioned and names the device key that made it', async () => {
    const bytes = await encodeBackup({ ...documentWith(family), device: { kid: 'AbCdEfGhIjK', publicKey: 'B'.repeat(87), seq: 41 } })
    expect([bytes[0], bytes[1]]).toEqual([0xA1, 0x87])
    const read = await readBackupFile(bytes, READ)
    expect(read.ok && read.value.device).toEqual({ kid: 'AbCdEfGhIjK', publicKey: 'B'.repeat(87), seq: 41 })
    expect(isBackupCodeData(backupCodeData(bytes))).toBe(true)
  })

  it('opens from a text file holding its link, as a code file is saved', async () => {
    const bytes = await encodeBackup(documentWith(family))
    const text = `\uFEFF${codeLink('https://example.org/', backupCodeData(bytes))}\n`
    expect(await readBackupFile(new TextEncoder().encode(text), READ)).toMatchObject({ ok: true, value: { tables: { households: family.households } } })
  })

  it('refuses to write a record a reader would refuse', async () => {
    const bad = documentWith({ ...family, members: [{ ...family.members![0]!, nickname: '一二三四五六七八九十一二三' }] })
    await expect(encodeBackup(bad)).rejects.toThrow(InvalidBackupError)
  })
})

describe('a damaged or foreign file', () => {
  it('is refused as damaged when any byte changed or the file was cut short', async () => {
    const bytes = await encodeBackup(documentWith(family))
    await fc.assert(fc.asyncProperty(fc.nat(bytes.length - 3), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
      const changed = bytes.slice()
      changed[2 + at] = changed[2 + at]! ^ flip
      expect(await readBackupFile(changed, READ)).toEqual({ ok: false, error: { code: 'damaged' } })
    }), { numRuns: 100 })
    for (const length of [3, 34, 35, bytes.length - 1]) expect(await readBackupFile(bytes.slice(0, length), READ)).toEqual({ ok: false, error: { code: 'damaged' } })
  })

  it.each([
    ['an empty file', new Uint8Array()],
    ['a photo', Uint8Array.of(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)],
    ['a class invite code', Uint8Array.of(0xA1, 0x81, ...new Uint8Array(100))],
    ['text that is not a link', new TextEncoder().encode('hello')],
    ['invalid UTF-8', Uint8Array.of(0x41, 0xC3, 0x28)],
  ])('refuses %s as not a backup', async (_, bytes) => {
    expect(await readBackupFile(bytes, READ)).toEqual({ ok: false, error: { code: 'not-a-backup' } })
  })

  it('refuses a backup from a newer app version, in the envelope or the document', async () => {
    expect(await readBackupFile(Uint8Array.of(0xA2, 0x87, ...new Uint8Array(40)), READ)).toEqual({ ok: false, error: { code: 'newer-version' } })
    const newer = await forged(encodeMsgpack({ ...documentWith(), format: BACKUP_FORMAT + 1 }))
    expect(await readBackupFile(newer, READ)).toEqual({ ok: false, error: { code: 'newer-version' } })
    const newerSchema = await encodeBackup({ ...documentWith(), schema: 7 })
    expect(await readBackupFile(newerSchema, READ)).toEqual({ ok: false, error: { code: 'newer-version' } })
  })

  it('stops inflating a small file that would grow past the limit (a zip bomb)', async () => {
    const bomb = await forged(new Uint8Array(BACKUP_MAX_BYTES + 1024))
    expect(bomb.length).toBeLessThan(100_000)
    expect(await readBackupFile(bomb, READ)).toEqual({ ok: false, error: { code: 'too-large' } })
  })

  it.each([
    ['not MessagePack', new Uint8Array([0xC1, 0xC1])],
    ['a number', encodeMsgpack(42)],
    ['an unknown table', encodeMsgpack({ ...documentWith(), tables: { passwords: [] } })],
    ['a table that is not a list', encodeMsgpack({ ...documentWith(), tables: { ledger: { 0: 1 } } })],
    ['a record with a field too many', encodeMsgpack({ ...documentWith(family), tables: { ...family, households: [{ ...family.households![0], admin: true }] } })],
    ['points that are not whole', encodeMsgpack({ ...documentWith(), tables: { ...family, ledger: [{ ...family.ledger![0], points: 1.5 }] } })],
    ['a 10,000-character nickname', encodeMsgpack({ ...documentWith(), tables: { ...family, members: [{ ...family.members![0], nickname: 'x'.repeat(10_000) }] } })],
    ['two records with one key', encodeMsgpack({ ...documentWith(), tables: { ...family, ledger: [family.ledger![0], { ...family.ledger![0], sourceEventId: 'other' }] } })],
    ['one award twice', encodeMsgpack({ ...documentWith(), tables: { ...family, ledger: [family.ledger![0], { ...family.ledger![0], id: 'e2' }] } })],
    ['two households', encodeMsgpack({ ...documentWith(), tables: { ...family, households: [...family.households!, { ...family.households![0], id: 'other' }] } })],
    ['a member of another household', encodeMsgpack({ ...documentWith(), tables: { ...family, members: [{ ...family.members![0], householdId: 'other' }] } })],
    ['deep nesting', (() => {
      const bytes = new Uint8Array(200_001).fill(0x91)
      bytes[200_000] = 0xC0
      return bytes
    })()],
  ])('refuses a checksummed file carrying %s as invalid', async (_, payload) => {
    const result = await readBackupFile(await forged(payload), READ)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('invalid')
  })

  it('refuses text longer than any backup and links of other codes', async () => {
    expect(await readBackupText('A'.repeat(30_000_000), READ)).toEqual({ ok: false, error: { code: 'too-large' } })
    expect(await readBackupText(`https://example.org/#/code/${toBase64Url(Uint8Array.of(0xA1, 0x83, 1, 2, 3))}`, READ)).toEqual({ ok: false, error: { code: 'not-a-backup' } })
    expect(isBackupCodeData(toBase64Url(Uint8Array.of(0xA1, 0x83, 1, 2, 3)))).toBe(false)
  })
})
