import type { HouseholdDraft } from '@/domain/household'
import { SortHeroDb } from './db'

/** A new, empty database with a unique name (fake-indexeddb in unit tests). */
export function freshDb(): SortHeroDb {
  return new SortHeroDb(`test-${crypto.randomUUID()}`)
}

/** A valid household draft; override what a test is about. */
export function householdDraft(overrides: Partial<HouseholdDraft> = {}): HouseholdDraft {
  return {
    nickname: '小明家',
    district: 'jiangyang',
    members: [
      { nickname: '小明', role: 'child', avatar: '🐼' },
      { nickname: '妈妈', role: 'parent', avatar: '🐱' },
    ],
    ...overrides,
  }
}

/** Every record of every table (the device key without its private key), to prove that a refused write changed nothing. */
export async function dumpDb(db: SortHeroDb): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {}
  for (const table of db.tables) {
    const rows = await table.toArray()
    tables[table.name] = table.name === 'deviceKeys' ? rows.map(({ privateKey: _, ...row }) => row) : rows
  }
  return tables
}
