import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, onboardHousehold, openApp, overflow, useBrowser } from './support/browser'

const browser = useBrowser()

/** Every page a family reaches, the full-screen modes included. */
const FAMILY_ROUTES = [
  '/lookup',
  '/lookup?q=电池',
  // A guess with its question, a partial match with "teach it", and the answer card of a guess.
  '/lookup?q=某某牌塑料瓶',
  '/lookup?q=魔法扫帚星',
  '/lookup/item/plastic-bottle?q=某某牌塑料瓶&guess=1',
  '/lookup/item/used-dry-battery',
  '/lookup/category/recyclable',
  '/lookup/scan',
  '/learn',
  '/learn/sort',
  '/learn/quiz',
  '/learn/quiz?mode=challenge',
  '/learn/mistakes',
  '/learn/duo',
  '/learn/awareness',
  '/learn/class',
  '/log',
  '/me',
  '/me/rewards',
]

/** Which elements stick out on the right, for the failure message. */
async function culprits(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter(element => element.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(element).visibility !== 'hidden')
    .slice(0, 5)
    .map(element => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${element.textContent?.trim().slice(0, 30)}"`))
}

/**
 * What the page hides, scrolled to the very bottom: the content of main under the fixed tab bar
 * (px, 0 when none), and the placeholders that do not fit their search box or field.
 */
async function hidden(page: Page): Promise<{ underTabBar: number, cutPlaceholders: string[] }> {
  return page.evaluate(() => {
    // 'instant': the app's smooth scrolling would still be on its way when the boxes are read.
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
    const tabBar = document.querySelector('nav.tabbar')
    const barTop = tabBar ? tabBar.getBoundingClientRect().top : window.innerHeight
    // Where main's content ends (its padding is the room left for the tab bar).
    const main = document.querySelector('main')!
    const bottom = main.getBoundingClientRect().bottom - parseFloat(getComputedStyle(main).paddingBottom)
    const context = document.createElement('canvas').getContext('2d')!
    const cutPlaceholders = [...document.querySelectorAll<HTMLInputElement>('main input[placeholder]')].filter((input) => {
      const style = getComputedStyle(input)
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      return input.clientWidth > 0 && context.measureText(input.placeholder).width > room
    }).map(input => input.placeholder)
    return { underTabBar: Math.max(0, Math.round(bottom - barTop)), cutPlaceholders }
  })
}

/** Opens a page afresh (a reload, so nothing of the previous page is still on screen). */
async function open(page: Page, route: string) {
  // A change of hash alone would not reload: leave the app first.
  await page.goto('about:blank')
  await page.goto(`${baseUrl()}#${route}`)
  await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
  await page.waitForLoadState('networkidle')
  await page.locator('main h1, main h2').first().waitFor()
}

describe('at phone width', () => {
  it('no page of a family is wider than the phone, at 360 and 390 px, in Chinese and in English', { timeout: 300_000 }, async () => {
    const { context, page } = await openApp(browser(), { permissions: ['camera'] })
    await onboardHousehold(page)
    for (const locale of ['zh-CN', 'en']) {
      await page.evaluate(value => localStorage.setItem('sorthero.locale', value), locale)
      for (const width of [360, 390]) {
        await page.setViewportSize({ width, height: width === 360 ? 740 : 844 })
        for (const route of FAMILY_ROUTES) {
          await open(page, route)
          expect(await page.evaluate(() => location.hash), 'the page asked for').toBe(`#${encodeURI(route)}`)
          const sticksOut = await overflow(page)
          expect(sticksOut, `${route} at ${width} px in ${locale}: ${(await culprits(page)).join('; ')}`).toBe(0)
          expect(await hidden(page), `${route} at ${width} px in ${locale}`).toEqual({ underTabBar: 0, cutPlaceholders: [] })
        }
      }
    }
    await context.close()
  })

  it('writes every bin name of the correction dialog whole at 360 px (Chinese breaks between any two characters)', async () => {
    const { context, page } = await openApp(browser(), { viewport: { width: 360, height: 740 } })
    await onboardHousehold(page)
    await open(page, '/lookup/item/used-dry-battery')
    await page.getByRole('button', { name: '这个不对？' }).click()
    const names = page.getByRole('dialog').locator('.picker-name')
    await names.first().waitFor()
    // An inline name broken over two lines (可回/收物) has two boxes.
    const lines = await names.evaluateAll(spans => spans.map(span => [span.textContent, span.getClientRects().length] as const))
    expect(lines.map(([name]) => name)).toEqual(['可回收物', '有害垃圾', '厨余垃圾', '其他垃圾'])
    for (const [name, count] of lines) expect(count, name ?? '').toBe(1)
    await context.close()
  })

  it('keeps the tab bar, a delete confirmation and its undo on screen on the Log page', async () => {
    const { context, page } = await openApp(browser(), { viewport: { width: 390, height: 844 } })
    await onboardHousehold(page)
    await open(page, '/log')
    await expect(page.getByRole('navigation').getByRole('link', { name: '记录' }).isVisible()).resolves.toBe(true)
    await page.getByTestId('log-row-kitchen').getByTestId('more').click()
    await page.getByTestId('save-day').click()
    await page.getByRole('button', { name: '删除这一天' }).click()
    const dialog = page.getByRole('dialog')
    const box = await dialog.boundingBox()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(390)
    await dialog.getByRole('button', { name: /删除/ }).click()
    const undo = page.getByRole('button', { name: '撤销' })
    await undo.waitFor()
    const undoBox = await undo.boundingBox()
    expect(undoBox!.x + undoBox!.width).toBeLessThanOrEqual(390)
    await undo.click()
    await context.close()
  })
})
