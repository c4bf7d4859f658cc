import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { onboardHousehold, openApp, overflow, seriousA11yViolations, useBrowser } from './support/browser'
import { readTable } from './support/idb'

const browser = useBrowser()

/** Types a query into the lookup page's search box. */
async function searchFor(page: Page, query: string) {
  await page.getByTestId('lookup-input').fill(query)
}

/** The search results' rows: each row's test id (the item) and how sure it is, in order. */
function rows(page: Page, group: 'lookup-answers' | 'lookup-suggestions') {
  return page.getByTestId(group).locator('li').evaluateAll(items => items.map(li => `${li.querySelector('a')?.dataset.testid} ${(li as HTMLElement).dataset.certainty}`))
}

describe('lookup: sure answers, guesses and suggestions', () => {
  it('answers 酸奶瓶 for sure: recyclable, with no guess wording', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, '酸奶瓶')
    const row = page.getByTestId('result-plastic-yogurt-bottle')
    await row.waitFor()
    expect(await rows(page, 'lookup-answers')).toEqual(['result-plastic-yogurt-bottle sure'])
    await expect(row.textContent()).resolves.toContain('可回收物')
    await expect(page.getByTestId('lookup-answers').textContent()).resolves.not.toMatch(/大概|判断|对吗/)
    // The glass jar it only resembles is offered as a suggestion, under its own heading.
    await expect(page.getByTestId('lookup-suggestions').getByRole('heading').textContent()).resolves.toBe('是不是要找……')

    await row.click()
    const card = page.getByTestId('answer-card')
    await card.waitFor()
    await expect(card.getAttribute('data-certainty')).resolves.toBe('sure')
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('可回收物')
    await expect(card.textContent()).resolves.toContain('应该扔进')
    await expect(page.getByTestId('guess-prompt').count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('judges an unknown 某某牌塑料瓶 as a plastic bottle, says so, and answers for sure once confirmed, after a reload too', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, '某某牌塑料瓶')
    await page.getByTestId('result-plastic-bottle').waitFor()
    expect(await rows(page, 'lookup-answers')).toEqual(['result-plastic-bottle guess'])
    const answers = page.getByTestId('lookup-answers')
    await expect(answers.getByTestId('guess-assumed').textContent()).resolves.toBe('按塑料瓶判断')
    await expect(answers.textContent()).resolves.toContain('大概是可回收物')
    await expect(answers.textContent()).resolves.toContain('对吗？')
    expect(await seriousA11yViolations(page)).toEqual([])

    // The answer card opened from the guess shows the same doubt, and asks the same question.
    await page.getByTestId('result-plastic-bottle').click()
    const card = page.getByTestId('answer-card')
    await card.waitFor()
    await expect(card.getAttribute('data-certainty')).resolves.toBe('guess')
    await expect(card.textContent()).resolves.toContain('大概扔进')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('某某牌塑料瓶')
    await expect(card.getByTestId('guess-assumed').textContent()).resolves.toBe('按塑料瓶判断')
    expect(await seriousA11yViolations(page)).toEqual([])

    // One tap: right. The name is taught as the plastic bottle, and its answer is now sure.
    await card.getByTestId('guess-confirm').click()
    await page.getByTestId('answer-taught').waitFor()
    await expect(page.getByTestId('answer-card').getAttribute('data-certainty')).resolves.toBe('sure')
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('可回收物')
    expect(await readTable(page, 'taughtItems')).toMatchObject([{ name: '某某牌塑料瓶', category: 'recyclable', similarItemId: 'plastic-bottle' }])

    await page.reload()
    await page.getByRole('link', { name: '查询' }).click()
    await searchFor(page, '某某牌塑料瓶')
    const taught = page.getByTestId('lookup-answers').locator('a').first()
    await expect.poll(() => taught.textContent()).toContain('家里教的')
    expect(await rows(page, 'lookup-answers')).toEqual([expect.stringMatching(/^result-taught:\S+ sure$/)])
    await expect(page.getByTestId('guess-prompt').count()).resolves.toBe(0)
    await expect(taught.textContent()).resolves.toContain('可回收物')
    expect(errors).toEqual([])
    await context.close()
  })

  it('records a guess corrected to another bin, and then answers with that bin', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, '某某牌果皮')
    await page.getByTestId('result-fruit-peel').waitFor()
    expect(await rows(page, 'lookup-answers')).toEqual(['result-fruit-peel guess'])
    await expect(page.getByTestId('guess-assumed').textContent()).resolves.toBe('按水果皮判断')

    // Not right: pick the bin the household knows is right, straight from the list.
    await page.getByTestId('lookup-answers').getByTestId('guess-correct').click()
    const dialog = page.getByRole('dialog')
    await dialog.locator('label', { hasText: '其他垃圾' }).click()
    await dialog.getByRole('button', { name: '提交' }).click()
    await page.getByTestId('answer-taught').waitFor()
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('其他垃圾')
    expect(await readTable(page, 'corrections')).toMatchObject([{ itemId: 'fruit-peel', query: '某某牌果皮', category: 'other', ruleSet: 'national' }])
    expect(await readTable(page, 'taughtItems')).toMatchObject([{ name: '某某牌果皮', category: 'other' }])

    await page.getByRole('link', { name: '查询' }).click()
    await searchFor(page, '某某牌果皮')
    await expect.poll(() => rows(page, 'lookup-answers')).toEqual([expect.stringMatching(/^result-taught:\S+ sure$/)])
    await expect(page.getByTestId('lookup-answers').textContent()).resolves.toContain('其他垃圾')
    expect(errors).toEqual([])
    await context.close()
  })

  it('offers "not what you meant? teach it" under a partial match (魔法扫帚星 → 扫把)', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, '魔法扫帚星')
    await page.getByTestId('lookup-suggestions').waitFor()
    // The broom is only a suggestion: nothing is presented as the answer.
    expect(await rows(page, 'lookup-suggestions')).toEqual(['result-broom suggestion'])
    await expect(page.getByTestId('lookup-answers').count()).resolves.toBe(0)
    await expect(page.getByTestId('teach-form').count()).resolves.toBe(0)

    await page.getByRole('button', { name: '不是我要找的？教教我' }).click()
    const form = page.getByTestId('teach-form')
    await form.locator('label', { hasText: '其他垃圾' }).click()
    await form.getByRole('combobox').selectOption('broom')
    await form.getByRole('button', { name: '记住它' }).click()
    await page.getByTestId('answer-taught').waitFor()
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('其他垃圾')
    expect(await readTable(page, 'taughtItems')).toMatchObject([{ name: '魔法扫帚星', category: 'other', similarItemId: 'broom' }])

    // The card says who taught it, and "差不多" is a chip a child's finger can hit, not a bare link.
    await expect(page.getByTestId('answer-taught').textContent()).resolves.toContain('你们家教的')
    const similar = page.getByTestId('answer-similar')
    const box = await similar.boundingBox()
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44)
    const look = await similar.evaluate((el) => {
      const style = getComputedStyle(el)
      return { underline: style.textDecorationLine, border: style.borderTopStyle, radius: Number.parseFloat(style.borderTopLeftRadius) }
    })
    expect(look).toEqual({ underline: 'none', border: 'solid', radius: expect.any(Number) })
    expect(look.radius).toBeGreaterThan(10)
    await similar.click()
    await page.waitForURL(/#\/lookup\/item\/broom$/)
    await page.goBack()
    await page.getByTestId('answer-taught').waitFor()

    // A name the dictionary has (电池) needs no teaching: its answer is corrected on its card.
    await page.getByRole('link', { name: '查询' }).click()
    await searchFor(page, '电池')
    await page.getByTestId('result-battery').waitFor()
    await expect(page.getByTestId('teach-offer').count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('does all of it in English at 360 px: sure, guess, confirm, correct, teach, nothing wider than the phone', async () => {
    const { context, page, errors } = await openApp(browser())
    await page.getByTestId('language-en').click()
    await onboardHousehold(page)
    expect(page.viewportSize()?.width).toBe(360)

    // Sure: the yogurt bottle's answer says nothing of guessing.
    await searchFor(page, '酸奶瓶')
    await page.getByTestId('result-plastic-yogurt-bottle').waitFor()
    expect(await rows(page, 'lookup-answers')).toEqual(['result-plastic-yogurt-bottle sure'])
    await expect(page.getByTestId('lookup-answers').textContent()).resolves.not.toMatch(/Probably|Judged|Right\?/)
    await expect(page.getByTestId('lookup-suggestions').getByRole('heading').textContent()).resolves.toBe('Did you mean…')
    expect(await overflow(page)).toBe(0)

    // A guess: what it assumed, "right?", and "teach it" under the list; the card says the same.
    await searchFor(page, '某某牌塑料瓶')
    const answers = page.getByTestId('lookup-answers')
    await answers.getByTestId('guess-assumed').waitFor()
    await expect(answers.getByTestId('guess-assumed').textContent()).resolves.toBe('Judged as: plastic bottle')
    await expect(answers.textContent()).resolves.toContain('Probably Recyclable')
    await expect(answers.textContent()).resolves.toContain('Right?')
    await expect(page.getByTestId('teach-offer').textContent()).resolves.toContain('Not what you meant? Teach it')
    expect(await overflow(page)).toBe(0)
    await page.getByTestId('result-plastic-bottle').click()
    const card = page.getByTestId('answer-card')
    await card.waitFor()
    await expect(card.getAttribute('data-certainty')).resolves.toBe('guess')
    await expect(card.textContent()).resolves.toContain('Probably goes in')
    expect(await overflow(page)).toBe(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    await card.getByTestId('guess-confirm').click()
    await page.getByTestId('answer-taught').waitFor()
    await expect(page.getByTestId('answer-card').getAttribute('data-certainty')).resolves.toBe('sure')
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('Recyclable')

    // A guess corrected to another bin, from the list.
    await page.getByRole('link', { name: 'Lookup' }).click()
    await searchFor(page, '某某牌果皮')
    await page.getByTestId('lookup-answers').getByTestId('guess-correct').click()
    const dialog = page.getByRole('dialog')
    await dialog.locator('label', { hasText: 'Residual Waste' }).click()
    await dialog.getByRole('button', { name: 'Send' }).click()
    await page.getByTestId('answer-taught').waitFor()
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('Residual Waste')
    expect(await readTable(page, 'corrections')).toMatchObject([{ itemId: 'fruit-peel', query: '某某牌果皮', category: 'other' }])

    // A partial match: only a suggestion, and "teach it" opens the form.
    await page.getByRole('link', { name: 'Lookup' }).click()
    await searchFor(page, '魔法扫帚星')
    await page.getByTestId('lookup-suggestions').waitFor()
    await expect(page.getByTestId('lookup-answers').count()).resolves.toBe(0)
    await page.getByRole('button', { name: 'Not what you meant? Teach it' }).click()
    const form = page.getByTestId('teach-form')
    expect(await overflow(page)).toBe(0)
    await form.locator('label', { hasText: 'Residual Waste' }).click()
    await form.getByRole('button', { name: 'Remember it' }).click()
    await page.getByTestId('answer-taught').waitFor()
    expect(await readTable(page, 'taughtItems')).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: '某某牌塑料瓶', category: 'recyclable' }),
      expect.objectContaining({ name: '某某牌果皮', category: 'other' }),
      expect.objectContaining({ name: '魔法扫帚星', category: 'other' }),
    ]))
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps a guess, its card and "teach it" within 360 px in Chinese', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await searchFor(page, '某某牌塑料瓶')
    await page.getByTestId('lookup-answers').getByTestId('guess-prompt').waitFor()
    await page.getByTestId('teach-offer').click()
    await page.getByTestId('teach-form').waitFor()
    expect(await overflow(page)).toBe(0)
    await page.getByTestId('result-plastic-bottle').click()
    await page.getByTestId('answer-card').getByTestId('guess-prompt').waitFor()
    expect(await overflow(page)).toBe(0)
    await context.close()
  })
})

describe('Shanghai\'s bin colours', () => {
  /** The colour a bin icon of a category is filled with on the page. */
  function binFill(page: Page, category: string) {
    return page.locator(`svg.bin[data-cat="${category}"] .bin-fill`).first().evaluate(element => getComputedStyle(element).fill)
  }

  it('draws the wet bin brown and the dry bin black, readable in light and dark', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await expect.poll(() => binFill(page, 'kitchen')).toBe('rgb(29, 122, 58)')
    await page.getByRole('link', { name: '我的' }).click()
    await page.getByTestId('rule-set-picker').getByLabel('上海规则').check()
    await page.getByRole('link', { name: '查询' }).click()
    await expect.poll(() => binFill(page, 'kitchen')).toBe('rgb(123, 74, 38)')
    expect(await binFill(page, 'other')).toBe('rgb(31, 31, 31)')
    expect(await binFill(page, 'recyclable')).toBe('rgb(11, 94, 168)')

    await searchFor(page, '香蕉皮')
    await page.getByTestId('result-banana-peel').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.getByTestId('result-banana-peel').click()
    const head = page.getByTestId('answer-card').locator('header')
    await expect(page.getByTestId('answer-category').textContent()).resolves.toBe('湿垃圾')
    await expect(head.evaluate(element => getComputedStyle(element).backgroundColor)).resolves.toBe('rgb(123, 74, 38)')
    expect(await seriousA11yViolations(page)).toEqual([])

    // On a dark page the black bin keeps a light edge, and every text still reads.
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('button', { name: /返回搜索/ }).click()
    await searchFor(page, '纸巾')
    await page.getByTestId('lookup-answers').waitFor()
    const edge = await page.locator('svg.bin[data-cat="other"] .bin-fill').first().evaluate(element => getComputedStyle(element).stroke)
    expect(edge).toBe('rgb(181, 181, 181)')
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
