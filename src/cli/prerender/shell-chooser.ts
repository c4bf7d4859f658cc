import { STORAGE_KEYS } from '../../stores/storage-keys.ts'

/**
 * Runs in the page, inline, before the first paint (so it must stand alone: no imports, no
 * closures). `#app` holds the Chinese welcome page; this swaps in the shell that matches who is
 * opening the app: the lookup page for a returning household at the start page, English for a
 * device set to English. For any other page it empties `#app`, so a wrong page never flashes.
 */
function chooseShell(ids: readonly string[], keys: { locale: string, onboarded: string }): void {
  try {
    const english = window.localStorage.getItem(keys.locale) === 'en'
    const onboarded = window.localStorage.getItem(keys.onboarded) === '1'
    const hash = window.location.hash.split('?')[0] ?? ''
    const start = hash === '' || hash === '#' || hash === '#/'
    // Not onboarded, every page but a code link goes to the welcome page.
    const route = onboarded ? (start || hash === '#/lookup' ? 'lookup' : null) : (hash.indexOf('#/code/') === 0 ? null : 'welcome')
    if (english) document.documentElement.lang = 'en'
    const id = route ? `${route}-${english ? 'en' : 'zh'}` : null
    if (id === ids[0]) return
    const app = document.getElementById('app')
    const template = id ? document.getElementById(`shell-${id}`) as HTMLTemplateElement | null : null
    if (app) app.replaceChildren(...(template ? [template.content.cloneNode(true)] : []))
  }
  catch {
    // Storage blocked (some in-app browsers): keep the Chinese welcome shell; the app corrects it.
  }
}

/**
 * The inline script's source for the given shells (the first is the one already in `#app`).
 * Its hash goes into the Content-Security-Policy, so it must be the same for the same input.
 */
export function shellChooser(ids: readonly string[]): string {
  return `(${chooseShell.toString()})(${JSON.stringify(ids)},${JSON.stringify({ locale: STORAGE_KEYS.locale, onboarded: STORAGE_KEYS.onboarded })})`
}
