import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { SortHeroDb } from './db'
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
