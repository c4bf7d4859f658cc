import type * as Layer from '@/db/layer'

/** The lazily loaded data layer: `db`, `liveQuery` and the repositories by feature. */
export type DataLayer = typeof Layer

let loading: Promise<DataLayer> | undefined
const whenLoaded: Array<(layer: DataLayer) => void> = []

/**
 * Runs `callback` once the data layer has loaded (at once if it already has). The app uses it
 * to start its database duties without loading the layer itself: a first visit to the welcome
 * page needs no database until the household is saved.
 */
export function onDataLayer(callback: (layer: DataLayer) => void): void {
  if (loading) void loading.then(callback, () => {})
  else whenLoaded.push(callback)
}

/**
 * Loads the data layer once (later callers share the promise). Only composables call this: pages
 * and components reach the database through them. A failed load (offline before the first visit
 * finished caching) may be retried.
 */
export function dataLayer(): Promise<DataLayer> {
  if (!loading) {
    loading = import('@/db/layer')
    loading.then((layer) => {
      for (const callback of whenLoaded.splice(0)) callback(layer)
    }, () => {
      loading = undefined
    })
  }
  return loading
}

/** Runs `operation` with the data layer, loading it first if needed. */
export async function withData<T>(operation: (layer: DataLayer) => Promise<T> | T): Promise<T> {
  return operation(await dataLayer())
}
