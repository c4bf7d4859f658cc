/**
 * What a first visit really fetches: each entry route opened in Chromium with service workers
 * blocked (so nothing is served from a cache the user would not have), every script response
 * recorded until the network has been idle for half a second, and each script's gzipped size
 * (zlib's default level, as a static host or CDN compresses it) summed.
 *
 * Routes: `#/welcome` as a first-time visitor sees it, and `#/lookup` as a returning household
 * opens the app (onboarded through the real welcome page first).
 */
import type { Browser, Page } from 'playwright-core'
import { gzipSync } from 'node:zlib'
import { STORAGE_KEYS } from '../../src/stores/storage-keys'
import { onboardHousehold } from '../e2e/support/onboarding'

export interface ScriptLoad {
  /** Path of the script below the app's base URL. */
  file: string
  gzipBytes: number
  /** When the request started, in ms since navigation start. */
  startMs: number
}

export interface RouteLoad {
  route: '#/welcome' | '#/lookup'
  scripts: ScriptLoad[]
  totalGzipKb: number
  /** When the app started taking over the painted page (the `app-hydrating` mark), ms since navigation start. */
  hydratingMs: number | null
  /** When the app had mounted (the `app-mounted` mark), ms since navigation start. */
  mountedMs: number | null
}

const kb = (bytes: number) => Math.round(bytes / 1024 * 10) / 10

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' }

async function record(page: Page, baseUrl: string, route: RouteLoad['route']): Promise<RouteLoad> {
  const pending: Array<Promise<{ file: string, gzipBytes: number } | null>> = []
  page.on('response', (response) => {
    const url = response.url()
    if (!url.startsWith(baseUrl) || !/\.m?js(\?|$)/.test(url)) return
    pending.push(response.body().then(body => ({ file: url.slice(baseUrl.length), gzipBytes: gzipSync(body).length }), () => null))
  })
  await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' })
  const fetched = (await Promise.all(pending)).filter(entry => entry !== null)
  const timing = await page.evaluate(() => ({
    starts: Object.fromEntries(performance.getEntriesByType('resource').map(entry => [entry.name, entry.startTime])),
    hydrating: performance.getEntriesByName('app-hydrating')[0]?.startTime ?? null,
    mounted: performance.getEntriesByName('app-mounted')[0]?.startTime ?? null,
  }))
  const scripts = fetched.map(script => ({ ...script, startMs: Math.round(timing.starts[`${baseUrl}${script.file}`] ?? -1) }))
    .sort((a, b) => a.startMs - b.startMs)
  const ms = (value: number | null) => (value === null ? null : Math.round(value))
  return { route, scripts, totalGzipKb: kb(scripts.reduce((sum, s) => sum + s.gzipBytes, 0)), hydratingMs: ms(timing.hydrating), mountedMs: ms(timing.mounted) }
}

/** Opens both entry routes in fresh contexts and returns what each fetched. */
export async function measureFirstLoad(browser: Browser, baseUrl: string): Promise<{ welcome: RouteLoad, lookup: RouteLoad }> {
  const first = await browser.newContext({ ...PHONE, serviceWorkers: 'block' })
  const welcome = await record(await first.newPage(), baseUrl, '#/welcome')
  await first.close()

  const returning = await browser.newContext({ ...PHONE, serviceWorkers: 'block' })
  const setup = await returning.newPage()
  await setup.goto(baseUrl)
  await onboardHousehold(setup)
  // A returning household's browser remembers what the last visit read (the profile and rule set
  // snapshots the app keeps for its first paint): let that first visit finish writing them.
  await setup.waitForFunction(keys => keys.every(key => localStorage.getItem(key) !== null), [STORAGE_KEYS.profile, STORAGE_KEYS.ruleSet])
  await setup.close()
  // A new page with an empty memory cache: the disk cache of a context is kept, as on a phone.
  const lookup = await record(await returning.newPage(), baseUrl, '#/lookup')
  await returning.close()
  return { welcome, lookup }
}
