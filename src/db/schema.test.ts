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
})
