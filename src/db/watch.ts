import type { Pinia } from 'pinia'
import { liveQuery } from 'dexie'
import { localDate } from '@/domain/dates'
import { useNoticesStore } from '@/stores/notices'
import { useSessionStore } from '@/stores/session'
import { db } from './db'
import { syncBadges } from './repos/badges'

/**
 * App-wide database duties, started once the data layer has loaded. Returns a function that
 * stops them (tests; the app runs them for its lifetime).
 * - When another tab opens a newer version of the database, close ours so its upgrade can
 *   proceed, and tell the user to reload: this tab's code no longer matches the schema.
 *   Everything written so far was committed, so nothing is lost.
 * - Badges: a full check once at start-up (catching up with what other tabs or older versions
 *   wrote), a check for today whenever learning records change (a round, an awareness check, a
 *   taught name), and an announcement of every badge that appears after start-up, whichever page
 *   or tab stored it. Saving a log day checks its own badges (repos/log.ts).
 */
export function watchDatabase(pinia: Pinia): () => void {
  const onVersionChange = () => {
    db.close()
    useSessionStore(pinia).databaseReplaced = true
    return false
  }
  db.on('versionchange', onVersionChange)

  const check = (hint?: { dates: string[] }) => syncBadges(db, hint).catch((error: unknown) => {
    // Badges are a bonus: a failed check (another tab upgrading, a full disk) retries on the next change.
    console.warn('badge check failed', error)
  })

  let startup = true
  const learning = liveQuery(() => Promise.all([db.rounds.count(), db.awarenessChecks.count(), db.taughtItems.count(), db.members.count()])).subscribe({
    next: () => {
      void check(startup ? undefined : { dates: [localDate(Date.now())] })
      startup = false
    },
  })

  let known: Set<string> | undefined
  const announced = liveQuery(() => db.badges.toArray()).subscribe({
    next: (badges) => {
      const fresh = known ? badges.filter(b => !known!.has(b.id)) : []
      // Badges already stored when the app opened were announced in an earlier visit.
      known = new Set(badges.map(b => b.id))
      if (fresh.length > 0) useNoticesStore(pinia).show({ message: 'badges.new', paramKeys: { name: `badges.names.${fresh[0]!.code}` }, tone: 'success' })
    },
  })

  return () => {
    db.on('versionchange').unsubscribe(onVersionChange)
    learning.unsubscribe()
    announced.unsubscribe()
  }
}
