import { renderToString } from 'vue/server-renderer'
import { createSortHeroApp } from './app'

/**
 * Renders the app at the current URL to HTML, for the build's prerenderer
 * (src/cli/prerender/render-shell.ts, which provides the browser globals: the URL, localStorage
 * with the language and the onboarding flag). What it renders is what the app's first render in
 * the browser draws, before any data has loaded, so the browser can hydrate it.
 */
export async function render(): Promise<{ html: string, lang: string }> {
  const { app, ready } = await createSortHeroApp()
  await ready
  return { html: await renderToString(app), lang: document.documentElement.lang }
}
