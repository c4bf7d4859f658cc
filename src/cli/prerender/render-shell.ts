/**
 * Renders one app shell for the prerender plugin: the server build of the app
 * (`src/entry-server.ts`) runs in Node with happy-dom standing in for the browser's globals — the
 * URL, localStorage holding the language, the onboarding flag and the rule set, `document` — so every line of
 * app code runs as it does in a browser at start-up. Prints `{ html }` as JSON. Run as its own
 * process per shell, so each render starts from fresh modules and globals.
 *
 *   node --import tsx render-shell.ts <server entry.js> <route> <zh-CN|en> <onboarded: 0|1> <rule set id>
 */
import { pathToFileURL } from 'node:url'
import { Window } from 'happy-dom'
import { STORAGE_KEYS } from '../../stores/storage-keys.ts'

const [entry, route, locale, onboarded, ruleSet] = process.argv.slice(2) as [string, string, string, string, string]
const TIMEOUT_MS = 15_000

const window = new Window({
  url: `http://localhost/#/${route}`,
  settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigator: { userAgent: 'SortHero prerender' } },
})
window.document.write('<!doctype html><html lang="zh-CN"><head></head><body><div id="app"></div></body></html>')
window.localStorage.setItem(STORAGE_KEYS.locale, locale)
if (onboarded === '1') window.localStorage.setItem(STORAGE_KEYS.onboarded, '1')
// As the app remembers it from the last visit, to name the bins before the database is read.
if (ruleSet !== 'national') window.localStorage.setItem(STORAGE_KEYS.ruleSet, ruleSet)

for (const key of ['window', 'self', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history', 'HTMLElement', 'Element', 'Node', 'SVGElement', 'MutationObserver', 'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle', 'CustomEvent', 'Event', 'matchMedia'] as const) {
  Object.defineProperty(globalThis, key, { value: (window as unknown as Record<string, unknown>)[key], configurable: true, writable: true })
}

function finish(code: number, output: unknown) {
  process.stdout.write(JSON.stringify(output))
  process.exit(code)
}

// Start-up work that outlives the render (the data layer finds no IndexedDB here) is not the shell's.
process.on('unhandledRejection', () => {})
setTimeout(() => finish(1, { error: `rendering took more than ${TIMEOUT_MS} ms` }), TIMEOUT_MS).unref()
try {
  const { render } = await import(pathToFileURL(entry).href) as { render: () => Promise<{ html: string, lang: string }> }
  finish(0, await render())
}
catch (error) {
  finish(1, { error: String((error as Error)?.stack ?? error) })
}
