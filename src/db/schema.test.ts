import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { toBase64Url } from '@/domain/codes/base64url'
import { generateDeviceKeyPair, signerFor, verifySignature } from '@/domain/codes/signing'
import { fromBase64Url } from '@/domain/codes/base64url'
import { SortHeroDb } from './db'
import { FROZEN_VERSIONS } from './frozen-schemas/records'
import { exportBackup } from './repos/backup'
import { getHousehold, membersOf } from './repos/household'
import { ledgerOf } from './repos/ledger'
import { loadClassDashboard } from './repos/school'
import { cachedOffAnswer } from './repos/scan'
import { SCHEMA_HISTORY } from './schema'

describe('schema history', () => {
  it('lists versions in strictly increasing order, starting at 1', () => {
    const versions = SCHEMA_HISTORY.map(v => v.version)
    expect(versions[0]).toBe(1)
    for (let i = 1; i < versions.length; i++) expect(versions[i]!).toBeGreaterThan(versions[i - 1]!)
  })

  it('keeps records written under every older version when the current one opens', async () => {
    for (const old of SCHEMA_HISTORY) {
      const name = `history-${old.version}-${crypto.randomUUID()}`
      // Open the database exactly as that older app version declared it, and write to it.
      const legacy = new Dexie(name)
      for (const step of SCHEMA_HISTORY.filter(v => v.version <= old.version)) legacy.version(step.version).stores(step.stores)
      await legacy.table('households').add({ id: 'h1', nickname: '老家', district: 'naxi', createdAt: 1 })
      legacy.close()

      const current = new SortHeroDb(name)
      expect(await current.households.get('h1')).toMatchObject({ nickname: '老家' })
      expect(current.verno).toBe(SCHEMA_HISTORY.at(-1)!.version)
      current.close()
    }
  })

  it('upgrades a version 5 database to version 6 with every record kept and the school tables empty', async () => {
    const name = `v5-${crypto.randomUUID()}`
    const legacy = new Dexie(name)
    for (const step of SCHEMA_HISTORY.filter(v => v.version <= 5)) legacy.version(step.version).stores(step.stores)
    await legacy.table('logDays').add({ date: '2026-12-01', entries: { other: { bags: 1, sortedBags: 1 } }, createdAt: 1, updatedAt: 1 })
    await legacy.table('vouchers').add({ id: 'v1', code: 'SH-2345-6789', rewardId: 'campaign:stickers', rewardTitle: '贴纸', emoji: '🌟', memberId: 'm1', memberName: '小明', cost: 20, createdAt: 1 })
    await legacy.table('offCache').add({ code: '6901234567892', fetchedAt: 1 })
    legacy.close()

    const current = new SortHeroDb(name)
    await current.open()
    expect(current.verno).toBe(6)
    expect(await current.logDays.get('2026-12-01')).toMatchObject({ entries: { other: { bags: 1 } } })
    expect(await current.vouchers.where('code').equals('SH-2345-6789').count()).toBe(1)
    expect(await current.offCache.count()).toBe(1)
    for (const table of ['deviceKeys', 'schoolClasses', 'enrollments', 'classReports', 'classItems', 'redeemedVouchers', 'joinedClasses', 'sharedReports', 'rollupUnits', 'trustedUnits', 'summaries']) {
      expect(await current.table(table).count(), table).toBe(0)
    }
    // The new compound keys work as declared.
    await current.classReports.put({ classId: 'c', householdId: 'h', period: '2026-11-30', seq: 1, report: {} as never, importedAt: 1 })
    expect(await current.classReports.where('[classId+period]').equals(['c', '2026-11-30']).count()).toBe(1)
    current.close()
  })
})

describe('upgrades from every earlier version', () => {
  it('keeps a frozen copy of every shipped version, identical to the history', () => {
    expect(FROZEN_VERSIONS.map(v => v.version)).toEqual(SCHEMA_HISTORY.map(v => v.version))
    for (const frozen of FROZEN_VERSIONS) expect(SCHEMA_HISTORY[frozen.version - 1]!.stores, `version ${frozen.version}`).toEqual(frozen.stores)
  })

  const sortKey = (record: unknown) => JSON.stringify(record)

  it.each(FROZEN_VERSIONS.map(v => v.version))('opens a database written by version %i with every record of every table intact', async (version) => {
    const name = `upgrade-${version}-${crypto.randomUUID()}`
    const legacy = new Dexie(name)
    const shipped = FROZEN_VERSIONS.filter(v => v.version <= version)
    for (const step of shipped) legacy.version(step.version).stores(step.stores)
    // Written exactly as that version's code wrote it: through its schema, table by table.
    const written: Record<string, unknown[]> = {}
    const key = await generateDeviceKeyPair()
    for (const step of shipped) {
      for (const [table, records] of Object.entries(step.records)) {
        const rows = table === 'deviceKeys' ? records.map(row => ({ ...(row as object), privateKey: key.privateKey, publicKey: toBase64Url(key.publicKey) })) : records
        await legacy.table(table).bulkAdd(rows)
        written[table] = rows
      }
    }
    legacy.close()

    const current = new SortHeroDb(name)
    await current.open()
    expect(current.verno).toBe(SCHEMA_HISTORY.at(-1)!.version)
    for (const table of current.tables) {
      const rows = await table.toArray()
      const expected = written[table.name] ?? []
      if (table.name === 'deviceKeys' && rows.length > 0) {
        // The private key is still a usable, non-extractable key after the upgrade.
        const [row] = rows as Array<{ privateKey: CryptoKey, publicKey: string }>
        expect(row!.privateKey.extractable).toBe(false)
        const signature = await signerFor('kid', row!.privateKey).sign(Uint8Array.of(1, 2, 3))
        expect(await verifySignature(fromBase64Url(row!.publicKey)!, signature, Uint8Array.of(1, 2, 3))).toBe(true)
        expect(rows.map(({ privateKey: _, ...rest }) => rest)).toEqual((expected as Array<Record<string, unknown>>).map(({ privateKey: _, ...rest }) => rest))
        continue
      }
      expect([...rows].sort((a, b) => sortKey(a).localeCompare(sortKey(b))), table.name).toEqual([...expected].sort((a, b) => sortKey(a).localeCompare(sortKey(b))))
    }

    // The current code reads them through its indexes, and can back them up.
    expect(await getHousehold(current)).toMatchObject({ nickname: '小明家' })
    expect((await membersOf(current, '4b8f3a52-2c6e-4e0b-9d2a-7f1e6c3b5a90')).map(m => m.nickname)).toEqual(['小明'])
    expect(await ledgerOf(current, 'c1d2e3f4-0a1b-4c2d-8e3f-9a0b1c2d3e4f')).toHaveLength(1)
    if (version >= 5) expect(await cachedOffAnswer(current, '7622210288257')).toMatchObject({ body: { product: { product_name: 'Grand Arôme' } } })
    if (version >= 6) expect(await loadClassDashboard(current, '0f8fad5b-d9cb-469f-a165-70867728950e', { today: '2026-11-05' })).toMatchObject({ collection: { rate: expect.any(Number) } })
    await expect(exportBackup(current, { app: 'test' })).resolves.toMatchObject({ counts: { households: 1, members: 2 } })
    current.close()
  })
})
