import type { Router } from 'vue-router'
import { nextTick } from 'vue'
import { createSortHeroApp } from './app'
import { onDataLayer } from './composables/data-layer'
import { reloadOnceOnStaleChunks } from './stale-chunks'
import './styles/tokens.css'
import './styles/base.css'

// The browser's offer to install fires once, early: kept for Me's install card (useInstallPrompt),
// whose code loads only with that card.
addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault()
  ;(globalThis as { installOffer?: Event }).installOffer = event
})

/**
 * The page arrives prerendered (src/cli/prerender), so someone may already have typed into its
 * search box before the app ran. Read the text and the focus before the app takes the page over
 * (hydrating sets the box to the page's query, empty); the returned step puts both back after it,
 * as a search in the address (the page reads its query from the URL). Putting the query in the
 * address before would make the page draw results the painted shell does not have: a mismatch.
 */
function keepWhatWasTyped(router: Router): () => Promise<void> {
  const box = document.querySelector<HTMLInputElement>('#app input[type="search"]')
  const typed = box?.value.trim()
  const focused = !!box && document.activeElement === box
  return async () => {
    if (typed && router.currentRoute.value.name === 'lookup') await router.replace({ query: { q: typed } })
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

/**
 * Lets the browser have its turn (a tap, a frame) before the next step of starting up. On a slow
 * phone, evaluating the scripts, making the app and hydrating the page each take tens of
 * milliseconds; run back to back they would be one long task during which a tap waits.
 */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise(resolve => setTimeout(resolve, 0))
}

async function start(): Promise<void> {
  await yieldToBrowser()
  const { app, pinia, router, ready } = await createSortHeroApp(yieldToBrowser)
  // The data layer (Dexie) loads when a page first needs data, after the first paint; the app's
  // database duties (another tab upgrading, badges) start with it.
  onDataLayer(layer => layer.watchDatabase(pinia))
  reloadOnceOnStaleChunks(router)
  await ready
  await yieldToBrowser()
  const putBackWhatWasTyped = keepWhatWasTyped(router)
  // Everything fetched before this mark was needed to start; data is loaded from here on.
  performance.mark('app-hydrating')
  // Mounting hydrates the prerendered shell: the same DOM, now live.
  app.mount('#app')
  await putBackWhatWasTyped()
  await replayEarlyTaps()
  // For the first-load measurements (tests/bench/first-load.ts) and the browser tests.
  performance.mark('app-mounted')
}

void start()
