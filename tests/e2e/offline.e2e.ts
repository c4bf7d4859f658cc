import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { onboardHousehold, openApp, useBrowser } from './support/browser'

const browser = useBrowser()

const TABS = [
  { link: '查询', heading: '查询' },
  { link: '学习', heading: '学习' },
  { link: '记录', heading: '记录' },
  { link: '我的', heading: '我的' },
]

/** Waits until a service worker has precached the app and controls the page. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    }
  })
}

describe('offline', () => {
  it('works with the network off after one visit, including a reload', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await controlled(page)
    await page.getByTestId('pwa-prompt').waitFor()
    await expect(page.getByTestId('pwa-prompt').textContent()).resolves.toContain('已可以离线使用')

    await context.setOffline(true)
    await page.reload()
    for (const tab of TABS) {
      await page.getByRole('navigation').getByRole('link', { name: tab.link }).click()
      await page.getByRole('heading', { level: 1, name: tab.heading }).waitFor()
    }
    // The household came from IndexedDB, not the network.
    await page.getByTestId('member-妈妈').waitFor()
    // The dictionary chunk is precached too: lookups work offline.
    await page.getByRole('navigation').getByRole('link', { name: '查询' }).click()
    await page.getByTestId('lookup-input').fill('香蕉皮')
    await page.getByTestId('result-banana-peel').click()
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('厨余垃圾')
    // A direct reload of a lazily loaded route, offline, still renders.
    await page.goto(page.url().replace(/#.*$/, '#/learn'))
    await page.reload()
    await page.getByRole('heading', { level: 1, name: '学习' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('says "ready to work offline" once per device, not again when the browser has dropped the cache', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await controlled(page)
    await page.getByTestId('pwa-prompt').waitFor()
    // The browser drops the app's worker and cache (low space, site data cleared); the household stays.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'service_workers,cache_storage' })
    await page.reload()
    await controlled(page)
    await expect.poll(() => page.evaluate(() => caches.keys().then(keys => keys.length))).toBeGreaterThan(0)
    // The worker installed again, and the page heard it: the toast would have been drawn by now.
    await page.waitForTimeout(1000)
    await expect(page.getByTestId('pwa-prompt').count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
