import { fromBase64Url } from '../codes/base64url'
import { CODE_KINDS, CODE_VERSION } from '../codes/envelope'

/**
 * Whether a code's `<data>` is a backup, from its first two bytes only: the import screen sends
 * backups to the restore page without loading the backup format. Never throws.
 */
export function isBackupCodeData(data: string): boolean {
  const head = typeof data === 'string' && data.length >= 4 ? fromBase64Url(data.slice(0, 4)) : null
  return head !== null && head[0] === (0xA0 | CODE_VERSION) && (head[1]! & 0x7F) === CODE_KINDS.backup
}
