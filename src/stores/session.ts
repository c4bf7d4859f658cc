import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { STORAGE_KEYS } from './storage-keys'


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
  const preferredMemberId = persisted(STORAGE_KEYS.activeMember)
  /**
   * Set once onboarding saved a household or teacher profile. It lets the first page render
   * without waiting for IndexedDB; the router still checks the database in the background.
   */
  const onboardedFlag = persisted(STORAGE_KEYS.onboarded)
  /** Set when another tab upgraded the database and this tab closed its connection. */
  const databaseReplaced = ref(false)
  return { preferredMemberId, onboardedFlag, databaseReplaced }
})
