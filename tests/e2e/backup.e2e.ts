import type { Page } from 'playwright-core'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { memberBalance, onboardHousehold, openApp, useBrowser } from './support/browser'
import { logDay } from './support/flows'
import { dumpAppDb, readTable } from './support/idb'

const browser = useBrowser()
const files: string[] = []
afterAll(async () => {
  await Promise.all(files.map(file => rm(file, { force: true })))
})

/** Makes a backup on the Me page and returns the saved file's path and the link offered with it. */
async function backUp(page: Page): Promise<{ path: string, link: string | null }> {
  await page.getByRole('link', { name: /我的|Me/ }).click()
  const card = page.getByTestId('backup-card')
  await card.waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('backup-make').click()])
  const path = join(tmpdir(), `sorthero-e2e-${process.pid}-${files.length}-${download.suggestedFilename()}`)
  files.push(path)
  await download.saveAs(path)
  await card.getByTestId('backup-made').waitFor()
  const link = await card.getByTestId('code-link').count() > 0 ? (await card.getByTestId('code-link').textContent())!.trim() : null
  return { path, link }
}

/** Logs a day (today, or days back) with a bag of kitchen and one of residual waste, sorted: points. */
async function logDayBack(page: Page, daysBack = 0): Promise<void> {
  await page.getByRole('link', { name: '记录' }).click()
  const date = await page.evaluate((back) => {
    const date = new Date()
    date.setDate(date.getDate() - back)
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
  }, daysBack)
  await logDay(page, date, { kitchen: 1, other: 1 })
}

async function balances(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: '我的' }).click()
  return [await memberBalance(page, '小明'), await memberBalance(page, '妈妈')]
}

/** Ledger entries by id, to check that a merge edited none of them. */
async function ledgerById(page: Page): Promise<Map<string, string>> {
  return new Map((await readTable(page, 'ledger')).map(entry => [String(entry.id), JSON.stringify(entry)]))
}

describe('backup and restore', () => {
  it('backs up to a file, restores it on a new phone, and merges a later backup after saying what it adds', async () => {
    // Phone A: a family with a logged day, backed up.
    const a = await openApp(browser())
    await onboardHousehold(a.page)
    await logDayBack(a.page)
    const before = await balances(a.page)
    expect(await a.page.getByTestId('backup-standing').getAttribute('data-state')).toBe('never')
    await expect(a.page.getByTestId('backup-why').textContent()).resolves.toContain('浏览器')
    const first = await backUp(a.page)
    await expect.poll(() => a.page.getByTestId('backup-standing').getAttribute('data-state')).toBe('recent')
    expect((await readFile(first.path)).length).toBeGreaterThan(100)

    // Phone B, new: restores the file from the welcome page, after a summary.
    const b = await openApp(browser())
    await b.page.getByTestId('welcome-restore').click()
    await b.page.getByTestId('restore-file').setInputFiles(first.path)
    const adds = b.page.getByTestId('restore-adds')
    await adds.waitFor()
    await expect(adds.textContent()).resolves.toContain('小明家')
    await expect(adds.textContent()).resolves.toContain(`小明：${before[0]} 分`)
    expect(await b.page.locator('[data-table="members"]').textContent()).toContain('2')
    // Nothing is written before the confirmation.
    expect(await readTable(b.page, 'households')).toEqual([])
    await b.page.getByTestId('restore-confirm').click()
    await b.page.getByTestId('restore-done').waitFor()
    await b.page.getByTestId('restore-open').click()
    await b.page.waitForURL(/#\/lookup$/)
    expect(await balances(b.page)).toEqual(before)

    // Phone B logs the day before's points and backs up again; phone A merges that backup.
    await logDayBack(b.page, 1)
    const later = await balances(b.page)
    expect(Number(later[0])).toBeGreaterThan(Number(before[0]))
    const second = await backUp(b.page)
    const ledgerA = await ledgerById(a.page)
    await a.page.getByTestId('backup-restore-link').click()
    await a.page.getByTestId('restore-file').setInputFiles(second.path)
    await a.page.getByTestId('restore-adds').waitFor()
    // A merge: only what A lacks, said with its points; what A has already stays.
    await expect(a.page.getByTestId('restore-preview').textContent()).resolves.toContain('只添加它没有的内容')
    await expect(a.page.getByTestId('restore-adds').textContent()).resolves.toContain(`小明：${Number(later[0]) - Number(before[0])} 分`)
    await expect(a.page.getByTestId('restore-skipped').textContent()).resolves.toMatch(/\d+/)
    await a.page.getByTestId('restore-confirm').click()
    await a.page.getByTestId('restore-done').waitFor()
    await a.page.getByTestId('restore-open').click()
    await a.page.waitForURL(/#\/lookup$/)
    expect(await balances(a.page)).toEqual(later)
    // The ledger stays append-only: every entry A had is there, unchanged.
    const merged = await ledgerById(a.page)
    for (const [id, entry] of ledgerA) expect(merged.get(id), id).toBe(entry)

    // Merging the same backup again has nothing to add.
    await a.page.getByTestId('backup-restore-link').click()
    await a.page.getByTestId('restore-file').setInputFiles(second.path)
    await a.page.getByTestId('restore-nothing').waitFor()
    expect(await a.page.getByTestId('restore-confirm').count()).toBe(0)

    expect(a.errors).toEqual([])
    expect(b.errors).toEqual([])
    await a.context.close()
    await b.context.close()
  })

  it('restores from a backup link on a new phone, and refuses a damaged file or another family\'s backup without changing anything', async () => {
    const a = await openApp(browser())
    await onboardHousehold(a.page)
    const { path, link } = await backUp(a.page)
    expect(link).toMatch(/#\/code\/[\w-]+$/)

    // A new phone opens the link: the code screen hands it to the restore page.
    const b = await openApp(browser(), {}, `#/code/${link!.split('#/code/')[1]}`)
    await b.page.waitForURL(/#\/restore\//)
    await b.page.getByTestId('restore-confirm').click()
    await b.page.getByTestId('restore-done').waitFor()
    expect((await readTable(b.page, 'households')).map(row => row.nickname)).toEqual(['小明家'])

    // Another family on phone C: neither a damaged file nor A's backup changes anything.
    const c = await openApp(browser())
    await onboardHousehold(c.page, '小红家')
    await c.page.getByRole('link', { name: '我的' }).click()
    await c.page.getByTestId('backup-restore-link').click()
    const dump = await dumpAppDb(c.page)
    const bytes = await readFile(path)
    bytes[bytes.length >> 1]! ^= 0x10
    const damaged = `${path}.damaged`
    files.push(damaged)
    await writeFile(damaged, bytes)
    await c.page.getByTestId('restore-file').setInputFiles(damaged)
    await expect.poll(() => c.page.getByTestId('restore-refusal').getAttribute('data-code')).toBe('damaged')
    await expect(c.page.getByTestId('restore-refusal').textContent()).resolves.toContain('没有任何变化')
    await c.page.getByTestId('restore-file').setInputFiles(path)
    await expect.poll(() => c.page.getByTestId('restore-refusal').getAttribute('data-code')).toBe('other-household')
    await expect(c.page.getByTestId('restore-refusal').textContent()).resolves.toContain('小红家')
    expect(await dumpAppDb(c.page)).toBe(dump)

    for (const phone of [a, b, c]) {
      expect(phone.errors).toEqual([])
      await phone.context.close()
    }
  })
})
