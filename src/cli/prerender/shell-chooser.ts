import { OPEN_BEFORE_ONBOARDING } from '../../routes-before-onboarding.ts'
import { STORAGE_KEYS } from '../../stores/storage-keys.ts'

/**
 * Runs in the page, inline, right after the empty `#app` and before the first paint (so it must
 * stand alone: no imports, no closures). Puts in the shell that matches who is opening the app:
 * the welcome page for a first visit, the lookup page for a returning household at the start
 * page (by its city's rules), in English on a device set to English. Any other page starts empty, so a wrong page
 * never flashes. Returns the route of the shell put in (something is about to be painted), if any.
 */
function chooseShell(ids: readonly string[], keys: { locale: string, onboarded: string, mode: string, ruleSet: string }, ownPages: readonly string[]): string | null {
  try {
    const english = window.localStorage.getItem(keys.locale) === 'en'
    const onboarded = window.localStorage.getItem(keys.onboarded) === '1'
    const mode = window.localStorage.getItem(keys.mode)
    const hash = window.location.hash
    // The lookup shell is a household's: a teacher's or a coordinator's start page is their class
    // or school, which has no shell, and their tab bar is not the household's.
    const household = mode === null || mode === 'household'
    const start = hash === '' || hash === '#' || hash === '#/'
    // The lookup shell has no results: a search in the address (`#/lookup?q=…`) is drawn by the app.
    const lookup = household && (start || hash === '#/lookup')
    // Not onboarded, every page goes to the welcome page but those that open before it
    // (`ownPages`: a code link, restoring a backup), which have no shell.
    const ownPage = ownPages.indexOf(hash.split(/[/?]/)[1] ?? '') >= 0
    const route = onboarded ? (lookup ? 'lookup' : null) : (ownPage ? null : 'welcome')
    if (english) document.documentElement.lang = 'en'
    const shell = route ? `${route}-${english ? 'en' : 'zh'}` : null
    // The household's city, where its shell differs from the national one (the build keeps only those).
    const city = shell ? `${shell}-${window.localStorage.getItem(keys.ruleSet)}` : null
    const id = city && ids.indexOf(city) >= 0 ? city : shell
    const app = document.getElementById('app')
    const template = id && ids.indexOf(id) >= 0 ? document.getElementById(`shell-${id}`) as HTMLTemplateElement | null : null
    if (!app || !template) return null
    app.replaceChildren(template.content.cloneNode(true))
    return route
  }
  catch {
    // Storage blocked (some in-app browsers): nothing painted early; the app draws the page.
    return null
  }
}

/**
 * Runs in the page, inline: remembers taps on the shell's buttons and links before the app is
 * running (the shell is only a picture of them until then), as paths of child positions from
 * `#app`, so that the app can replay them once it has drawn the same markup (main.ts). A link
 * is not followed by the browser meanwhile: while the app is starting, its router would put the
 * first page's address back. A tap is never lost.
 */
function rememberEarlyTaps(): void {
  const taps: number[][] = []
  const win = window as unknown as { __sortheroTaps?: number[][] }
  win.__sortheroTaps = taps
  document.addEventListener('click', (event) => {
    const app = document.getElementById('app')
    const target = event.target instanceof Element ? event.target.closest('a[href], button, label, [role="button"]') : null
    if (!app || !target || !app.contains(target) || win.__sortheroTaps !== taps) return
    if (target.tagName === 'A') event.preventDefault()
    const path: number[] = []
    for (let node: Element = target; node !== app && node.parentElement; node = node.parentElement) path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node))
    taps.push(path)
  }, true)
}

/**
 * Runs in the page, inline, right after the shell is chosen: starts the app's JavaScript only
 * once the shell is on the screen, so on a slow link the page's first bytes are not shared with
 * a few hundred kilobytes of script (the browser would otherwise fetch the module graph at once),
 * and on a slow phone the scripts' evaluation never comes before that first picture.
 * The entry and its static imports are requested together, as `<link rel=modulepreload>` would,
 * and with them the files of the page the shell shows (`pageFiles[route]`): they would otherwise
 * be asked for only once the entry has arrived and run (Vite's preloader skips what is linked).
 *
 * "On the screen" is the browser's first-contentful-paint entry, which is reported once the frame
 * has been presented. A frame callback (and a timeout after it) comes before the frame is drawn,
 * and drawing it can take tens of milliseconds more: on a fast network the scripts then arrived
 * and ran before the picture did. With no shell (`route` null) there is nothing to wait for.
 */
function startAppAfterPaint(entry: string, preloads: readonly string[], pageFiles: Readonly<Record<string, readonly string[]>>, route: string | null): void {
  let started = false
  const start = () => {
    if (started) return
    started = true
    const preload = (href: string) => {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      document.head.appendChild(link)
    }
    preloads.forEach(preload)
    const script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = entry
    document.head.appendChild(script)
    if (route) (pageFiles[route] ?? []).forEach(preload)
  }
  const paintEntries = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes ?? []).indexOf('paint') >= 0
  if (route && paintEntries) {
    const watcher = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return
      watcher.disconnect()
      start()
    })
    watcher.observe({ type: 'paint', buffered: true })
    // A page opened in a background tab paints nothing until it is shown: start anyway.
    setTimeout(start, 1500)
  }
  // The frame callback runs before the next frame is painted; the timeout, just after it.
  else if (typeof requestAnimationFrame === 'function') { requestAnimationFrame(() => setTimeout(start, 0)) }
  else { start() }
}

/**
 * The inline script's source: pick the shell among `ids` (each a `<template id="shell-…">`), then
 * load the app from `entry` (with `preloads`, and the files `pageFiles` lists for the shell's
 * route) once that shell is on the screen. Its hash goes into the
 * Content-Security-Policy, so it must be the same for the same input.
 */
export function shellChooser(ids: readonly string[], entry: string, preloads: readonly string[], pageFiles: Readonly<Record<string, readonly string[]>>): string {
  const keys = { locale: STORAGE_KEYS.locale, onboarded: STORAGE_KEYS.onboarded, mode: STORAGE_KEYS.mode, ruleSet: STORAGE_KEYS.ruleSet }
  const route = `(${chooseShell.toString()})(${JSON.stringify(ids)},${JSON.stringify(keys)},${JSON.stringify(OPEN_BEFORE_ONBOARDING)})`
  return `(${rememberEarlyTaps.toString()})();(${startAppAfterPaint.toString()})(${JSON.stringify(entry)},${JSON.stringify(preloads)},${JSON.stringify(pageFiles)},${route})`
}
