import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { memberBalance, onboardHousehold, openApp, useBrowser } from './support/browser'

const browser = useBrowser()

async function memberNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid^="member-"] .member-name').allTextContents()
}

describe('household members', () => {
  it('adds, renames, removes with confirmation, and undoes the removal', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await page.getByRole('link', { name: '我的' }).click()
    await page.getByTestId('member-妈妈').waitFor()

    await page.getByRole('button', { name: '+ 添加成员' }).click()
    await page.getByRole('textbox', { name: '昵称' }).fill('爸爸')
    await page.locator('label', { has: page.locator('input[value="parent"]') }).click()
    await page.getByRole('button', { name: '添加', exact: true }).click()
    await page.getByTestId('member-爸爸').waitFor()
    expect(await memberBalance(page, '爸爸')).toBe('10')

    await page.getByRole('button', { name: '编辑 爸爸' }).click()
    await page.getByTestId('member-爸爸').getByRole('textbox', { name: '昵称' }).fill('老爸')
    await page.getByTestId('member-爸爸').getByRole('button', { name: '保存' }).click()
    await page.getByTestId('member-老爸').waitFor()

    await page.getByRole('button', { name: '删除 老爸？' }).click()
    const dialog = page.getByRole('dialog', { name: '删除 老爸？' })
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(memberNames(page)).resolves.toEqual(['小明', '妈妈', '老爸'])

    await page.getByRole('button', { name: '删除 老爸？' }).click()
    await dialog.getByRole('button', { name: '删除' }).click()
    await page.getByTestId('member-老爸').waitFor({ state: 'detached' })
    await expect(page.getByRole('status').filter({ hasText: '已删除 老爸' }).isVisible()).resolves.toBe(true)
    await page.getByRole('button', { name: '撤销' }).click()
    await page.getByTestId('member-老爸').waitFor()
    expect(await memberBalance(page, '老爸')).toBe('10')
    expect(errors).toEqual([])
    await context.close()
  })

  it('switches the active member in one tap from the header, and remembers it', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    const switcher = page.getByRole('group', { name: '现在是谁在用？' })
    await switcher.getByRole('button', { name: '切换到 妈妈' }).click()
    await expect(switcher.getByRole('button', { name: '切换到 妈妈' }).getAttribute('aria-pressed')).resolves.toBe('true')
    await page.reload()
    await switcher.getByRole('button', { name: '切换到 妈妈', pressed: true }).waitFor()
    await page.getByRole('link', { name: '我的' }).click()
    await expect(page.getByTestId('member-妈妈').textContent()).resolves.toContain('当前使用者')
    await context.close()
  })
})
