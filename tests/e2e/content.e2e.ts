import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CHILDREN_POOL } from '../../src/data/children-pool'
import { onboardHousehold, openApp, useBrowser } from './support/browser'
import { rightAnswerFor } from './support/flows'

// What a child and a parent read: the children's game shows only the children's pool, the Learn
// page explains mastery after a perfect round, and English counts and questions read naturally.
const browser = useBrowser()
const childrenPool = new Set(CHILDREN_POOL)

/** Plays the item on the board with the right bin and returns its id. */
async function sortRight(page: Page): Promise<string> {
  const item = (await page.getByTestId('sort-item').getAttribute('data-item'))!
  await page.locator(`[data-bin="${rightAnswerFor(item)}"]`).click()
  await page.getByTestId('sort-feedback').waitFor()
  await page.getByTestId('sort-next').click()
  return item
}

describe('content for a seven-year-old', () => {
  it('serves the game and the duo round only from the children\'s pool, and explains mastery after perfect rounds', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await page.goto(page.url().replace(/#.*$/, '#/learn/sort'))
    await page.getByTestId('sort-item').waitFor()
    const seen: string[] = []
    for (let i = 0; i < 10; i++) seen.push(await sortRight(page))
    await page.getByTestId('round-points').waitFor()
    await page.getByRole('button', { name: '再玩一轮' }).click()
    await page.getByTestId('sort-item').waitFor()
    for (let i = 0; i < 10; i++) seen.push(await sortRight(page))
    expect(seen.filter(id => !childrenPool.has(id))).toEqual([])

    // Twenty right answers (some items came back for review): nothing is mastered yet, and the page says why.
    await page.getByTestId('round-points').waitFor()
    await page.goto(page.url().replace(/#.*$/, '#/learn'))
    await expect.poll(() => page.getByTestId('learner-progress').textContent()).toBe(`已掌握 0 种，正在学 ${new Set(seen).size} 种 · 错题 0 道`)
    await page.getByText('连续答对 4 次才算掌握').waitFor()

    await page.goto(page.url().replace(/#.*$/, '#/learn/duo'))
    await page.getByTestId('duo-start').click()
    const duo: string[] = []
    for (let i = 0; i < 6; i++) {
      for (const turn of ['child', 'parent']) {
        await page.locator(`[data-turn="${turn}"]`).waitFor()
        const item = (await page.getByTestId('sort-item').getAttribute('data-item'))!
        if (turn === 'child') duo.push(item)
        await page.locator(`[data-bin="${rightAnswerFor(item)}"]`).click()
      }
      await page.getByTestId('duo-next').click()
    }
    await page.getByTestId('duo-result').waitFor()
    expect(duo.filter(id => !childrenPool.has(id))).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('reads naturally in English: one member, a question that fits any name, the duo round\'s name', async () => {
    const { context, page, errors } = await openApp(browser())
    await page.getByTestId('language-en').click()
    await onboardHousehold(page, 'The Wangs', [{ nickname: 'Ming', role: 'child', avatar: '🐼' }])
    await page.goto(page.url().replace(/#.*$/, '#/me'))
    await page.getByText(/· 1 member$/).waitFor()

    await page.goto(page.url().replace(/#.*$/, '#/learn'))
    await page.getByText('Kids teach grown-ups').waitFor()
    await expect.poll(() => page.getByTestId('learner-progress').textContent()).toBe('0 mastered, 0 still learning · 0 to review')

    await page.goto(page.url().replace(/#.*$/, '#/learn/sort'))
    await page.getByTestId('sort-item').waitFor()
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/^Where should the .+ go\?$/)
    expect(errors).toEqual([])
    await context.close()
  })
})
