import type { ShallowRef, WatchSource } from 'vue'
import type { Subscription } from 'dexie'
import { liveQuery } from 'dexie'
import { getCurrentScope, onScopeDispose, shallowRef, watch } from 'vue'

export interface LiveQueryState<T> {
  /** The latest result; `undefined` until the first result arrives. */
  data: ShallowRef<T | undefined>
  error: ShallowRef<unknown>
  /** True until the first result (or error) for the current dependencies arrives. */
  loading: ShallowRef<boolean>
}

/**
 * Reads IndexedDB reactively: `querier` runs inside Dexie's `liveQuery`, so the result updates
 * whenever a table it read changes (in this tab or another). When `deps` change the query is
 * re-subscribed. The subscription ends with the calling component or effect scope.
 */
export function useLiveQuery<T>(querier: () => T | Promise<T>, deps: WatchSource[] = []): LiveQueryState<T> {
  const data = shallowRef<T | undefined>()
  const error = shallowRef<unknown>()
  const loading = shallowRef(true)
  let subscription: Subscription | undefined

  const stop = watch(deps, () => {
    subscription?.unsubscribe()
    loading.value = true
    subscription = liveQuery(querier).subscribe({
      next: (value) => {
        data.value = value
        error.value = undefined
        loading.value = false
      },
      error: (failure) => {
        error.value = failure
        loading.value = false
      },
    })
  }, { immediate: true })

  if (getCurrentScope()) {
    onScopeDispose(() => {
      stop()
      subscription?.unsubscribe()
    })
  }
  return { data, error, loading }
}
