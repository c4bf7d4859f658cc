import { createPinia } from 'pinia'
import { createApp, nextTick } from 'vue'
import App from './App.vue'
import { onDataLayer } from './composables/data-layer'
import { i18n, savedLocale, setLocale } from './i18n'
import { router } from './router'
import { reloadOnceOnStaleChunks } from './stale-chunks'
import './styles/tokens.css'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia).use(i18n).use(router)
// The data layer (Dexie) loads when a page first needs data, after the first paint; the app's
// database duties (another tab upgrading, badges) start with it.
onDataLayer(layer => layer.watchDatabase(pinia))
reloadOnceOnStaleChunks(router)

/**
 * The page arrives prerendered (src/cli/prerender), so someone may already have typed into its
 * search box. Mounting draws the app over that markup: carry the text and the focus across.
 */
async function keepWhatWasTyped(): Promise<() => void> {
  const box = document.querySelector<HTMLInputElement>('#app input[type="search"]')
  const typed = box?.value.trim()
  const focused = !!box && document.activeElement === box
  if (typed && router.currentRoute.value.name === 'lookup') await router.replace({ query: { q: typed } })
  return () => {
    if (focused) document.querySelector<HTMLInputElement>('#app input[type="search"]')?.focus()
  }
}

/**
 * Taps on the prerendered shell's buttons before the app ran were remembered by the inline
 * script (src/cli/prerender/shell-chooser.ts) as positions below `#app`; the app has just drawn
 * the same markup, so the same positions are the same buttons: press them now, in order.
 */
async function replayEarlyTaps(): Promise<void> {
  const win = window as unknown as { __sortheroTaps?: number[][] }
  const taps = win.__sortheroTaps ?? []
  win.__sortheroTaps = undefined
  for (const path of taps) {
    let node: Element | undefined = document.getElementById('app') ?? undefined
    for (const index of path) node = node?.children[index]
    if (node instanceof HTMLElement) node.click()
    await nextTick()
  }
}

// A device set to English loads that language before mounting, so nothing flashes.
Promise.all([router.isReady(), setLocale(savedLocale(), false)]).then(async () => {
  const restoreFocus = await keepWhatWasTyped()
  app.mount('#app')
  restoreFocus()
  await replayEarlyTaps()
  // For the first-load measurements (tests/bench/first-load.ts) and the prerenderer.
  performance.mark('app-mounted')
})
