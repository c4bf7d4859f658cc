/**
 * The localStorage keys the app reads synchronously at start-up, before any database code has
 * loaded. The inline script that picks the prerendered shell reads them too (src/cli/prerender).
 */
export const STORAGE_KEYS = {
  /** 'zh-CN' or 'en', once chosen. */
  locale: 'sorthero.locale',
  /** '1' once onboarding saved a household or a teacher profile. */
  onboarded: 'sorthero.onboarded',
  /** Who is holding the phone. */
  activeMember: 'sorthero.activeMember',
} as const
