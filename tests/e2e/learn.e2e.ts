import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '../../src/domain/categories'
import { memberBalance, onboardHousehold, openApp, useBrowser } from './support/browser'
import { answerAwarenessCheck, rightAnswerFor, wrongFor } from './support/flows'

const browser = useBrowser()

async function currentItem(page: Page): Promise<string> {
  return (await page.getByTestId('sort-item').getAttribute('data-item'))!
}

/** Answers the current sorting-game item: by dragging, by keyboard or by tapping. */
async function sortOne(page: Page, how: 'drag' | 'keyboard' | 'tap', right: boolean): Promise<string> {
  const item = await currentItem(page)
  const answer = right ? rightAnswerFor(item) : wrongFor(rightAnswerFor(item))
  if (how === 'drag') await page.getByTestId('sort-item').dragTo(page.locator(`[data-bin="${answer}"]`))
  else if (how === 'keyboard') await page.keyboard.press(String(CATEGORIES.indexOf(answer) + 1))
  else await page.locator(`[data-bin="${answer}"]`).click()
  await page.getByTestId('sort-feedback').waitFor()
  // A right answer also moves on by itself after 1.4 s, which on a loaded machine can come first.
  await page.getByTestId('sort-next').click({ timeout: right ? 1_000 : undefined }).catch((error: unknown) => {
    if (!right) throw error
  })
  const items = page.getByTestId('sort-item')
  await expect.poll(async () => await items.count() === 0 || await currentItem(page) !== item).toBe(true)
  // The next item is at rest where it belongs from its first frame: it does not travel back from
  // the bin the last one went into (something a child could grab mid-way, or a drag could miss).
  if (await items.count() > 0) expect(await items.evaluate(card => getComputedStyle(card).translate)).toMatch(/^(none|0px|0px 0px)$/)
  return item
}

async function balanceOf(page: Page, nickname: string): Promise<number> {
  await page.goto(page.url().replace(/#.*$/, '#/me'))
  return Number(await memberBalance(page, nickname))
}

describe('the sorting game', () => {
  it('lets a child finish ten items by dragging and by keyboard, with stars and points', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await page.getByRole('link', { name: '学习' }).click()
    await page.getByTestId('mode-sort').click()
    await page.getByTestId('sort-item').waitFor()
    const plan: Array<['drag' | 'keyboard' | 'tap', boolean]> = [
      ['drag', true], ['drag', true], ['drag', false], ['keyboard', true], ['keyboard', true],
      ['keyboard', false], ['drag', true], ['keyboard', true], ['tap', true], ['drag', true],
    ]
    for (const [how, right] of plan) await sortOne(page, how, right)

    const result = page.getByTestId('round-result')
    await result.waitFor()
    await expect(result.locator('[data-stars]').getAttribute('data-stars')).resolves.toBe('2')
    await expect(page.getByTestId('round-score').textContent()).resolves.toBe('答对 8 个，共 10 个')
    await expect.poll(() => page.getByTestId('round-points').textContent()).toBe('获得 21 积分')
    // Welcome points plus 8 × 2 for right answers and 5 for the round.
    expect(await balanceOf(page, '小明')).toBe(31)
    expect(errors).toEqual([])
    await context.close()
  })

  it('brings a missed item back in the next round', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await page.goto(page.url().replace(/#.*$/, '#/learn/sort'))
    await page.getByTestId('sort-item').waitFor()
    const missed = await sortOne(page, 'tap', false)
    for (let i = 1; i < 10; i++) await sortOne(page, 'tap', true)
    await page.getByTestId('round-result').waitFor()
    await expect.poll(() => page.getByTestId('round-points').textContent()).toBe('获得 23 积分')

    await page.getByRole('button', { name: '再玩一轮' }).click()
    const seen: string[] = []
    for (let i = 0; i < 10; i++) seen.push(await sortOne(page, 'tap', true))
    expect(seen).toContain(missed)
    await context.close()
  })
})

describe('the awareness check', () => {
  it('marks a parent aware after failing and then passing, and the household rate changes', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await page.goto(page.url().replace(/#.*$/, '#/learn/awareness'))
    await expect.poll(() => page.getByTestId('household-awareness').getAttribute('data-rate')).toBe('0')

    await answerAwarenessCheck(page, '🐱 妈妈', false)
    await expect(page.getByTestId('awareness-result').getAttribute('data-passed')).resolves.toBe('false')
    await expect(page.getByTestId('awareness-score').textContent()).resolves.toBe('得分：0 / 10')
    await expect(page.getByTestId('awareness-妈妈').getAttribute('data-state')).resolves.toBe('not-yet')

    await page.getByTestId('awareness-again').click()
    await answerAwarenessCheck(page, '🐱 妈妈', true)
    await expect(page.getByTestId('awareness-result').getAttribute('data-passed')).resolves.toBe('true')
    await expect.poll(() => page.getByTestId('household-awareness').getAttribute('data-rate')).toBe('50')
    await expect(page.getByTestId('awareness-妈妈').getAttribute('data-state')).resolves.toBe('aware')
    // The Me page shows the same, and the 50 points for passing.
    expect(await balanceOf(page, '妈妈')).toBe(60)
    await expect(page.getByTestId('household-awareness').getAttribute('data-rate')).resolves.toBe('50')
    await context.close()
  })

  it('keeps the member while a check runs, and asks before a tab throws the check away', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await page.goto(page.url().replace(/#.*$/, '#/learn/awareness'))
    await page.getByTestId('awareness-start').click()
    await page.getByTestId('question').waitFor()
    const switcher = page.getByRole('group', { name: '现在是谁在用？' })
    await expect(switcher.getByRole('button', { name: '切换到 妈妈' }).isDisabled()).resolves.toBe(true)

    // Another tab asks first; staying keeps the question on screen.
    await page.getByRole('link', { name: '记录' }).click()
    const dialog = page.getByRole('dialog', { name: '要离开测试吗？' })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: '继续测试' }).click()
    await expect(page.getByTestId('question').isVisible()).resolves.toBe(true)
    expect(page.url()).toMatch(/#\/learn\/awareness$/)

    // Leaving does leave, and hands the switcher back.
    await page.getByRole('link', { name: '记录' }).click()
    await dialog.getByRole('button', { name: '离开' }).click()
    await page.waitForURL(/#\/log$/)
    await expect(switcher.getByRole('button', { name: '切换到 妈妈' }).isDisabled()).resolves.toBe(false)
    await context.close()
  })
})

describe('full-screen modes', () => {
  it('the 60-second challenge can be left before it starts, and a game shows who is playing', async () => {
    const { context, page } = await openApp(browser(), { viewport: { width: 360, height: 740 } })
    await onboardHousehold(page)
    await page.goto(page.url().replace(/#.*$/, '#/learn/quiz?mode=challenge'))
    const exit = page.getByTestId('challenge-exit')
    await exit.waitFor()
    await expect(exit.isVisible()).resolves.toBe(true)
    await exit.click()
    await page.waitForURL(/#\/learn$/)

    await page.getByTestId('mode-sort').click()
    const player = page.getByTestId('game-player')
    await player.waitFor()
    await expect(player.textContent()).resolves.toContain('🐼')
    await expect(player.getAttribute('aria-label')).resolves.toBe('小明 正在玩')
    await context.close()
  })
})

describe('小手拉大手', () => {
  it('credits both the child and the parent, and says who taught whom', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await page.goto(page.url().replace(/#.*$/, '#/learn/duo'))
    await page.getByTestId('duo-start').click()
    for (let i = 0; i < 6; i++) {
      // The child gets everything right; the parent misses the first two.
      await page.locator('[data-turn="child"]').waitFor()
      let item = await currentItem(page)
      await page.locator(`[data-bin="${rightAnswerFor(item)}"]`).click()
      await page.locator('[data-turn="parent"]').waitFor()
      item = await currentItem(page)
      await page.locator(`[data-bin="${i < 2 ? wrongFor(rightAnswerFor(item)) : rightAnswerFor(item)}"]`).click()
      await page.getByTestId('duo-next').click()
    }
    await page.getByTestId('duo-result').waitFor()
    await expect(page.getByTestId('duo-result').textContent()).resolves.toContain('小明 答对 6 个，妈妈 答对 4 个')
    await expect(page.getByTestId('duo-result').textContent()).resolves.toContain('小明教会了妈妈')
    await expect.poll(() => page.getByTestId('duo-points').textContent()).toContain('小明 获得 17 积分')
    expect(await balanceOf(page, '小明')).toBe(27)
    expect(await balanceOf(page, '妈妈')).toBe(23)
    await context.close()
  })
})

describe('the rules quiz', () => {
  it('explains every answer, and keeps what was missed in "my mistakes"', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await page.goto(page.url().replace(/#.*$/, '#/learn/quiz'))
    let wrong = 0
    for (let i = 0; i < 10; i++) {
      const question = page.getByTestId('question')
      await question.waitFor()
      await question.locator('[data-choice]').first().click()
      const feedback = page.getByTestId('question-feedback')
      await feedback.waitFor()
      if ((await feedback.textContent())!.includes('答错了')) wrong++
      await page.getByTestId('question-next').click()
    }
    await page.getByTestId('round-result').waitFor()
    await expect(page.getByTestId('round-score').textContent()).resolves.toBe(`答对 ${10 - wrong} 个，共 10 个`)

    await page.goto(page.url().replace(/#.*$/, '#/learn/mistakes'))
    if (wrong === 0) {
      await page.getByText('还没有错题').waitFor()
    }
    else {
      await expect.poll(() => page.getByTestId('mistakes').locator('li').count()).toBe(wrong)
      await page.getByTestId('practice-mistakes').click()
      await page.getByTestId('question').waitFor()
      await expect(page.getByText(`1/${wrong}`).count()).resolves.toBe(1)
    }
    expect(errors).toEqual([])
    await context.close()
  })
})
