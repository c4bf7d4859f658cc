import type { Router } from 'vue-router'

/** When this tab last reloaded for a missing chunk (ms), so a real outage cannot loop. */
const RELOADED_KEY = 'sorthero.reloadedForUpdate'
/** Another reload is allowed only this long after the last one: a later deploy, not a loop. */
const RELOAD_AGAIN_AFTER_MS = 10 * 60_000

/** Whether an error is a lazy chunk that could not be fetched (gone after a new deploy, or offline). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(message)
}

/**
 * After a new version is deployed, an open tab may ask for a lazy chunk that no longer exists
 * (its name carries the old hash): the page would stay blank. Instead, reload once onto the new
 * version, for Vite's preload errors and for router navigations that fail to load a page
 * (landing on the page that was asked for). A second failure within ten minutes is left to the
 * page's own error state, so being offline without a cache never turns into a reload loop.
 */
export function reloadOnceOnStaleChunks(router: Router, win: Window = window, now: () => number = Date.now): void {
  const reload = (hash?: string): boolean => {
    const last = Number(win.sessionStorage.getItem(RELOADED_KEY) ?? 0)
    if (now() - last < RELOAD_AGAIN_AFTER_MS) return false
    win.sessionStorage.setItem(RELOADED_KEY, String(now()))
    if (hash) win.history.replaceState(win.history.state, '', hash)
    win.location.reload()
    return true
  }
  win.addEventListener('vite:preloadError', (event) => {
    if (reload()) event.preventDefault()
  })
  router.onError((error, to) => {
    if (isChunkLoadError(error)) reload(`#${to.fullPath}`)
  })
}
