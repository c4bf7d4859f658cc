import { describe, expect, it } from 'vitest'
import { onboardHousehold, openApp, seriousA11yViolations, useBrowser } from './support/browser'

const browser = useBrowser()

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violations on the welcome page', async () => {
    const { context, page } = await openApp(browser())
    await page.getByTestId('choose-household').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await context.close()
  })

  it.each([
    ['lookup', '查询'],
    ['learn', '学习'],
    ['log', '记录'],
    ['me', '我的'],
  ])('finds no serious or critical violations on the %s tab', async (route, heading) => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await page.goto(page.url().replace(/#.*$/, `#/${route}`))
    await page.getByRole('heading', { level: 1, name: heading }).waitFor()
    // The header arrives with the lazily loaded data layer; check the full page.
    await page.getByRole('group', { name: '现在是谁在用？' }).waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await context.close()
  })

  it.each([
    ['sorting game', '#/learn/sort', 'sort-item'],
    ['rules quiz', '#/learn/quiz', 'question'],
  ])('finds no serious or critical violations in the %s', async (_name, hash, testId) => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await page.goto(page.url().replace(/#.*$/, hash))
    await page.getByTestId(testId).waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await context.close()
  })

  it('finds no serious or critical violations in dark mode', async () => {
    const { context, page } = await openApp(browser(), { colorScheme: 'dark' })
    await onboardHousehold(page)
    await page.getByRole('link', { name: '我的' }).click()
    await page.getByTestId('member-小明').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await context.close()
  })
})
