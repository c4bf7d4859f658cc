import type { ShallowRef, WatchSource } from 'vue'
import type { DataLayer } from './data-layer'
import { tryOnScopeDispose } from '@vueuse/core'
import { shallowRef, watch } from 'vue'
import { dataLayer, onDataLayer } from './data-layer'

export interface LiveQueryState<T> {
  /** The result for the current dependencies; `undefined` until it arrives. */
  data: ShallowRef<T | undefined>
  error: ShallowRef<unknown>
  /** True until the first result (or error) for the current dependencies arrives. */
  loading: ShallowRef<boolean>
}

/**
 * Reads IndexedDB reactively: `querier` runs inside Dexie's `liveQuery`, so the result updates
 * whenever a table it read changes (in this tab or another). The data layer is loaded on first
 * use, after the first paint.
 *
 * When `deps` change, the previous result is dropped at once (`data` goes back to `undefined`
 * and `loading` to true) before the query is re-subscribed: a result for the old dependencies
 * (the parent's mastery after switching to the child) must never show as the new one. The
 * subscription ends with the calling component or effect scope.
 */
export interface LiveQueryOptions {
  /**
   * Wait for something else to load the data layer instead of loading it: for reads that a
   * snapshot can stand in for at start-up (the header's members), so a page that needs no data
   * at first does not pay for the database code.
   */
  lazy?: boolean
}

export function useLiveQuery<T>(querier: (layer: DataLayer) => T | Promise<T>, deps: WatchSource[] = [], options: LiveQueryOptions = {}): LiveQueryState<T> {
  const data = shallowRef<T | undefined>()
  const error = shallowRef<unknown>()
  const loading = shallowRef(true)
  let unsubscribe: (() => void) | undefined
  // Each (re)subscription gets a number; a data layer that finishes loading after the
  // dependencies changed again, or after the scope ended, subscribes nothing.
  let generation = 0
  let disposed = false

  function subscribe() {
    const mine = ++generation
    unsubscribe?.()
    unsubscribe = undefined
    data.value = undefined
    error.value = undefined
    loading.value = true
    const layerLoaded = options.lazy ? new Promise<DataLayer>(resolve => onDataLayer(resolve)) : dataLayer()
    layerLoaded.then((layer) => {
      if (disposed || mine !== generation) return
      const subscription = layer.liveQuery(() => querier(layer)).subscribe({
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
      unsubscribe = () => subscription.unsubscribe()
    }, (failure) => {
      if (mine !== generation) return
      error.value = failure
      loading.value = false
    })
  }

  const stop = watch(deps, subscribe, { immediate: true })
  tryOnScopeDispose(() => {
    disposed = true
    stop()
    unsubscribe?.()
  })
  return { data, error, loading }
}
