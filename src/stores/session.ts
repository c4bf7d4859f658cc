import type { ProfileSnapshot } from '@/domain/household'
import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import { STORAGE_KEYS } from './storage-keys'

function persisted(key: string) {
  const value = ref<string | null>(localStorage.getItem(key))
  watch(value, (next) => {
    if (next) localStorage.setItem(key, next)
    else localStorage.removeItem(key)
  })
  return value
}

/** The snapshot stored under `key`, or null when there is none or it cannot be read. */
function readSnapshot(key: string): ProfileSnapshot | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? 'null') as ProfileSnapshot | null
    return parsed && Array.isArray(parsed.members) ? parsed : null
  }
  catch {
    return null
  }
}

/**
 * UI state of this browser, kept in localStorage so it is known synchronously at start-up,
 * before the database code has even loaded.
 */
export const useSessionStore = defineStore('session', () => {
  /** Who is holding the phone right now. */
  const preferredMemberId = persisted(STORAGE_KEYS.activeMember)
  /**
   * Set once onboarding saved a household or teacher profile. It lets the first page render
   * without waiting for IndexedDB; the router still checks the database in the background.
   */
  const onboardedFlag = persisted(STORAGE_KEYS.onboarded)
  /**
   * A copy of the household profile as last read from IndexedDB (members, mode, rule set). The
   * header and the answers use it until the data layer has loaded, which a page that needs no
   * data at first (the lookup page, until someone searches) does not do at start-up.
   */
  const profileSnapshot = shallowRef<ProfileSnapshot | null>(readSnapshot(STORAGE_KEYS.profile))
  watch(profileSnapshot, (next) => {
    try {
      if (next) localStorage.setItem(STORAGE_KEYS.profile, JSON.stringify(next))
      else localStorage.removeItem(STORAGE_KEYS.profile)
    }
    catch {
      // A full or blocked localStorage only costs the head start.
    }
  })
  /**
   * The device's face as last seen in the database ('household', 'teacher', 'coordinator'), so
   * the tab bar and the start page are right at once; the database keeps the final word.
   */
  const modeFlag = persisted(STORAGE_KEYS.mode)
  /** The teacher's class shown on the class pages (a teacher may run several). */
  const activeClassId = persisted(STORAGE_KEYS.activeClass)
  /** The school or district shown on the coordinator's pages. */
  const activeUnitId = persisted(STORAGE_KEYS.activeUnit)
  /** Set when another tab upgraded the database and this tab closed its connection. */
  const databaseReplaced = ref(false)
  /**
   * Set while something is being done as one member (an awareness check): the header then does
   * not switch members half-way.
   */
  const memberLocked = ref(false)
  return { preferredMemberId, onboardedFlag, profileSnapshot, modeFlag, activeClassId, activeUnitId, databaseReplaced, memberLocked }
})
