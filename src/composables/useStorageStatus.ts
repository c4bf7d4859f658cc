import { onMounted, shallowRef } from 'vue'

export type PersistState = 'checking' | 'persisted' | 'not-persisted' | 'unsupported'

/**
 * Whether the browser keeps our IndexedDB data even when space runs low, how much is used, and a
 * way to ask for persistence. `navigator.storage` is missing in some WebViews, hence the checks.
 */
export function useStorageStatus() {
  const isSupported = typeof navigator !== 'undefined' && !!navigator.storage?.persisted
  const state = shallowRef<PersistState>(isSupported ? 'checking' : 'unsupported')
  const usage = shallowRef<{ used: number, quota: number } | null>(null)

  async function refresh() {
    if (!isSupported) return
    state.value = (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted'
    const estimate = await navigator.storage.estimate?.()
    if (estimate?.quota) usage.value = { used: estimate.usage ?? 0, quota: estimate.quota }
  }

  /** Asks the browser to keep our data; resolves to whether it agreed. */
  async function request(): Promise<boolean> {
    if (!isSupported) return false
    const granted = await navigator.storage.persist()
    await refresh()
    return granted
  }

  onMounted(refresh)
  return { isSupported, state, usage, request, refresh }
}

/** Asks for persistent storage once the household has data worth keeping; never throws. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false
  }
  catch {
    return false
  }
}
