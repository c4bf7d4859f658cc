import type { SortHeroDb } from '../db'
import type { BackupTables } from '@/domain/backup'
import Dexie from 'dexie'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BACKUP_TABLES } from '@/domain/backup'
import { backupTablesArb } from '@/domain/backup/testing'
import { codeLink } from '@/domain/codes/link'
import { dateToInstant } from '@/domain/dates'
import { DomainError } from '@/domain/errors'
import { balancesByMember } from '@/domain/ledger'
import { dumpDb, freshDb, householdDraft } from '../testing'
import { exportBackup, lastBackupAt, previewRestore, recordBackup, restoreBackup } from './backup'
import { importCode } from './codes'
import { createHousehold } from './household'
import { deviceKey, nextSequence } from './keys'
import { saveRound } from './learning'
import { saveLogDay } from './log'
import { recordMiss, teachItem } from './lookup'
import { addReward, redeem } from './rewards'
import { classInviteCode, createClass } from './school'
import { createRollupUnit } from './school-rollup'
import { enrollmentCode } from './school-household'

const TODAY = '2026-12-03'
const NOW = dateToInstant(TODAY)
const DAY = 86_400_000
const APP = { app: '0.1.0', now: NOW }

/** A device as the app leaves it after a few weeks: a family, its log, games, lessons, a voucher and a class it joined. */
async function usedDevice(): Promise<SortHeroDb> {
  const db = freshDb()
  const household = await createHousehold(db, householdDraft(), NOW - 40 * DAY)
  const [kid, mum] = await db.members.where('householdId').equals(household.id).sortBy('createdAt')
  for (let d = 20; d >= 1; d--) {
    const date = new Date(NOW - d * DAY).toISOString().slice(0, 10)
    await saveLogDay(db, { date, entries: { kitchen: { bags: 2, sortedBags: 2 }, other: { bags: 1, sortedBags: d % 3 === 0 ? 0 : 1, kg: 0.7 } }, memberId: d % 2 ? kid!.id : mum!.id }, TODAY, NOW - d * DAY + 1000)
  }
  await saveRound(db, { roundId: 'r1', memberId: kid!.id, mode: 'sort', finishedAt: NOW - DAY, answers: [{ card: 'banana-peel', correct: true, at: NOW - DAY }, { card: 'battery', correct: false, at: NOW - DAY }] })
  await teachItem(db, { name: '猫砂', category: 'other', memberId: kid!.id }, () => false, NOW - 2 * DAY)
  await recordMiss(db, '电子烟弹', NOW - 3 * DAY)
  await addReward(db, { title: '周六去公园', emoji: '🌳', cost: 30 }, NOW - 5 * DAY)
  await redeem(db, { rewardId: 'campaign:stickers', memberId: kid!.id }, NOW - 4 * DAY)
  // A class this family joined, through the teacher's real invite.
  const teacher = freshDb()
  const cls = await createClass(teacher, { school: '小街子小学', name: '三年级二班', teacher: '王老师', area: { district: 'jiangyang' }, periodKind: 'week', ruleSet: 'national' }, '2026-11-02', NOW - 30 * DAY)
  await importCode(db, codeLink('https://example.org/', await classInviteCode(teacher, cls.id)), { today: TODAY, now: NOW, answers: { nickname: '小明家', children: 1, adults: 1 } })
  await enrollmentCode(db, cls.id)
  return db
}

/** The dump without what belongs to one device only: its key (and its own record of backups). */
function portable(dump: Record<string, unknown[]>): Record<string, unknown[]> {
  const { deviceKeys: _, settings, ...rest } = dump
  return { ...rest, settings: (settings as Array<{ key: string }>).filter(row => row.key !== 'lastBackupAt') }
}

async function fill(db: SortHeroDb, tables: BackupTables): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of BACKUP_TABLES) await db.table(table).bulkAdd(tables[table] as unknown[])
  })
}

async function restoreInto(db: SortHeroDb, bytes: Uint8Array) {
  const preview = await previewRestore(db, { bytes })
  if (!preview.ok) throw new Error(`refused: ${preview.error.code}`)
  const done = await restoreBackup(db, preview.value.document, NOW)
  if (!done.ok) throw new Error(`refused: ${done.error.code}`)
  return done.value
}

describe('backup and restore on a new phone', () => {
  it('carries every table: the table list matches the database', () => {
    expect([...BACKUP_TABLES, 'deviceKeys'].sort()).toEqual(freshDb().tables.map(t => t.name).sort())
  })

  it('is lossless for any device\'s data: every record of every table comes back equal', async () => {
    await fc.assert(fc.asyncProperty(backupTablesArb(), async (tables) => {
      const source = freshDb()
      await fill(source, tables)
      const { bytes } = await exportBackup(source, APP)
      const target = freshDb()
      await restoreInto(target, bytes)
      expect(portable(await dumpDb(target))).toEqual(portable(await dumpDb(source)))
      source.close()
      target.close()
    }), { numRuns: 15 })
  }, 120_000)

  it('moves a family to a new phone without losing a point, and back again', async () => {
    const old = await usedDevice()
    const { bytes } = await exportBackup(old, APP)
    const fresh = freshDb()
    const plan = await restoreInto(fresh, bytes)
    expect(plan.skipped.ledger).toBe(0)
    // Everything is as it was, except that the class must hear from the new phone's key.
    const moved = portable(await dumpDb(fresh))
    expect(moved.joinedClasses).toMatchObject([{ enrollSeq: 0 }])
    const original = portable(await dumpDb(old))
    expect({ ...moved, joinedClasses: [] }).toEqual({ ...original, joinedClasses: [] })
    expect(moved.joinedClasses).toEqual(original.joinedClasses!.map(j => ({ ...(j as object), enrollSeq: 0 })))
    expect(balancesByMember(await fresh.ledger.toArray())).toEqual(balancesByMember(await old.ledger.toArray()))

    // And back onto the old phone: everything is already there, nothing is added or changed.
    const before = await dumpDb(old)
    const back = await restoreInto(old, (await exportBackup(fresh, APP)).bytes)
    expect(BACKUP_TABLES.every(table => back.add[table].length === 0)).toBe(true)
    expect(portable(await dumpDb(old))).toEqual(portable(before))
  })

  it('gives the new phone its own key, continuing the old key\'s sequence numbers, and asks for a new enrollment', async () => {
    const old = await usedDevice()
    for (let i = 0; i < 5; i++) await nextSequence(old)
    const oldKey = await deviceKey(old)
    const fresh = freshDb()
    const plan = await restoreInto(fresh, (await exportBackup(old, APP)).bytes)
    expect(plan.keyChanged).toBe(true)
    const newKey = await fresh.deviceKeys.get('device')
    expect(newKey!.kid).not.toBe(oldKey.kid)
    expect(newKey!.seq).toBe(oldKey.seq)
    expect(await nextSequence(fresh)).toBe(oldKey.seq + 1)
    // The class knows the old key: the next enrollment code is a new one, from the new key.
    expect((await fresh.joinedClasses.toArray()).map(j => j.enrollSeq)).toEqual([0])
    expect(await lastBackupAt(fresh)).toBe(NOW)
  })

  it('keeps the device\'s own key when the backup came from this very device', async () => {
    const db = await usedDevice()
    const key = await deviceKey(db)
    const { bytes } = await exportBackup(db, APP)
    await db.joinedClasses.clear()
    const plan = await restoreInto(db, bytes)
    expect(plan.keyChanged).toBe(false)
    expect(plan.add.joinedClasses).toHaveLength(1)
    expect((await db.joinedClasses.toArray())[0]!.enrollSeq).toBeGreaterThan(0)
    expect((await db.deviceKeys.get('device'))!.kid).toBe(key.kid)
  })
})

describe('merging a backup into a phone that has data', () => {
  it('adds what is missing, keeps what is there, and never edits or deletes a ledger entry', async () => {
    const db = await usedDevice()
    const { bytes } = await exportBackup(db, APP)
    // Since the backup: a day logged, a member renamed, and (lost) the oldest week of the log with its points.
    const [kid] = await db.members.toCollection().sortBy('createdAt')
    await saveLogDay(db, { date: TODAY, entries: { kitchen: { bags: 1, sortedBags: 1 } }, memberId: kid!.id }, TODAY, NOW)
    await db.members.update(kid!.id, { nickname: '明明' })
    const lost = (await db.logDays.orderBy('date').toArray()).slice(0, 7)
    const lostEntries = await db.ledger.filter(e => lost.some(d => e.sourceEventId.includes(d.date))).toArray()
    await db.logDays.bulkDelete(lost.map(d => d.date))
    await db.ledger.bulkDelete(lostEntries.map(e => e.id))
    const before = await dumpDb(db)

    const preview = await previewRestore(db, { bytes })
    expect(preview.ok).toBe(true)
    if (!preview.ok) return
    const { plan } = preview.value
    expect(plan.add.logDays.map(d => d.date)).toEqual(lost.map(d => d.date))
    expect(plan.add.ledger.map(e => e.id).sort()).toEqual(lostEntries.map(e => e.id).sort())
    expect(plan.skipped.members).toBe(2)
    // Previewing wrote nothing.
    expect(await dumpDb(db)).toEqual(before)

    await restoreBackup(db, preview.value.document, NOW)
    const after = await dumpDb(db)
    for (const entry of before.ledger!) expect(after.ledger).toContainEqual(entry)
    expect(after.ledger).toHaveLength(before.ledger!.length + lostEntries.length)
    expect((await db.members.get(kid!.id))!.nickname).toBe('明明')
    expect(await db.logDays.count()).toBe(21)
  })

  it('skips an award the phone already has under another id (the same source event)', async () => {
    const db = await usedDevice()
    const { bytes } = await exportBackup(db, APP)
    const welcome = (await db.ledger.filter(e => e.reason === 'welcome').first())!
    await db.ledger.delete(welcome.id)
    await db.ledger.add({ ...welcome, id: 'another-id' })
    const plan = await restoreInto(db, bytes)
    expect(plan.add.ledger).toEqual([])
    expect(plan.skipped.ledger).toBe(await db.ledger.count())
  })

  it('refuses a backup of another family, or of another school at the same level, and changes nothing', async () => {
    const other = await usedDevice()
    const db = freshDb()
    await createHousehold(db, householdDraft({ nickname: '王家' }), NOW)
    const before = await dumpDb(db)
    expect(await previewRestore(db, { bytes: (await exportBackup(other, APP)).bytes })).toEqual({ ok: false, error: { code: 'other-household', params: { name: '王家' } } })
    const document = (await previewRestore(freshDb(), { bytes: (await exportBackup(other, APP)).bytes }))
    expect(document.ok && await restoreBackup(db, document.value.document, NOW)).toEqual({ ok: false, error: { code: 'other-household', params: { name: '王家' } } })
    expect(await dumpDb(db)).toEqual(before)

    const school = freshDb()
    await createRollupUnit(school, { level: 'school', name: '小街子小学', area: { district: 'jiangyang' }, periodKind: 'week' }, NOW)
    const mine = freshDb()
    await createRollupUnit(mine, { level: 'school', name: '实验小学', area: { district: 'naxi' }, periodKind: 'week' }, NOW)
    expect(await previewRestore(mine, { bytes: (await exportBackup(school, APP)).bytes })).toEqual({ ok: false, error: { code: 'other-unit', params: { name: '实验小学' } } })
  })

  it('writes a restore in one transaction: a failure half-way leaves the phone as it was', async () => {
    const old = await usedDevice()
    const { bytes } = await exportBackup(old, APP)
    const db = freshDb()
    const preview = await previewRestore(db, { bytes })
    expect(preview.ok).toBe(true)
    if (!preview.ok) return
    const before = await dumpDb(db)
    // The disk fills up when the log is written, after the household, members and ledger.
    db.logDays.hook('creating', () => {
      throw new Dexie.QuotaExceededError('full')
    })
    await expect(restoreBackup(db, preview.value.document, NOW)).rejects.toThrow()
    expect(await dumpDb(db)).toEqual(before)
  })
})

describe('what a backup holds', () => {
  it('keeps searches to their first characters and cached Open Food Facts replies to the fields the app reads', async () => {
    const db = freshDb()
    await db.missedQueries.add({ key: 'x'.repeat(5000), query: 'x'.repeat(5000), count: 2, firstAt: NOW, lastAt: NOW })
    await db.offCache.add({ code: '6901234567892', fetchedAt: NOW, body: { code: '6901234567892', status: 1, product: { product_name: '可乐', packaging: 'canette', nutriments: { sugar: 10 } }, ads: 'x'.repeat(100_000) } })
    await db.offCache.add({ code: '6901234567893', fetchedAt: NOW, body: 'not a reply' })
    const target = freshDb()
    await restoreInto(target, (await exportBackup(db, APP)).bytes)
    expect(await target.missedQueries.toArray()).toEqual([{ key: 'x'.repeat(100), query: 'x'.repeat(100), count: 2, firstAt: NOW, lastAt: NOW }])
    expect(await target.offCache.toArray()).toEqual([{ code: '6901234567892', fetchedAt: NOW, body: { code: '6901234567892', status: 1, product: { product_name: '可乐', packaging: 'canette' } } }])
  })

  it('refuses to make a file that would not restore, naming the table', async () => {
    const db = freshDb()
    await db.members.add({ id: 'm', householdId: 'nobody', nickname: '小明', role: 'child', avatar: '🐼', createdAt: NOW })
    await expect(exportBackup(db, APP)).rejects.toEqual(new DomainError('backup.export', { table: 'members' }))
  })

  it('remembers the latest backup that left the device', async () => {
    const db = freshDb()
    expect(await lastBackupAt(db)).toBeUndefined()
    await recordBackup(db, NOW)
    await recordBackup(db, NOW - DAY)
    expect(await lastBackupAt(db)).toBe(NOW)
    // The device's own record of backups does not travel: a restored phone has its own.
    const target = freshDb()
    await restoreInto(target, (await exportBackup(db, { app: '0.1.0', now: NOW + DAY })).bytes)
    expect(await lastBackupAt(target)).toBe(NOW + DAY)
  })
})
