import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

const ACTIVE_MEMBER_KEY = 'sorthero.activeMember'
const ONBOARDED_KEY = 'sorthero.onboarded'
const MODE_KEY = 'sorthero.mode'
const ACTIVE_CLASS_KEY = 'sorthero.activeClass'
const ACTIVE_UNIT_KEY = 'sorthero.activeUnit'

function persisted(key: string) {
  const value = ref<string | null>(localStorage.getItem(key))
  watch(value, (next) => {
    if (next) localStorage.setItem(key, next)
    else localStorage.removeItem(key)
  })
  return value
}

/**
 * UI state of this browser, kept in localStorage so it is known synchronously at start-up,
 * before the database code has even loaded.
 */
export const useSessionStore = defineStore('session', () => {
  /** Who is holding the phone right now. */
  const preferredMemberId = persisted(ACTIVE_MEMBER_KEY)
  /**
   * Set once onboarding saved a household or teacher profile. It lets the first page render
   * without waiting for IndexedDB; the router still checks the database in the background.
   */
  const onboardedFlag = persisted(ONBOARDED_KEY)
  /**
   * The device's face as last seen in the database ('household', 'teacher', 'coordinator'), so
   * the tab bar and the start page are right at once; the database keeps the final word.
   */
  const modeFlag = persisted(MODE_KEY)
  /** The teacher's class shown on the class pages (a teacher may run several). */
  const activeClassId = persisted(ACTIVE_CLASS_KEY)
  /** The school or district shown on the coordinator's pages. */
  const activeUnitId = persisted(ACTIVE_UNIT_KEY)
  /** Set when another tab upgraded the database and this tab closed its connection. */
  const databaseReplaced = ref(false)
  return { preferredMemberId, onboardedFlag, modeFlag, activeClassId, activeUnitId, databaseReplaced }
})
