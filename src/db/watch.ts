import type { Pinia } from 'pinia'
import { useSessionStore } from '@/stores/session'
import { db } from './db'

/**
 * When another tab opens a newer version of the database, close ours so its upgrade can proceed,
 * and tell the user to reload: this tab's code no longer matches the schema. Everything written
 * so far was committed, so nothing is lost.
 */
export function watchDatabase(pinia: Pinia): void {
  db.on('versionchange', () => {
    db.close()
    useSessionStore(pinia).databaseReplaced = true
    return false
  })
}
