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
