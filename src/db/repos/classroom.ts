import type { SortHeroDb } from '../db'
import type { ClassBattle } from '@/domain/classroom'
import { isConsistentBattle } from '@/domain/classroom'

/** How many battles the setup screen lists. */
export const RECENT_BATTLES = 5

/**
 * Keeps a finished classroom battle on the teacher's device. Saving the same battle again (a
 * retry after a failed write) replaces it rather than adding a second one. A record whose scores
 * do not add up is a bug in the caller, not something a user typed, so it is refused outright.
 */
export async function saveClassBattle(db: SortHeroDb, battle: ClassBattle): Promise<ClassBattle> {
  if (!isConsistentBattle(battle)) throw new Error(`class battle ${battle.id} does not hold together`)
  await db.classBattles.put(battle)
  return battle
}

/** The most recent battles, newest first. */
export async function recentClassBattles(db: SortHeroDb, limit = RECENT_BATTLES): Promise<ClassBattle[]> {
  return db.classBattles.orderBy('startedAt').reverse().limit(limit).toArray()
}
