// Hostile data in everything a phone takes in: a backup and a class invite whose names are HTML,
// `javascript:` URLs, right-to-left overrides and long emoji sequences are shown as plain text,
// nothing runs (no dialog, no request for the image `x`), and every page holds at 360 px. Names
// of 10,000 characters are refused by the schemas, with nothing changed.
import 'fake-indexeddb/auto'
import type { Page, Request } from 'playwright-core'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decode as decodeMsgpack } from '@msgpack/msgpack'
import { afterAll, describe, expect, it } from 'vitest'
import { SortHeroDb } from '@/db/db'
import { exportBackup } from '@/db/repos/backup'
import { createHousehold } from '@/db/repos/household'
import { teachItem } from '@/db/repos/lookup'
import { addReward } from '@/db/repos/rewards'
import { acceptClassItem, classInviteCode, createClass, setClassRewards } from '@/db/repos/school'
import { codeLink } from '@/domain/codes/link'
import { sealBackup } from '../bench/trust'
import { baseUrl, onboardHousehold, openApp, useBrowser } from './support/browser'
import { dumpAppDb } from './support/idb'

const browser = useBrowser()
const files: string[] = []
afterAll(async () => {
  await Promise.all(files.map(file => rm(file, { force: true })))
})

const IMG = '<img src=x onerror=alert(1)>'
const SHORT_IMG = '<img src=x>'
const JS_URL = 'javascript:alert(1)'
const RTL = '\u202Egnp.exe\u202C小明'
const FAMILY = '👨‍👩‍👧‍👦'.repeat(12)
const LONG = '长'.repeat(10_000)

/** Watches a page for anything hostile data could make it do. */
function watch(page: Page): { dialogs: string[], requests: string[] } {
  const seen = { dialogs: [] as string[], requests: [] as string[] }
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('request', (request: Request) => {
    const url = request.url()
    if (/\/x$|javascript:/.test(url)) seen.requests.push(url)
  })
  return seen
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

/** Opens a page afresh (a hash change alone may be measured before the page has changed). */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${baseUrl()}${hash}`)
  await page.reload()
  await page.waitForLoadState('networkidle')
}

/** Every page a household sees, each checked for overflow at 360 px. */
async function visitAll(page: Page): Promise<Record<string, number>> {
  const widths: Record<string, number> = {}
  for (const hash of ['#/me', '#/me/rewards', '#/log', '#/learn', '#/lookup']) {
    await open(page, hash)
    widths[hash] = await overflow(page)
  }
  return widths
}

async function hostileBackup(): Promise<Uint8Array> {
  const db = new SortHeroDb(`hostile-${crypto.randomUUID()}`)
  const household = await createHousehold(db, { nickname: SHORT_IMG, district: 'jiangyang', members: [
    { nickname: RTL, role: 'child', avatar: '🐼' },
    { nickname: FAMILY, role: 'parent', avatar: '🐱' },
  ] })
  const [member] = await db.members.where('householdId').equals(household.id).toArray()
  await addReward(db, { title: JS_URL, emoji: '🌳', cost: 10 })
  await teachItem(db, { name: IMG, category: 'other', memberId: member!.id }, () => false)
  const { bytes } = await exportBackup(db, { app: 'e2e' })
  db.close()
  return bytes
}

async function saved(bytes: Uint8Array, name: string): Promise<string> {
  const path = join(tmpdir(), `sorthero-hostile-${process.pid}-${name}`)
  files.push(path)
  await writeFile(path, bytes)
  return path
}

describe('hostile names', () => {
  it('restored from a backup are shown as text, run nothing and keep every page within 360 px', async () => {
    const file = await saved(await hostileBackup(), 'backup.sorthero')
    const { context, page, errors } = await openApp(browser(), {}, '#/restore')
    const seen = watch(page)
    await page.getByTestId('restore-file').setInputFiles(file)
    await page.getByTestId('restore-adds').waitFor()
    await expect(page.getByTestId('restore-adds').textContent()).resolves.toContain(SHORT_IMG)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.getByTestId('restore-confirm').click()
    await page.getByTestId('restore-done').waitFor()
    await page.getByTestId('restore-open').click()
    await page.waitForURL(/#\/lookup$/)

    const widths = await visitAll(page)
    for (const [hash, width] of Object.entries(widths)) expect(width, hash).toBeLessThanOrEqual(0)
    await open(page, '#/me')
    await expect.poll(() => page.locator('main').textContent()).toContain(SHORT_IMG)
    expect(await page.locator('img[src="x"], img[src$="/x"]').count()).toBe(0)
    await open(page, '#/me/rewards')
    await expect.poll(() => page.locator('main').textContent()).toContain(JS_URL)
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0)
    // The taught item is found by its name, shown as text.
    await open(page, '#/lookup')
    await page.getByRole('searchbox').fill('<img')
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain(IMG)
    expect(await overflow(page)).toBeLessThanOrEqual(0)

    expect(seen.dialogs).toEqual([])
    expect(seen.requests).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('of 10,000 characters make a backup that is refused, with nothing changed', async () => {
    const bytes = await hostileBackup()
    const { inflateRawSync } = await import('node:zlib')
    const document = decodeMsgpack(inflateRawSync(bytes.subarray(34))) as { tables: { members: Array<{ nickname: string }> } }
    document.tables.members[0]!.nickname = LONG
    const file = await saved(await sealBackup(document), 'long.sorthero')
    const { context, page } = await openApp(browser())
    const seen = watch(page)
    await onboardHousehold(page)
    await page.goto(`${baseUrl()}#/restore`)
    const dump = await dumpAppDb(page)
    await page.getByTestId('restore-file').setInputFiles(file)
    await expect.poll(() => page.getByTestId('restore-refusal').getAttribute('data-code')).toBe('invalid')
    expect(await dumpAppDb(page)).toBe(dump)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    expect(seen.dialogs).toEqual([])
    await context.close()
  })

  it('in a class invite are shown as text when a family joins, and run nothing', async () => {
    const teacher = new SortHeroDb(`teacher-${crypto.randomUUID()}`)
    const cls = await createClass(teacher, { school: IMG.slice(0, 20), name: SHORT_IMG, teacher: RTL, area: { city: JS_URL }, periodKind: 'week', ruleSet: 'national' }, '2026-11-02')
    await setClassRewards(teacher, cls.id, [{ title: JS_URL, emoji: '⭐', cost: 40 }, { title: FAMILY.slice(0, 20 * 11), emoji: '🎁', cost: 5 }])
    await acceptClassItem(teacher, cls.id, { name: IMG, category: 'other' })
    const link = codeLink(baseUrl(), await classInviteCode(teacher, cls.id))

    const { context, page, errors } = await openApp(browser())
    const seen = watch(page)
    await onboardHousehold(page)
    await page.goto(link)
    await page.getByTestId('code-preview').waitFor()
    await expect(page.getByTestId('code-summary').textContent()).resolves.toContain(SHORT_IMG)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.getByTestId('join-confirm').click()
    await page.getByTestId('code-done').waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    for (const [hash, width] of Object.entries(await visitAll(page))) expect(width, hash).toBeLessThanOrEqual(0)
    expect(await page.locator('img[src="x"], img[src$="/x"]').count()).toBe(0)
    expect(seen.dialogs).toEqual([])
    expect(seen.requests).toEqual([])
    expect(errors).toEqual([])
    await context.close()
    teacher.close()
  })
})
