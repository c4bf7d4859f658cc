/**
 * When to remind about backups. A browser may clear the data of a site that is not installed
 * (Safari after seven days without a visit, any browser when the phone runs low on space), and
 * a lost or new phone takes everything with it: a backup older than a month is worth renewing.
 */

/** Days after which a backup counts as old and the Me page reminds. */
export const BACKUP_REMIND_DAYS = 30
const DAY = 86_400_000

/** How the last backup stands: none yet, recent, or old enough to renew (`days` old). */
export type BackupStanding =
  | { state: 'never' }
  | { state: 'recent', at: number, days: number }
  | { state: 'due', at: number, days: number }

/** Where the last backup (made at `lastAt`, if ever) stands at `now`. */
export function backupStanding(lastAt: number | undefined, now: number): BackupStanding {
  if (lastAt === undefined) return { state: 'never' }
  const days = Math.max(0, Math.floor((now - lastAt) / DAY))
  return { state: days >= BACKUP_REMIND_DAYS ? 'due' : 'recent', at: lastAt, days }
}

/** The file name of a backup made on `date` (`YYYY-MM-DD`). */
export function backupFileName(date: string): string {
  return `sorthero-backup-${date}.sorthero`
}
