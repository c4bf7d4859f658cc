/**
 * Steps several browser tests take the way a user does: logging a day on Log, answering the
 * awareness check, closing the "ready to work offline" prompt and importing code files.
 */
import type { Page } from 'playwright-core'
import type { Category } from '../../../src/domain/categories'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { ALL_ITEMS } from '../../../src/data/items/index'
import { CATEGORIES } from '../../../src/domain/categories'

const categoryOf = new Map(ALL_ITEMS.map(item => [item.id, item.category]))

/** The category an item of the app's data belongs in. */
export function rightAnswerFor(itemId: string): Category {
  const category = categoryOf.get(itemId)
  if (category === undefined) throw new Error(`no item ${itemId} in the app's data`)
  return category
}

/** A category other than `category`: a wrong answer. */
export const wrongFor = (category: Category): Category => CATEGORIES.find(c => c !== category)!

export interface DayOfBags {
  kitchen: number
  other: number
  /** The first residual-waste bag was put out mixed. */
  mixedOther?: boolean
}

/** Logs one day of Log's week strip (Log must be open), in bags, and waits for its tick. */
export async function logDay(page: Page, date: string, bags: DayOfBags): Promise<void> {
  await page.locator(`button[data-date="${date}"]`).click()
  await page.locator(`[data-testid="log-day"][data-date="${date}"]`).waitFor()
  for (const [category, count] of [['kitchen', bags.kitchen], ['other', bags.other]] as const) {
    const row = page.getByTestId(`log-row-${category}`)
    for (let i = 0; i < count; i++) await row.getByTestId('more').click()
  }
  if (bags.mixedOther) await page.getByTestId('log-row-other').getByTestId('bag-0').click()
  await page.getByTestId('save-day').click()
  await expect.poll(() => page.locator(`button[data-date="${date}"]`).textContent()).toContain('✓')
}

/**
 * Takes the awareness check (its page must be open) as `member` (the option's label, avatar and
 * nickname), answering all ten questions right or all wrong, and waits for the result.
 */
export async function answerAwarenessCheck(page: Page, member: string, pass: boolean): Promise<void> {
  await page.getByTestId('awareness-member').selectOption({ label: member })
  await page.getByTestId('awareness-start').click()
  for (let i = 0; i < 10; i++) {
    const question = page.getByTestId('question')
    await question.waitFor()
    const item = (await question.getAttribute('data-card'))!
    const answer = pass ? rightAnswerFor(item) : wrongFor(rightAnswerFor(item))
    await question.locator(`[data-choice="${answer}"]`).click()
    // No hints during the check: no verdict, no explanation.
    expect(await page.getByTestId('question-feedback').count()).toBe(0)
    if (i < 9) await expect.poll(() => page.getByTestId('question').getAttribute('data-card')).not.toBe(item)
  }
  await page.getByTestId('awareness-result').waitFor()
}

/** Opens the awareness check and passes it as `member`. */
export async function passAwarenessCheck(page: Page, member: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '#/learn/awareness'))
  await answerAwarenessCheck(page, member, true)
  await expect.poll(() => page.getByTestId('awareness-result').getAttribute('data-passed')).toBe('true')
}

/**
 * Closes the "ready to work offline" prompt, which floats over the bottom once the first visit is
 * cached. It also steps aside by itself after six seconds, which on a loaded machine can come
 * before the tap: then there is nothing left to close.
 */
export async function closeOfflinePrompt(page: Page): Promise<void> {
  await page.waitForFunction(() => localStorage.getItem('sorthero.offlineAnnounced') === '1', undefined, { timeout: 60_000 })
  const prompt = page.getByTestId('pwa-prompt')
  if (await prompt.count() > 0) await prompt.getByRole('button', { name: /关闭|Close/ }).click({ timeout: 5_000 }).catch(() => {})
  await prompt.waitFor({ state: 'detached' })
}

/** Saves links as the `.sorthero.txt` files households and teachers send, in `dir`; returns their paths. */
export function writeCodeFiles(dir: string, entries: ReadonlyArray<[name: string, link: string]>): string[] {
  return entries.map(([name, link]) => {
    const path = join(dir, `${name}.sorthero.txt`)
    writeFileSync(path, `${link}\n`)
    return path
  })
}

/** Picks code files on the page's "import files" input and waits for one result per file. */
export async function importCodeFiles(page: Page, paths: string[]) {
  await page.getByTestId('code-files-input').setInputFiles(paths)
  const results = page.getByTestId('code-files-results').locator('li')
  await expect.poll(() => results.count()).toBe(paths.length)
  return results
}
