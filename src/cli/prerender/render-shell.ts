/**
 * Renders one app shell from a production build, in Node, for the prerender plugin: the built
 * entry runs against happy-dom exactly as it runs in a browser, and the markup of `#app` at the
 * moment the app has mounted (the `app-mounted` mark in main.ts) is printed as JSON. Run as its
 * own process per shell, so every render starts from fresh modules and globals.
 *
 *   node --import tsx render-shell.ts <built dir> <route> <zh-CN|en> <onboarded: 0|1>
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Window } from 'happy-dom'

const [dir, route, locale, onboarded] = process.argv.slice(2) as [string, string, string, string]
const TIMEOUT_MS = 15_000

const html = readFileSync(path.join(dir, 'index.html'), 'utf8')
// The entry's path below the output folder, whatever base the build was made for.
const entry = /<script type="module"[^>]*src="[^"]*?(assets\/[^"]+\.js)"/.exec(html)?.[1]
if (!entry) throw new Error('no module entry in index.html')

const window = new Window({
  url: `http://localhost/#/${route}`,
  settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigator: { userAgent: 'SortHero prerender' } },
})
const { document } = window
document.write(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''))

// Vite's preload helper waits for each route's stylesheet to load; the markup does not need
// them, so they "load" at once and nothing is fetched.
new window.MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof window.HTMLLinkElement && node.rel === 'stylesheet') setTimeout(() => node.dispatchEvent(new window.Event('load')))
    }
  }
}).observe(document.head, { childList: true })

window.localStorage.setItem('sorthero.locale', locale)
if (onboarded === '1') window.localStorage.setItem('sorthero.onboarded', '1')

for (const key of ['window', 'self', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history', 'HTMLElement', 'Element', 'Node', 'SVGElement', 'MutationObserver', 'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle', 'CustomEvent', 'Event', 'matchMedia', 'performance'] as const) {
  Object.defineProperty(globalThis, key, { value: (window as unknown as Record<string, unknown>)[key], configurable: true, writable: true })
}

function finish(code: number, output: unknown) {
  process.stdout.write(JSON.stringify(output))
  process.exit(code)
}

const mark = window.performance.mark.bind(window.performance)
window.performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
  // Captured synchronously at mount: what the first client render shows, before any data loads.
  if (name === 'app-mounted') finish(0, { html: document.getElementById('app')!.innerHTML, lang: document.documentElement.lang })
  return mark(name, options)
}) as typeof window.performance.mark
// The data layer finds no IndexedDB here; it loads only after mount, so it cannot change the shell.
process.on('unhandledRejection', () => {})
setTimeout(() => finish(1, { error: `the app did not mount within ${TIMEOUT_MS} ms` }), TIMEOUT_MS)
await import(pathToFileURL(path.join(dir, entry)).href)
