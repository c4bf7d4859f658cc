import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, onboardHousehold, openApp, seriousA11yViolations, useBrowser } from './support/browser'
import { readTable } from './support/idb'

const browser = useBrowser()

async function searchFor(page: Page, query: string) {
  const input = page.getByTestId('lookup-input')
  await input.fill(query)
}

describe('lookup', () => {
  it('finds an item by Chinese, pinyin and English as the user types, and shows its answer', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await page.getByTestId('popular').waitFor()

    await searchFor(page, '香蕉')
    const row = page.getByTestId('result-banana-peel')
    await row.waitFor()
    await expect(row.locator('mark').first().textContent()).resolves.toBe('香蕉')
    await expect(row.textContent()).resolves.toContain('厨余垃圾')

    await searchFor(page, 'xiang jiao pi')
    await expect(page.getByTestId('lookup-results').locator('a').first().getAttribute('data-testid')).resolves.toBe('result-banana-peel')
    await searchFor(page, 'Banana Peels')
    await expect(page.getByTestId('lookup-results').locator('a').first().getAttribute('data-testid')).resolves.toBe('result-banana-peel')

    await row.click()
    const card = page.getByTestId('answer-card')
    await card.waitFor()
    await expect(card.getAttribute('data-category')).resolves.toBe('kitchen')
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('厨余垃圾')
    await expect(page.getByTestId('answer-basis').textContent()).resolves.toBe('依据：全国标准')

    // Back returns to the same results; the answer is now a recent lookup.
    await page.getByRole('button', { name: /返回搜索/ }).click()
    await expect(page.getByTestId('lookup-input').inputValue()).resolves.toBe('Banana Peels')
    await searchFor(page, '')
    await page.getByRole('heading', { name: '最近查过' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('starts over with an empty box when the Lookup tab is tapped on a search, and Back brings the search back', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, '电池')
    await page.getByTestId('lookup-answers').waitFor()
    await page.getByRole('navigation').getByRole('link', { name: '查询' }).click()
    await page.getByTestId('popular').waitFor()
    await expect(page.getByTestId('lookup-input').inputValue()).resolves.toBe('')
    await expect(page.getByTestId('lookup-answers').count()).resolves.toBe(0)
    await page.goBack()
    await page.getByTestId('lookup-answers').waitFor()
    await expect(page.getByTestId('lookup-input').inputValue()).resolves.toBe('电池')
    await context.close()
  })

  it('shows look-alikes that go in another bin', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, '大骨头')
    await page.getByTestId('result-large-bone').click()
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('其他垃圾')
    await expect(page.getByTestId('answer-tip').textContent()).resolves.toMatch(/\S/)
    const alike = page.getByRole('region', { name: '长得像，扔法却不同' }).getByRole('link', { name: /鸡骨头/ })
    await alike.click()
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('厨余垃圾')
    await context.close()
  })

  it('lets the household teach an unknown name, which later searches find', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, '神秘小玩意')
    await page.getByTestId('teach-form').waitFor()
    // The miss is recorded once the user pauses.
    await expect.poll(() => readTable(page, 'missedQueries').then(rows => rows.map(r => r.query)), { timeout: 5000 }).toEqual(['神秘小玩意'])

    await page.getByTestId('teach-form').locator('label', { hasText: '可回收物' }).click()
    await page.getByRole('button', { name: '记住它' }).click()
    await page.getByTestId('answer-taught').waitFor()
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('可回收物')
    expect(await readTable(page, 'missedQueries')).toEqual([])

    await page.getByRole('link', { name: '查询' }).click()
    await searchFor(page, 'shenmi')
    const taughtRow = page.getByTestId('lookup-results').locator('a').first()
    await expect(taughtRow.textContent()).resolves.toContain('家里教的')
    await expect(taughtRow.textContent()).resolves.toContain('神秘小玩意')
    expect(errors).toEqual([])
    await context.close()
  })

  it('records "this looks wrong" on the device', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, '香蕉皮')
    await page.getByTestId('result-banana-peel').click()
    await page.getByTestId('looks-wrong').click()
    const dialog = page.getByRole('dialog')
    await dialog.locator('label', { hasText: '其他垃圾' }).click()
    await dialog.getByRole('button', { name: '提交' }).click()
    await page.getByRole('status').filter({ hasText: '谢谢' }).waitFor()
    const corrections = await readTable(page, 'corrections')
    expect(corrections).toMatchObject([{ itemId: 'banana-peel', category: 'other', ruleSet: 'national', query: '香蕉皮' }])
    await context.close()
  })

  it('answers with the chosen city’s rules and says which rules gave the answer', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, '5号电池')
    await page.getByTestId('result-aa-battery').click()
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('有害垃圾')

    await page.getByRole('link', { name: '我的' }).click()
    await page.getByTestId('rule-set-picker').getByLabel('上海规则').check()
    await page.goBack()
    // The setting is saved asynchronously; the answer follows it.
    await expect.poll(() => page.getByTestId('answer-category').textContent()).toBe('干垃圾')
    await expect(page.getByTestId('answer-basis').textContent()).resolves.toBe('依据：上海规则')
    await expect(page.getByTestId('answer-city').textContent()).resolves.toContain('上海')

    // Browsing a bin uses the city's words and lists what the city puts there.
    await page.getByRole('link', { name: '查询' }).click()
    await searchFor(page, '')
    await page.getByRole('link', { name: /湿垃圾/ }).click()
    await page.getByRole('heading', { level: 1, name: '湿垃圾' }).waitFor()
    const fruit = page.locator('details', { has: page.locator('summary', { hasText: '水果' }) })
    if (await fruit.getAttribute('open') === null) await fruit.locator('summary').click()
    await fruit.getByRole('link', { name: /香蕉皮/ }).waitFor()
    // And the dry batteries moved to 干垃圾 there.
    await page.goBack()
    await page.getByRole('link', { name: /干垃圾/ }).click()
    await page.getByRole('heading', { level: 1, name: '干垃圾' }).waitFor()
    await expect.poll(() => page.locator('a', { hasText: '5号电池' }).count()).toBe(1)
    await context.close()
  })

  it('finds no serious accessibility problems on results and answers', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, 'dian')
    await page.getByTestId('lookup-results').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.getByTestId('lookup-results').locator('a').first().click()
    await page.getByTestId('answer-card').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await context.close()
  })
})

describe('lookup in English, and read-aloud', () => {
  it('shows English names and reads the answer aloud with a voice for the UI language', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 740 } })
    // Headless Chromium has no voices; give it one and record what is spoken.
    await context.addInitScript(() => {
      const spoken: Array<{ text: string, lang: string }> = []
      ;(window as unknown as { __spoken: typeof spoken }).__spoken = spoken
      class FakeUtterance {
        voice: unknown = null
        lang = ''
        rate = 1
        onend: (() => void) | null = null
        onerror: (() => void) | null = null
        constructor(readonly text: string) {}
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance })
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => [{ lang: 'en-US', name: 'Test English' }, { lang: 'zh-CN', name: 'Test Mandarin' }],
          speak: (utterance: FakeUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
          cancel: () => {},
          addEventListener: () => {},
          removeEventListener: () => {},
        },
      })
    })
    const page = await context.newPage()
    await page.goto(baseUrl())
    await page.getByTestId('language-en').click()
    await onboardHousehold(page)
    await searchFor(page, 'banana')
    const row = page.getByTestId('result-banana-peel')
    await expect(row.textContent()).resolves.toContain('banana peel')
    await expect(row.textContent()).resolves.toContain('Food Waste')
    await row.click()
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('Food Waste')
    await page.getByTestId('read-aloud').click()
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken)).toEqual([
      { text: 'Put the banana peel in the Food Waste bin.', lang: 'en-US' },
    ])
    await context.close()
  })
})
