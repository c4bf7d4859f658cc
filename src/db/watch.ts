import type { Pinia } from 'pinia'
import { liveQuery } from 'dexie'
import { useNoticesStore } from '@/stores/notices'
import { useSessionStore } from '@/stores/session'
import { db } from './db'
import { syncBadges } from './repos/badges'

/**
 * App-wide database duties, started once the data layer has loaded:
 * - When another tab opens a newer version of the database, close ours so its upgrade can
 *   proceed, and tell the user to reload: this tab's code no longer matches the schema.
 *   Everything written so far was committed, so nothing is lost.
 * - Whenever the records badges depend on change (from any page or tab), store newly earned
 *   badges and announce them.
 */
export function watchDatabase(pinia: Pinia): void {
  db.on('versionchange', () => {
    db.close()
    useSessionStore(pinia).databaseReplaced = true
    return false
  })

  let first = true
  liveQuery(() => Promise.all([db.logDays.count(), db.rounds.count(), db.awarenessChecks.count(), db.taughtItems.count(), db.members.count()])).subscribe({
    next: async () => {
      const announce = !first
      first = false
      try {
        const fresh = await syncBadges(db)
        // Badges found at start-up were earned in an earlier visit or tab; only announce new ones.
        const notices = useNoticesStore(pinia)
        if (announce && fresh.length > 0) notices.show({ message: 'log.badges.new', paramKeys: { name: `log.badges.names.${fresh[0]!.code}` }, tone: 'success' })
      }
      catch (error) {
        console.warn('badge sync failed', error)
        // Badges are a bonus: a failed sync (another tab upgrading, a full disk) retries on the next change.
      }
    },
  })
}
