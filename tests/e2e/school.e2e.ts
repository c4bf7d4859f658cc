import type { Page } from 'playwright-core'
import type { FakeHousehold } from '../../src/domain/school/testing'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeCode, encodeCode } from '../../src/domain/codes/codec'
import { codeDataOf, codeLink } from '../../src/domain/codes/link'
import { localDate, weekStart } from '../../src/domain/dates'
import { fakeHousehold, tallyOf } from '../../src/domain/school/testing'
import { cameraReadableQr, writeFakeCameraSequence } from './support/fake-camera'
import { baseUrl, openApp, seriousA11yViolations, useBrowser } from './support/browser'
import { closeOfflinePrompt, importCodeFiles, writeCodeFiles } from './support/flows'

const dir = mkdtempSync(join(tmpdir(), 'sorthero-school-'))
/** Chromium opens this file each time a page starts the camera: the test writes what it should show next. */
const camera = join(dir, 'camera.y4m')
const browser = useBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${camera}`])

const go = (page: Page, hash: string) => page.goto(page.url().replace(/#.*$/, hash))
const link = (data: string) => codeLink(baseUrl(), data)

/**
 * Makes a code that the fake camera shows readably (see `cameraReadableQr`), trying new sequence
 * numbers or ids until one reads; returns its data and picture.
 */
async function readableCode(make: (attempt: number) => Promise<string>): Promise<{ data: string, png: Buffer }> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const data = await make(attempt)
    const png = cameraReadableQr(link(data))
    if (png) return { data, png }
  }
  throw new Error('no readable code in ten attempts')
}

/** Shows the pictures to the fake camera one after the other (two seconds each), in a loop. */
function showToCamera(...pngs: Buffer[]) {
  writeFakeCameraSequence(pngs, camera, { fps: 10, framesEach: 20 })
}

/** The page's width against the viewport: nothing may stick out sideways. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

describe('a teacher runs a class, and a school coordinator ranks it', () => {
  it('sets up a class, shows the invite, scans two reports in a row, honours a voucher once, and a school imports the class summary into its ranking and CSV', { timeout: 240_000 }, async () => {
    const { context, page, errors } = await openApp(browser(), { permissions: ['camera'], acceptDownloads: true })

    // A teacher's device: the teacher's name and school, then the first class.
    await page.getByTestId('choose-teacher').click()
    await page.getByRole('textbox', { name: '您的称呼' }).fill('王老师')
    await page.getByRole('textbox', { name: /学校/ }).fill('小街子小学')
    await page.getByRole('button', { name: '开始使用' }).click()
    await page.waitForURL(/#\/class\/setup$/)
    await closeOfflinePrompt(page)
    // The tabs are the class's, not a family's log.
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link').allTextContents()).resolves.toEqual(['班级', '收报告', '物品', '奖励', '学习', '我的'])
    // Validation is translated and nothing is saved.
    await page.getByRole('button', { name: '建立班级' }).click()
    await expect(page.getByTestId('class-form').textContent()).resolves.toContain('请填写班级名称（最多 20 个字）。')
    await page.getByRole('textbox', { name: '班级名称' }).fill('三年级二班')
    await page.getByRole('button', { name: '建立班级' }).click()
    await page.waitForURL(/#\/class\/invite$/)

    // The invite: a QR code, a link, a file; its code carries the class, signed.
    const inviteLink = (await page.getByTestId('code-link').textContent())!.trim()
    expect(inviteLink.startsWith(`${baseUrl()}#/code/`)).toBe(true)
    const invite = await decodeCode(codeDataOf(inviteLink)!)
    if (!invite.ok || invite.value.kind !== 'class-invite') throw new Error('not an invite')
    expect(invite.value.payload).toMatchObject({ className: '三年级二班', school: '小街子小学', teacher: '王老师', area: { district: 'jiangyang' }, periodKind: 'week' })
    const classId = invite.value.payload.classId
    // The projector view fills the screen, with a visible ✕; the back gesture leaves it too.
    await page.getByTestId('invite-projector').click()
    await page.getByTestId('projector').getByTestId('code-qr').waitFor()
    expect(await page.getByTestId('projector').getByTestId('code-qr').evaluate(svg => svg.getBoundingClientRect().width)).toBeGreaterThan(300)
    await page.goBack()
    await page.waitForURL(/#\/class\/invite$/)
    await page.getByTestId('invite-projector').click()
    await page.getByTestId('projector-close').click()
    await page.waitForURL(/#\/class\/invite$/)

    // Three households join: their enrollment codes, chosen as files all at once.
    const families: FakeHousehold[] = [await fakeHousehold(classId, '小明家', 3), await fakeHousehold(classId, '小红家', 2), await fakeHousehold(classId, '小刚家', 4)]
    await go(page, '#/class/reports')
    const joined = await importCodeFiles(page, writeCodeFiles(dir, await Promise.all(families.map(async f => [`${f.nickname}-入班`, link(await f.enrollment())] as [string, string]))))
    expect(await joined.evaluateAll(items => items.map(li => li.getAttribute('data-tone')))).toEqual(['added', 'added', 'added'])
    await expect(joined.first().textContent()).resolves.toContain('小明家加入了三年级二班。')
    await expect(page.getByTestId('enrolled').textContent()).resolves.toContain('已加入的家庭（3）')

    // Two parents in the queue show their reports: the camera reads one, then the other.
    const week = weekStart(localDate(Date.now()))
    const [ming, hong] = families
    const mingReport = await readableCode(attempt => ming!.report(week, 5 + attempt, tallyOf({ sortedKg: 8, mixedKg: 2, members: 3, aware: 2, points: 30 }), { missed: [{ query: '电子烟弹', count: 2 }] }))
    const hongReport = await readableCode(attempt => hong!.report(week, 5 + attempt, tallyOf({ sortedKg: 3, mixedKg: 1, members: 2, aware: 2, points: 30 })))
    showToCamera(mingReport.png, hongReport.png)
    await page.getByTestId('reports-scan').click()
    await page.waitForURL(/#\/scan-codes\/reports$/)
    const count = page.getByTestId('scan-count')
    await expect.poll(() => count.textContent(), { timeout: 20_000 }).toContain('已交 1 户，共 3 户')
    await expect.poll(() => count.textContent(), { timeout: 20_000 }).toContain('已交 2 户，共 3 户')
    const log = page.getByTestId('scan-log')
    await expect(log.textContent()).resolves.toMatch(/收到小明家的报告/)
    await expect(log.textContent()).resolves.toMatch(/收到小红家的报告/)
    // The first parent shows the same code again: said plainly, nothing changes.
    await log.locator('[data-tone="unchanged"]').first().waitFor({ timeout: 20_000 })
    await expect(log.locator('[data-tone="unchanged"]').first().textContent()).resolves.toMatch(/的这份报告已经收过了，没有变化。/)
    await expect(count.textContent()).resolves.toContain('已交 2 户，共 3 户')
    await page.getByTestId('scan-close').click()
    await page.waitForURL(/#\/class\/reports$/)
    await expect.poll(() => page.evaluate(() => document.querySelector('video') === null)).toBe(true)

    // The dashboard: rates summed over the households (11 of 14 kg sorted; 4 of 5 people know
    // the rules), and a leaderboard fair to the smaller family (15 points per person beats 10).
    await go(page, '#/class')
    await expect.poll(() => page.getByTestId('rate-collection').getAttribute('data-rate')).toBe(String(11 / 14))
    await expect(page.getByTestId('rate-awareness').getAttribute('data-rate')).resolves.toBe(String(4 / 5))
    await expect(page.getByTestId('leaderboard-小红家').getAttribute('data-rank')).resolves.toBe('1')
    await expect(page.getByTestId('leaderboard-小明家').getAttribute('data-rank')).resolves.toBe('2')
    await expect(page.getByTestId('not-reported').textContent()).resolves.toContain('小刚家')
    await expect(page.getByTestId('class-reported').textContent()).resolves.toContain('已交 2 户，共 3 户')

    // A name the family searched for in vain goes on the class item list, with the teacher's bin;
    // the invite parents hold is then out of date, and the class pages say so.
    await go(page, '#/class/items')
    await page.getByRole('button', { name: '把“电子烟弹”加入班级物品清单' }).click()
    await expect(page.getByTestId('items-accept').getByRole('textbox', { name: '物品名称' }).inputValue()).resolves.toBe('电子烟弹')
    await page.getByTestId('items-accept').locator('label', { hasText: '有害垃圾' }).click()
    await page.getByTestId('items-save').click()
    await page.getByTestId('class-item-电子烟弹').waitFor()
    await expect(page.getByTestId('items-missed').textContent()).resolves.toContain('已在清单上')
    await page.getByTestId('invite-changed').getByRole('link', { name: '发送新邀请' }).click()
    await page.waitForURL(/#\/class\/invite$/)
    const updated = await decodeCode(codeDataOf((await page.getByTestId('code-link').textContent())!.trim())!)
    expect(updated.ok && updated.value.kind === 'class-invite' && updated.value.payload).toMatchObject({ revision: 2, items: [{ name: '电子烟弹', category: 'hazardous' }] })
    await expect(page.getByTestId('invite-changed').count()).resolves.toBe(0)

    // A voucher for a campaign reward, signed on 小明家's phone: honoured once …
    const voucher = await readableCode(() => encodeCode('voucher', { voucherId: crypto.randomUUID(), rewardId: 'campaign:brochure', source: 'campaign', title: { zh: '垃圾分类宣传册', en: 'Sorting brochure' }, emoji: '📘', nickname: '小明', avatar: '🐼', points: 30, issuedAt: Date.now() }, ming!.signer))
    showToCamera(voucher.png)
    await go(page, '#/class/rewards')
    await page.getByTestId('vouchers-scan').click()
    const voucherLog = page.getByTestId('scan-log').locator('li')
    await voucherLog.first().waitFor({ timeout: 20_000 })
    await expect(voucherLog.first().getAttribute('data-tone')).resolves.toBe('added')
    await expect(voucherLog.first().textContent()).resolves.toContain('已兑现：小明的“垃圾分类宣传册”（30 积分）。')
    await page.getByTestId('scan-close').click()
    await page.waitForURL(/#\/class\/rewards$/)
    await expect(page.getByTestId('vouchers-honoured').textContent()).resolves.toContain('垃圾分类宣传册')
    // … and refused the second time, with the date of the first.
    await page.getByTestId('vouchers-scan').click()
    await voucherLog.first().waitFor({ timeout: 20_000 })
    await expect(voucherLog.first().getAttribute('data-tone')).resolves.toBe('refused')
    await expect(voucherLog.first().textContent()).resolves.toMatch(/这张兑换券已经在.+兑现过了。/)
    await page.getByTestId('scan-close').click()

    // The class summary of this week, for the school.
    await go(page, '#/class')
    await page.getByTestId('summary-make').click()
    const summaryLink = (await page.getByTestId('summary-export').getByTestId('code-link').textContent())!.trim()
    await expect(page.getByTestId('summary-what').textContent()).resolves.toContain('2 户交了报告，共 3 户')
    expect(await seriousA11yViolations(page)).toEqual([])

    // A school coordinator's device imports it.
    const school = await openApp(browser(), { acceptDownloads: true })
    await school.page.getByTestId('choose-coordinator').click()
    await school.page.getByRole('textbox', { name: '学校名称' }).fill('小街子小学')
    await school.page.getByTestId('unit-save').click()
    await school.page.waitForURL(/#\/school$/)
    await closeOfflinePrompt(school.page)
    const imported = await importCodeFiles(school.page, writeCodeFiles(dir, [['三年级二班-汇总', summaryLink]]))
    await expect(imported.first().getAttribute('data-tone')).resolves.toBe('added')
    await expect(imported.first().textContent()).resolves.toContain('收到三年级二班的汇总')
    await expect.poll(() => school.page.getByTestId('rollup-sent').textContent()).toContain('已交 1 个班，共 1 个班')
    await expect(school.page.getByTestId('ranking-三年级二班').getAttribute('data-rank')).resolves.toBe('1')
    await expect(school.page.getByTestId('rate-collection').getAttribute('data-rate')).resolves.toBe(String(11 / 14))

    // The ranking as a CSV file Excel opens correctly: UTF-8 with a byte-order mark.
    const [download] = await Promise.all([school.page.waitForEvent('download'), school.page.getByTestId('rollup-csv').click()])
    expect(download.suggestedFilename()).toBe(`小街子小学-排名-${week}.csv`)
    const csv = readFileSync((await download.path())!)
    expect([...csv.subarray(0, 3)]).toEqual([0xEF, 0xBB, 0xBF])
    expect(csv.toString('utf8').slice(1).split('\r\n')).toEqual([
      '名次,名称,所属学校,交报告户数,家庭总数,分类收集率（%）,知晓率（%）,人均积分',
      '1,三年级二班,小街子小学,2,3,78.6,80,12',
      '',
    ])
    expect(await seriousA11yViolations(school.page)).toEqual([])

    // Both devices, both languages, phone widths: nothing sticks out sideways.
    await checkWidths(page, ['#/class', '#/class/reports', '#/class/items', '#/class/rewards', '#/class/invite', '#/class/setup', '#/me'])
    await checkWidths(school.page, ['#/school', '#/school/setup', '#/me'])
    expect(errors).toEqual([])
    expect(school.errors).toEqual([])
    await school.context.close()
    await context.close()
  })
})

async function checkWidths(page: Page, routes: readonly string[]) {
  for (const locale of ['zh-CN', 'en']) {
    await page.evaluate(value => localStorage.setItem('sorthero.locale', value), locale)
    for (const width of [360, 390]) {
      await page.setViewportSize({ width, height: 740 })
      for (const route of routes) {
        await go(page, route)
        await page.locator('h1').first().waitFor()
        await page.waitForLoadState('networkidle')
        expect(await overflow(page), `${route} at ${width} px in ${locale}`).toBeLessThanOrEqual(0)
      }
    }
  }
}
