import type { MessagePart } from '.'
import { loadMessagePart } from '.'

/**
 * Backup, restore and install messages (`locales/trust.*.ts`), with the backup's refusals under
 * `errors.backup`: loaded by the Me page's backup and install cards and the restore page, so
 * the first page never fetches them.
 */
const TRUST: MessagePart = {
  'zh-CN': async () => (await import('./locales/trust.zh-CN')).default,
  'en': async () => (await import('./locales/trust.en')).default,
}

/** Loads the backup, restore and install messages in the current language (and later ones). */
export function loadTrustMessages(): Promise<void> {
  return loadMessagePart(TRUST)
}
