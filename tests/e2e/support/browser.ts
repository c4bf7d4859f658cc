import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { CHROMIUM, CHROMIUM_ARGS } from '../../support/chromium'

export { fillHouseholdSteps, memberBalance, onboardHousehold, TWO_MEMBERS } from './onboarding'
export type { MemberSpec } from './onboarding'


export const baseUrl = (): string => inject('baseUrl')

/** A phone-sized viewport: the narrowest screen the app promises to handle. */
export const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, locale: 'zh-CN' }

/** Starts one Chromium for the test file and closes it afterwards. */
export function useBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] })
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('browser not started')
    return browser
  }
}

/**
 * Collects into `into` Vue's complaints that taking over the prerendered page found it drawn
 * differently: a production build only logs that there were mismatches, which is already a bug
 * (an attribute it does not correct, a node it redraws).
 */
export function collectHydrationComplaints(page: Page, into: string[] = []): string[] {
  page.on('console', (message) => {
    if (/hydration/i.test(message.text())) into.push(message.text())
  })
  return into
}

/**
 * A fresh context (empty storage) and page on the app. `errors` collects every page error and
 * every hydration complaint: tests that expect no errors fail on either.
 */
export async function openApp(browser: Browser, options: BrowserContextOptions = {}, hash = ''): Promise<{ context: BrowserContext, page: Page, errors: string[] }> {
  const context = await browser.newContext({ ...PHONE, ...options })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  collectHydrationComplaints(page, errors)
  await page.goto(`${baseUrl()}${hash}`)
  return { context, page, errors }
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<Array<{ id: string, impact: string, nodes: string[] }>> {
  const require = createRequire(import.meta.url)
  // Evaluated through the DevTools protocol rather than added as a <script>: the app's
  // Content-Security-Policy rightly refuses an inline script it does not know.
  if (!await page.evaluate(() => 'axe' in window)) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'))
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string, impact: string, nodes: Array<{ target: string[] }> }> }> } }).axe
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations
      .filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')) }))
  })
}

/** How far the page sticks out sideways beyond the viewport (0 when it fits). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth))
}
