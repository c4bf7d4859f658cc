import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { memberBalance, onboardHousehold, openApp, seriousA11yViolations, useBrowser } from './support/browser'
import { logDay } from './support/flows'

const browser = useBrowser()

/** Today's date as the browser sees it, and the dates of the days before. */
async function lastDays(page: Page, count: number): Promise<string[]> {
  return page.evaluate(n => Array.from({ length: n }, (_, i) => {
    const date = new Date()
    date.setDate(date.getDate() - (n - 1 - i))
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
  }), count)
}

const rate = (page: Page) => page.getByTestId('collection-rate').textContent()

describe('the household log', () => {
  it('logs a week: the rate and chart follow, the streak earns its badge and points', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await page.getByRole('link', { name: '记录' }).click()
    const week = await lastDays(page, 7)
    // The first day puts one bag of residual waste out mixed; the rest are fully sorted.
    await logDay(page, week[0]!, { kitchen: 2, other: 1, mixedOther: true })
    await page.getByRole('button', { name: '全部', exact: true }).click()
    // 2 kitchen bags × 1.5 kg sorted, 1 residual bag × 1 kg mixed: 3 / 4.
    await expect.poll(() => rate(page)).toBe('75%')
    for (const date of week.slice(1)) await logDay(page, date, { kitchen: 1, other: 1 })
    // Sorted: 3 + 6 × 2.5 = 18 kg of 4 + 6 × 2.5 = 19 kg.
    await expect.poll(() => rate(page)).toBe('95%')
    await expect(page.getByTestId('streak').getAttribute('data-streak')).resolves.toBe('7')
    await expect.poll(() => page.getByTestId('weekly-chart').locator('rect[data-rate]').count()).toBeGreaterThanOrEqual(1)
    await expect(page.getByTestId('collection-projection').getAttribute('data-state')).resolves.toBe('reached')

    await page.getByRole('link', { name: '我的' }).click()
    await page.locator('[data-badge="streak-7"]').waitFor()
    await page.locator('[data-badge="first-log"]').waitFor()
    // 10 welcome + 7 days × 3 + 6 sorted days × 5 + 20 for the streak.
    expect(await memberBalance(page, '小明')).toBe(String(10 + 21 + 30 + 20))
    expect(errors).toEqual([])
    await context.close()
  })

  it('edits a day, quick-logs "same as usual", and undoes a deleted day', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await page.getByRole('link', { name: '记录' }).click()
    const [yesterday, today] = await lastDays(page, 2)
    await logDay(page, yesterday!, { kitchen: 1, other: 2 })
    await page.locator(`[data-date="${today}"]`).first().click()
    await page.getByTestId('quick-log').click()
    await expect.poll(() => page.locator(`button[data-date="${today}"]`).textContent()).toContain('✓')
    await expect.poll(() => page.getByTestId('log-row-other').getByTestId('bags').textContent()).toBe('2')

    // Edit today: one residual bag went out mixed.
    await page.getByTestId('log-row-other').getByTestId('bag-1').click()
    await page.getByTestId('save-day').click()
    await page.getByRole('button', { name: '本月', exact: true }).click()
    await expect.poll(() => rate(page)).toBe(`${Math.round(((1.5 + 2) + (1.5 + 1)) / ((1.5 + 2) * 2) * 100)}%`)

    // Delete today, then undo.
    await page.getByTestId('delete-day').click()
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
    await expect.poll(() => page.locator(`button[data-date="${today}"]`).textContent()).not.toContain('✓')
    await page.getByRole('button', { name: '撤销' }).click()
    await expect.poll(() => page.locator(`button[data-date="${today}"]`).textContent()).toContain('✓')
    await expect.poll(() => page.getByTestId('log-row-other').getByTestId('bags').textContent()).toBe('2')
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.getByRole('link', { name: '我的' }).click()
    // 10 + yesterday 3 + 5 + today 3 (no longer fully sorted).
    expect(await memberBalance(page, '小明')).toBe('21')
    await context.close()
  })

  it('refuses a day in the future, and drops the refusal once another day is picked', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await page.getByRole('link', { name: '记录' }).click()
    const [yesterday, today] = await lastDays(page, 2)
    const tomorrow = await page.evaluate(() => {
      const date = new Date()
      date.setDate(date.getDate() + 1)
      return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
    })
    // The date field's max stops the picker, not a typed date.
    await page.getByTestId('log-date').fill(tomorrow)
    await page.locator(`[data-testid="log-day"][data-date="${tomorrow}"]`).waitFor()
    await page.getByTestId('log-row-kitchen').getByTestId('more').click()
    await page.getByTestId('save-day').click()
    const refusal = page.getByTestId('log-day').getByRole('alert')
    await expect.poll(() => refusal.textContent()).toContain('还不能记录将来的日子')
    await page.locator(`button[data-date="${yesterday}"]`).click()
    await page.locator(`[data-testid="log-day"][data-date="${yesterday}"]`).waitFor()
    await expect(refusal.count()).resolves.toBe(0)
    expect(today).not.toBe(tomorrow)
    await context.close()
  })
})
