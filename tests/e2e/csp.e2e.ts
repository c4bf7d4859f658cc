import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, onboardHousehold, openApp, useBrowser } from './support/browser'

const browser = useBrowser()

/** Pages a family opens, with the ones that load workers, QR codes and the dictionary. */
const ROUTES = ['/lookup', '/lookup?q=电池', '/lookup/item/used-dry-battery', '/lookup/scan', '/learn', '/learn/sort', '/learn/quiz', '/log', '/me', '/me/rewards']

/** Records every Content-Security-Policy violation the page reports, from its first byte. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`)
    })
  })
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)

describe('the Content-Security-Policy', () => {
  it('is in the built page and the app runs under it without a single violation', async () => {
    const { context, page, errors } = await openApp(browser(), { permissions: ['camera'] })
    await recordViolations(page)
    await page.reload()
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/)
    await onboardHousehold(page)
    expect(await violations(page)).toEqual([])
    for (const route of ROUTES) {
      await page.goto('about:blank')
      await page.goto(`${baseUrl()}#${route}`)
      await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
      await page.waitForLoadState('networkidle')
      expect(await violations(page), route).toEqual([])
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('stops markup that slipped into the page from running script', async () => {
    const { context, page } = await openApp(browser())
    await recordViolations(page)
    await page.reload()
    await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
    await page.evaluate(() => {
      const slot = document.createElement('div')
      slot.innerHTML = '<img src="data:," onerror="window.pwned = true"><a id="js" href="javascript:window.pwned=true">x</a>'
      document.body.append(slot)
      ;(document.getElementById('js') as HTMLAnchorElement).click()
    })
    await expect.poll(() => violations(page).then(list => list.length)).toBeGreaterThan(0)
    await expect(page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).resolves.toBeUndefined()
    await context.close()
  })
})
