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
  /** The last known household profile and rule set, so the header paints before IndexedDB is read. */
  profile: 'sorthero.profile',
  /** The rule set last read from IndexedDB, for the same reason. */
  ruleSet: 'sorthero.ruleSet',
  /** The device's face ('household', 'teacher', 'coordinator') as last read. */
  mode: 'sorthero.mode',
  /** The teacher's class on show. */
  activeClass: 'sorthero.activeClass',
  /** The coordinator's school or district on show. */
  activeUnit: 'sorthero.activeUnit',
  /** '1' once this device has been told that the app works offline. */
  offlineAnnounced: 'sorthero.offlineAnnounced',
} as const
