import { describe, expect, it } from 'vitest'
import { fillHouseholdSteps, memberBalance, onboardHousehold, openApp, useBrowser } from './support/browser'

const browser = useBrowser()

describe('first-run onboarding', () => {
  it('creates a household with two members, who appear with their welcome points', async () => {
    const { context, page, errors } = await openApp(browser())
    await page.waitForURL(/#\/welcome$/)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('欢迎来到分类小达人')

    await onboardHousehold(page)
    // Both members are in the header switcher; the first one added is active.
    const switcher = page.getByRole('group', { name: '现在是谁在用？' })
    await switcher.getByRole('button', { name: '切换到 妈妈' }).waitFor()
    await expect(switcher.getByRole('button').allTextContents()).resolves.toEqual(['🐼小明', '🐱妈妈'])
    await expect(switcher.getByRole('button', { pressed: true }).textContent()).resolves.toContain('小明')

    await page.getByRole('link', { name: '我的' }).click()
    await page.getByTestId('member-小明').waitFor()
    expect(await memberBalance(page, '小明')).toBe('10')
    expect(await memberBalance(page, '妈妈')).toBe('10')
    await expect(page.getByTestId('household-card').textContent()).resolves.toContain('江阳区')

    // Everything was saved on the device: a reload comes back to the same household.
    await page.reload()
    await page.getByTestId('member-妈妈').waitFor()
    await page.getByTestId('member-妈妈').getByRole('button', { name: '最近的积分记录' }).click()
    await page.getByTestId('member-妈妈').getByText('加入分类小达人').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('lets a teacher start in teacher mode and later set up a household', async () => {
    const { context, page, errors } = await openApp(browser())
    await page.getByTestId('choose-teacher').click()
    await page.getByRole('textbox', { name: '您的称呼' }).fill('王老师')
    await page.getByRole('textbox', { name: /学校/ }).fill('小街子小学')
    await page.getByRole('button', { name: '开始使用' }).click()
    // A teacher's next step is the first class.
    await page.waitForURL(/#\/class\/setup$/)
    await page.getByText('王老师').first().waitFor()

    await page.getByRole('link', { name: '我的' }).click()
    await expect(page.getByText('小街子小学').textContent()).resolves.toContain('小街子小学')
    await page.getByTestId('to-household').click()
    await page.waitForURL(/welcome\?add=household/)
    await fillHouseholdSteps(page, '王家', [{ nickname: '王老师', role: 'parent', avatar: '🐯' }])
    await page.waitForURL(/#\/me$/)
    await page.getByTestId('member-王老师').waitFor()
    await expect(page.getByTestId('household-card').textContent()).resolves.toContain('王家')
    // The header now shows the household's member switcher instead of the teacher's name.
    await page.getByRole('group', { name: '现在是谁在用？' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
