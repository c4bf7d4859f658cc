import type { SortHeroDb } from '../db'
import type { Badge } from '@/domain/badges'
import { earnedBadges, newBadges } from '@/domain/badges'
import { currentMembers } from '@/domain/household'

/**
 * Stores every badge the records now earn that was not stored before, and returns those. Badges
 * are never removed: editing the log later does not take a badge away.
 */
export async function syncBadges(db: SortHeroDb): Promise<Badge[]> {
  return db.transaction('rw', [db.badges, db.logDays, db.rounds, db.awarenessChecks, db.members, db.taughtItems], async () => {
    const [days, rounds, checks, members, firstTaught, held] = await Promise.all([
      db.logDays.toArray(),
      db.rounds.toArray(),
      db.awarenessChecks.toArray(),
      db.members.toArray(),
      db.taughtItems.orderBy('createdAt').first(),
      db.badges.toArray(),
    ])
    const earned = earnedBadges({
      days,
      rounds,
      checks,
      memberIds: currentMembers(members).map(m => m.id),
      ...(firstTaught ? { firstTaughtAt: firstTaught.createdAt } : {}),
    })
    const fresh = newBadges(earned, held)
    if (fresh.length > 0) await db.badges.bulkAdd(fresh)
    return fresh
  })
}
