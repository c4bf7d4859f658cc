import { describe, expect, it } from 'vitest'
import { onboardHousehold, openApp, useBrowser } from './support/browser'

const browser = useBrowser()

const TABS = [
  { link: '查询', heading: '查询' },
  { link: '学习', heading: '学习' },
  { link: '记录', heading: '记录' },
  { link: '我的', heading: '我的' },
]

describe('offline', () => {
  it('works with the network off after one visit, including a reload', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    // Wait until the service worker has precached everything and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) {
        await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
      }
    })
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
})
