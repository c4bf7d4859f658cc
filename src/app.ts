import { createPinia } from 'pinia'
import { createSSRApp } from 'vue'
import App from './App.vue'
import { i18n, savedLocale, setLocale } from './i18n'
import { createAppRouter } from './router'

/**
 * The app, the same in the browser and in the build's prerenderer (src/entry-server.ts): Pinia,
 * vue-i18n in the saved language and the router at the current URL. It is an SSR app so that
 * the browser takes over the prerendered page (hydration) instead of drawing it a second time;
 * with nothing prerendered it simply renders.
 *
 * `pause` runs between making the router (which starts the history) and starting its first
 * navigation: the browser passes its turn there (main.ts), so neither is part of a long task.
 */
export async function createSortHeroApp(pause: () => Promise<void> = async () => {}) {
  const router = createAppRouter()
  await pause()
  const app = createSSRApp(App)
  const pinia = createPinia()
  app.use(pinia).use(i18n).use(router)
  // The language is loaded before the first render, so nothing flashes in the wrong one.
  const ready = Promise.all([router.isReady(), setLocale(savedLocale(), false)]).then(() => undefined)
  return { app, pinia, router, ready }
}
