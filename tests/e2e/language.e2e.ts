import { describe, expect, it } from 'vitest'
import { onboardHousehold, openApp, useBrowser } from './support/browser'

const browser = useBrowser()

describe('language', () => {
  it('switches to English and back, and each choice survives a reload', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await page.getByRole('link', { name: '我的' }).click()
    await page.getByTestId('language-en').click()
    await page.getByRole('heading', { level: 1, name: 'Me' }).waitFor()
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en')

    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Me' }).waitFor()
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).textContent()).resolves.toBe('LookupLearnLogMe')
    await expect(page.title()).resolves.toBe('Me · SortHero')

    await page.getByTestId('language-zh-CN').click()
    await page.getByRole('heading', { level: 1, name: '我的' }).waitFor()
    await page.reload()
    await page.getByRole('heading', { level: 1, name: '我的' }).waitFor()
    await expect(page.getByRole('navigation', { name: '主导航' }).textContent()).resolves.toBe('查询学习记录我的')
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN')
    expect(errors).toEqual([])
    await context.close()
  })

  it('can be chosen on the welcome page before anything else', async () => {
    const { context, page } = await openApp(browser())
    await page.getByTestId('language-en').click()
    await page.getByRole('heading', { level: 1, name: 'Welcome to SortHero' }).waitFor()
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Welcome to SortHero' }).waitFor()
    await context.close()
  })
})
