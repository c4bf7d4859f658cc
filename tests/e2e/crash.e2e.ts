// Crash safety: the page is closed in the middle of a multi-table write (a restore, a merge, a
// logged day with its points), while its IndexedDB transaction is open, then the app is opened
// again. The database must be as it was before the write began: nothing half-written, nothing
// saved before lost, every ledger balance the sum of its entries.
//
// How the page is closed at a chosen moment: an init script wraps IndexedDB's writes; at the
// chosen write it makes a synchronous request (the page's thread stops there, its transaction
// open with requests pending), and the test's route handler for that request closes the page.
import 'fake-indexeddb/auto'
import type { BrowserContext, Page } from 'playwright-core'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SortHeroDb } from '@/db/db'
import { exportBackup } from '@/db/repos/backup'
import { createHousehold } from '@/db/repos/household'
import { saveLogDay } from '@/db/repos/log'
import { householdDraft } from '@/db/testing'
import { decodeCode } from '@/domain/codes/codec'
import { codeDataOf, codeLink } from '@/domain/codes/link'
import { localDate, weekStart } from '@/domain/dates'
import { fakeHousehold, tallyOf } from '@/domain/school/testing'
import { baseUrl, memberBalance, PHONE, useBrowser } from './support/browser'
import { dumpAppDb, readTable } from './support/idb'

const browser = useBrowser()
const files: string[] = []
afterAll(async () => {
  await Promise.all(files.map(file => rm(file, { force: true })))
})

declare global {
  interface Window {
    __crash?: { store: string, after: number } | null
  }
}

/** A context whose pages stop dead at a chosen IndexedDB write, and a way to arm it. */
async function crashableContext(): Promise<BrowserContext> {
  const context = await browser().newContext({ ...PHONE, serviceWorkers: 'block' })
  await context.addInitScript(() => {
    for (const method of ['add', 'put', 'delete'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        const plan = window.__crash
        if (plan && (plan.store === '*' || plan.store === this.name) && --plan.after <= 0) {
          window.__crash = null
          // Issue this write first, so the transaction has work pending when the page dies.
          const request = original.apply(this, args)
          const stop = new XMLHttpRequest()
          stop.open('GET', '/__crash__', false)
          try {
            stop.send()
          }
          catch {}
          return request
        }
        return original.apply(this, args)
      } as never
    }
  })
  await context.route('**/__crash__', async (route) => {
    const page = route.request().frame().page()
    await page.close({ runBeforeUnload: false })
  })
  return context
}

/** Arms the crash, runs the action that writes, and waits for the page to be closed. */
async function crashDuring(page: Page, plan: { store: string, after: number }, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate((p) => {
    window.__crash = p
  }, plan)
  const closed = page.waitForEvent('close')
  await action().catch(() => {})
  await closed
}

async function reopen(context: BrowserContext, hash: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${baseUrl()}${hash}`)
  await page.waitForLoadState('networkidle')
  return page
}

/** Every member's ledger sum, from the entries themselves. */
async function ledgerSums(page: Page): Promise<Record<string, number>> {
  const sums: Record<string, number> = {}
  for (const entry of await readTable(page, 'ledger')) sums[String(entry.memberId)] = (sums[String(entry.memberId)] ?? 0) + Number(entry.points)
  return sums
}

async function saved(bytes: Uint8Array): Promise<string> {
  const path = join(tmpdir(), `sorthero-crash-${process.pid}-${files.length}.sorthero`)
  files.push(path)
  await writeFile(path, bytes)
  return path
}

/**
 * Two backups of one family, made in Node: the first with 30 logged days (each a day and its
 * points), the second a month later with 30 earlier days added (as another phone of the same
 * family would have them).
 */
async function familyBackups(): Promise<[string, string]> {
  const db = new SortHeroDb(`crash-${crypto.randomUUID()}`)
  const now = Date.now()
  const day = 86_400_000
  const household = await createHousehold(db, householdDraft(), now - 90 * day)
  const [member] = await db.members.where('householdId').equals(household.id).toArray()
  const today = new Date(now).toISOString().slice(0, 10)
  const logDays = async (from: number, to: number) => {
    for (let d = from; d >= to; d--) {
      const date = new Date(now - d * day).toISOString().slice(0, 10)
      await saveLogDay(db, { date, entries: { kitchen: { bags: 1, sortedBags: 1 }, other: { bags: 1, sortedBags: 1 } }, memberId: member!.id }, today, now - d * day)
    }
  }
  await logDays(31, 2)
  const first = await saved((await exportBackup(db, { app: 'e2e' })).bytes)
  await logDays(61, 32)
  const second = await saved((await exportBackup(db, { app: 'e2e' })).bytes)
  db.close()
  return [first, second]
}

describe('closing the page in the middle of a write', () => {
  it('during a restore on a new phone leaves it empty; the restore then works', async () => {
    const [file] = await familyBackups()
    const context = await crashableContext()
    const page = await reopen(context, '#/restore')
    await page.getByTestId('restore-file').setInputFiles(file)
    await page.getByTestId('restore-confirm').waitFor()
    // The 40th record written: the household, its members and some of the days are in.
    await crashDuring(page, { store: '*', after: 40 }, () => page.getByTestId('restore-confirm').click())

    const again = await reopen(context, '#/restore')
    for (const table of ['households', 'members', 'logDays', 'ledger']) expect(await readTable(again, table), table).toEqual([])
    await again.getByTestId('restore-file').setInputFiles(file)
    await again.getByTestId('restore-confirm').click()
    await again.getByTestId('restore-done').waitFor()
    expect(await readTable(again, 'logDays')).toHaveLength(30)
    await context.close()
  })

  it('during a merge, or a logged day with its points, leaves the phone as it was before', async () => {
    const [first, second] = await familyBackups()
    const context = await crashableContext()
    const page = await reopen(context, '#/restore')
    await page.getByTestId('restore-file').setInputFiles(first)
    await page.getByTestId('restore-confirm').click()
    await page.getByTestId('restore-done').waitFor()
    await page.getByTestId('restore-open').click()
    await page.waitForURL(/#\/lookup$/)
    await page.waitForLoadState('networkidle')

    // A merge of the later backup, closed at its 20th record.
    await page.goto(`${baseUrl()}#/restore`)
    await page.reload()
    await page.getByTestId('restore-file').setInputFiles(second)
    await page.getByTestId('restore-confirm').waitFor()
    const beforeMerge = await dumpAppDb(page)
    const sums = await ledgerSums(page)
    await crashDuring(page, { store: '*', after: 20 }, () => page.getByTestId('restore-confirm').click())
    const afterMerge = await reopen(context, '#/me')
    expect(await dumpAppDb(afterMerge)).toBe(beforeMerge)
    expect(await ledgerSums(afterMerge)).toEqual(sums)
    expect(await readTable(afterMerge, 'logDays')).toHaveLength(30)

    // Today's log, closed as its points are written (after the day itself).
    await afterMerge.getByRole('link', { name: '记录' }).click()
    const today = await afterMerge.evaluate(() => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()))
    await afterMerge.locator(`[data-date="${today}"]`).first().click()
    await afterMerge.locator(`[data-testid="log-day"][data-date="${today}"]`).waitFor()
    await afterMerge.getByTestId('log-row-kitchen').getByTestId('more').click()
    const beforeLog = await dumpAppDb(afterMerge)
    await crashDuring(afterMerge, { store: 'ledger', after: 1 }, () => afterMerge.getByTestId('save-day').click())
    const afterLog = await reopen(context, '#/me')
    expect(await dumpAppDb(afterLog)).toBe(beforeLog)
    expect(await ledgerSums(afterLog)).toEqual(sums)
    // And what the family sees is those entries: each member's balance on Me is its ledger sum.
    const members = await readTable(afterLog, 'members')
    for (const member of members) expect(await memberBalance(afterLog, String(member.nickname)), String(member.nickname)).toBe(String(sums[String(member.id)] ?? 0))

    // Both writes then go through whole.
    await afterLog.goto(`${baseUrl()}#/restore`)
    await afterLog.reload()
    await afterLog.getByTestId('restore-file').setInputFiles(second)
    await afterLog.getByTestId('restore-confirm').click()
    await afterLog.getByTestId('restore-done').waitFor()
    expect(await readTable(afterLog, 'logDays')).toHaveLength(60)
    await context.close()
  })

  it('during a teacher\'s import of many reports keeps the reports before it whole and leaves the one it was writing out', async () => {
    const context = await crashableContext()
    const page = await reopen(context, '')
    await page.getByTestId('choose-teacher').click()
    await page.getByRole('textbox', { name: '您的称呼' }).fill('王老师')
    await page.getByRole('textbox', { name: /学校/ }).fill('小街子小学')
    await page.getByRole('button', { name: '开始使用' }).click()
    await page.waitForURL(/#\/class\/setup$/)
    await page.getByRole('textbox', { name: '班级名称' }).fill('三年级二班')
    await page.getByRole('button', { name: '建立班级' }).click()
    await page.waitForURL(/#\/class\/invite$/)
    const invite = codeDataOf((await page.getByTestId('code-link').textContent())!.trim())!
    const decoded = await decodeCode(invite)
    if (!decoded.ok || decoded.value.kind !== 'class-invite') throw new Error('not an invite')
    const classId = decoded.value.payload.classId

    // Five families join; each then sends this week's report, all chosen as files at once.
    const families = await Promise.all(['小明家', '小红家', '小刚家', '小丽家', '小强家'].map(name => fakeHousehold(classId, name, 3)))
    const asFiles = async (codes: Array<[string, string]>) => Promise.all(codes.map(async ([name, data]) => {
      const path = join(tmpdir(), `sorthero-crash-${process.pid}-${name}.sorthero.txt`)
      files.push(path)
      await writeFile(path, `${codeLink(baseUrl(), data)}\n`)
      return path
    }))
    await page.goto(`${baseUrl()}#/class/reports`)
    const enrollments = await asFiles(await Promise.all(families.map(async f => [`${f.nickname}-入班`, await f.enrollment()] as [string, string])))
    await page.getByTestId('code-files-input').setInputFiles(enrollments)
    await expect.poll(() => page.getByTestId('code-files-results').locator('li').count()).toBe(5)
    const week = weekStart(localDate(Date.now()))
    const reports = await asFiles(await Promise.all(families.map(async f => [`${f.nickname}-报告`, await f.report(week, 2, tallyOf({ sortedKg: 5, mixedKg: 1, members: 3, aware: 2, points: 20 }))] as [string, string])))
    const before = JSON.parse(await dumpAppDb(page)) as Record<string, unknown[]>
    expect(before.classReports).toEqual([])

    // Closed while the third report is being written.
    await crashDuring(page, { store: 'classReports', after: 3 }, () => page.getByTestId('code-files-input').setInputFiles(reports))
    const again = await reopen(context, '#/class/reports')
    const after = JSON.parse(await dumpAppDb(again)) as Record<string, Array<{ householdId: string }>>
    expect(after.classReports!.map(report => report.householdId).sort()).toEqual(families.slice(0, 2).map(f => f.householdId).sort())
    // Nothing else changed: the class, its enrollments and everything saved before.
    expect({ ...after, classReports: [] }).toEqual({ ...before, classReports: [] })

    // Choosing the files again takes in the three that were missing; the two are unchanged.
    await again.getByTestId('code-files-input').setInputFiles(reports)
    await expect.poll(() => again.getByTestId('code-files-results').locator('li').count()).toBe(5)
    expect(await readTable(again, 'classReports')).toHaveLength(5)
    await context.close()
  })
})
