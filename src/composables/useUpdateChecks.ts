import { useDocumentVisibility, useIntervalFn } from '@vueuse/core'
import { effectScope, watch } from 'vue'

/** How often a running app asks for a new version. */
export const UPDATE_CHECK_EVERY_MS = 60 * 60_000
/** Coming back to the foreground asks again only if the last check is older than this. */
const FOREGROUND_MIN_GAP_MS = 60_000

/**
 * Asks the service worker registration for a new version when the app returns to the foreground
 * and every hour while it is open (offline checks fail quietly and are retried next time). The
 * checks live in their own effect scope, for the lifetime of the app; the returned function ends them.
 */
export function watchForUpdates(registration: Pick<ServiceWorkerRegistration, 'update'>, now: () => number = Date.now): () => void {
  let last = now()
  const check = () => {
    last = now()
    registration.update().catch(() => {})
  }
  const scope = effectScope(true)
  scope.run(() => {
    useIntervalFn(check, UPDATE_CHECK_EVERY_MS)
    const visibility = useDocumentVisibility()
    watch(visibility, (state) => {
      if (state === 'visible' && now() - last >= FOREGROUND_MIN_GAP_MS) check()
    })
  })
  return () => scope.stop()
}
