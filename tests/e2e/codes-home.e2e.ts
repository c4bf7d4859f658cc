/**
 * The household side of the school, with two devices: the household's phone (Chromium) and the
 * teacher's device, played in Node by the same repositories the teacher's pages call, on
 * fake-indexeddb. The teacher's screens are not on this branch; the codes are the real ones.
 *
 * The phone's clock is fixed (Wednesday 2 December 2026, then Tuesday 8 December, Asia/Shanghai),
 * so the weeks and the report period are the same on every run.
 */
import 'fake-indexeddb/auto'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import type { SchoolClass } from '@/domain/school/records'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SortHeroDb } from '@/db/db'
import { importCode, previewCode } from '@/db/repos/codes'
import { acceptClassItem, classInviteCode, createClass, enrollmentsOf, setClassRewards } from '@/db/repos/school'
import { decodeCode } from '@/domain/codes/codec'
import { codeDataOf } from '@/domain/codes/link'
import { fakeHousehold } from '@/domain/school/testing'
import { writeFakeCamera } from './support/fake-camera'
import { baseUrl, fillHouseholdSteps, onboardHousehold, PHONE, seriousA11yViolations, TWO_MEMBERS, useBrowser } from './support/browser'
import { logDay } from './support/flows'
import { dumpAppDb, readTable } from './support/idb'
import { readQr, writeQrPng } from './support/qr'

const WEDNESDAY = '2026-12-02T10:00:00+08:00'
const NEXT_TUESDAY = '2026-12-08T10:00:00+08:00'
const WEEK = '2026-11-30'

// The teacher's device: a class set up three weeks earlier, with a reward and one name on its
// class item list (trading cards, which the knowledge base also puts in residual waste as 闪卡).
const teacher = new SortHeroDb(`teacher-${crypto.randomUUID()}`)
const classDraft = { school: '小街子小学', name: '三年级二班', teacher: '王老师', area: { district: 'jiangyang' as const }, periodKind: 'week' as const, ruleSet: 'national' as const }
let cls: SchoolClass
let inviteLink: string

// A second class with nothing in it yet: its invite makes the smallest QR code, for the camera.
let smallInviteLink: string
const camera = join(mkdtempSync(join(tmpdir(), 'sorthero-cam-')), 'invite.y4m')

beforeAll(async () => {
  cls = await createClass(teacher, classDraft, '2026-11-09', Date.parse('2026-11-09T09:00:00+08:00'))
  await setClassRewards(teacher, cls.id, [{ title: '当一天小组长', emoji: '⭐', cost: 40 }])
  await acceptClassItem(teacher, cls.id, { name: '奥特曼卡', category: 'other' })
  inviteLink = `${baseUrl()}#/code/${await classInviteCode(teacher, cls.id)}`
  const small = await createClass(teacher, { ...classDraft, name: '一年级一班' }, '2026-11-09')
  smallInviteLink = `${baseUrl()}#/code/${await classInviteCode(teacher, small.id)}`
  const png = camera.replace(/\.y4m$/, '.png')
  writeQrPng(smallInviteLink, png, 3)
  writeFakeCamera(png, camera)
})

const browser = useBrowser()
const withCamera = useBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${camera}`])

/** A phone in 泸州's time zone whose clock shows `time`, opened at `hash`. */
async function openPhone(on: Browser, time: string, hash = '', options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await on.newContext({ ...PHONE, timezoneId: 'Asia/Shanghai', ...options })
  await context.clock.setFixedTime(new Date(time))
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  await page.goto(`${baseUrl()}${hash}`)
  return { context, page, errors }
}

const go = (page: Page, hash: string) => page.goto(page.url().replace(/#.*$/, hash))

/** An element's text without the spaces around it. */
const text = async (locator: Locator) => (await locator.textContent())?.trim()

async function noHorizontalOverflow(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
}

describe('a household joins a class and reports to it', () => {
  let context: BrowserContext
  let page: Page
  let errors: string[]
  let reportLink: string

  afterAll(async () => {
    await context?.close()
  })

  it('opens the invite before having a household, sets one up, comes back and joins; the teacher imports the enrollment', async () => {
    ({ context, page, errors } = await openPhone(browser(), WEDNESDAY, `#/code/${codeDataOf(inviteLink)}`))
    const preview = page.getByTestId('code-preview')
    await preview.waitFor()
    await expect(preview.getAttribute('data-kind')).resolves.toBe('class-invite')
    await expect(page.getByTestId('code-summary').textContent()).resolves.toContain('王老师邀请你们家加入小街子小学三年级二班。')
    await expect(page.getByTestId('invite-summary').textContent()).resolves.toContain('当一天小组长')

    // No household yet: set one up first, and come back to the same invitation.
    await page.getByTestId('set-up-household').click()
    await page.waitForURL(/#\/welcome/)
    await fillHouseholdSteps(page, '小明家', TWO_MEMBERS)
    await page.waitForURL(/#\/code\//)
    await expect(page.getByTestId('join-means').textContent()).resolves.toContain('家庭成员的名字')
    await expect(page.getByTestId('answers-nickname').inputValue()).resolves.toBe('小明家')
    await expect(page.getByTestId('answers-children').inputValue()).resolves.toBe('1')
    await expect(page.getByTestId('answers-adults').inputValue()).resolves.toBe('1')
    await noHorizontalOverflow(page)
    expect(await seriousA11yViolations(page)).toEqual([])

    // Nobody at all is refused in plain words; then the family says two adults.
    await page.getByTestId('answers-children').fill('0')
    await page.getByTestId('answers-adults').fill('0')
    await page.getByTestId('join-confirm').click()
    await expect(page.getByTestId('join-problem').textContent()).resolves.toContain('至少有一个人')
    expect(await readTable(page, 'joinedClasses')).toEqual([])
    await page.getByTestId('answers-children').fill('1')
    await page.getByTestId('answers-adults').fill('2')
    await page.getByTestId('join-confirm').click()

    const done = page.getByTestId('code-done')
    await done.waitFor()
    await expect(done.textContent()).resolves.toContain('已加入三年级二班！')
    await done.getByTestId('code-qr').waitFor()
    const enrollment = (await done.getByTestId('code-link').textContent())!.trim()
    expect(enrollment.startsWith(`${baseUrl()}#/code/`)).toBe(true)
    await noHorizontalOverflow(page)

    // The teacher's device imports the enrollment: the family, as it described itself.
    expect(await importCode(teacher, enrollment, { today: '2026-12-02' })).toMatchObject({ ok: true, value: { action: 'add', details: { kind: 'enrollment', nickname: '小明家', className: '三年级二班' } } })
    expect((await enrollmentsOf(teacher, cls.id)).map(e => [e.nickname, e.children, e.adults])).toEqual([['小明家', 1, 2]])

    // Me shows the class, and the invitation opened again changes nothing.
    await done.getByTestId('code-way-on').click()
    await expect(page.getByTestId('joined-class').getByTestId('joined-answers').textContent()).resolves.toContain('小明家，1 个孩子，2 个大人')
    await page.goto(inviteLink)
    await expect(page.getByTestId('code-preview').getAttribute('data-action')).resolves.toBe('unchanged')
    expect(errors).toEqual([])
  })

  it('finds the class’s names in the lookup, saying they come from the class', async () => {
    await go(page, '#/lookup')
    await page.getByTestId('lookup-input').fill('奥特曼卡')
    const row = page.getByTestId('result-class:奥特曼卡')
    await expect(row.textContent()).resolves.toContain('我们班')
    await row.click()
    expect(await text(page.getByTestId('answer-category'))).toBe('其他垃圾')
    await expect(page.getByTestId('answer-basis').textContent()).resolves.toContain('依据：我们班')
  })

  it('takes in an updated invite after saying what it changes', async () => {
    const { rewards } = (await teacher.schoolClasses.get(cls.id))!
    await setClassRewards(teacher, cls.id, [...rewards, { title: '表扬信', emoji: '📜', cost: 30 }])
    await page.goto(`${baseUrl()}#/code/${await classInviteCode(teacher, cls.id)}`)
    await expect(page.getByTestId('code-preview').getAttribute('data-action')).resolves.toBe('replace')
    expect(await text(page.getByTestId('invite-changes'))).toBe('新奖励：📜 表扬信（30 积分）')
    await page.getByTestId('code-confirm').click()
    await expect(page.getByTestId('code-done').textContent()).resolves.toContain('三年级二班的班级信息已更新。')
    await expect.poll(() => readTable(page, 'rewards').then(rows => rows.map(r => r.title).sort())).toEqual(['当一天小组长', '表扬信'])
  })

  it('opens a code saved as a file from Me, and says when a file holds none', async () => {
    await go(page, '#/me')
    const picker = page.getByTestId('my-class').getByTestId('code-file-input')
    await picker.setInputFiles({ name: '购物清单.txt', mimeType: 'text/plain', buffer: Buffer.from('牛奶\n鸡蛋\n') })
    await expect(page.getByTestId('my-class').getByTestId('code-file-problem').textContent()).resolves.toContain('文件“购物清单.txt”里没有分类小达人码。')
    await picker.setInputFiles({ name: '一年级一班-邀请.sorthero.txt', mimeType: 'text/plain', buffer: Buffer.from(`${smallInviteLink}\n`) })
    await page.waitForURL(smallInviteLink)
    await expect(page.getByTestId('code-summary').textContent()).resolves.toContain('一年级一班')
  })

  it('shows this week’s report on Me exactly as it would be sent, names with boxes to untick', async () => {
    await go(page, '#/log')
    await logDay(page, '2026-11-30', { kitchen: 2, other: 1 })
    await logDay(page, '2026-12-01', { kitchen: 1, other: 1, mixedOther: true })
    // A name the household teaches (a brand of children's watches), and two searches that find nothing.
    await go(page, '#/lookup')
    await page.getByTestId('lookup-input').fill('小天才')
    await page.getByTestId('teach-form').locator('label', { hasText: '可回收物' }).click()
    await page.getByRole('button', { name: '记住它' }).click()
    await page.getByTestId('answer-taught').waitFor()
    await go(page, '#/lookup')
    for (const query of ['蛋仔派对', '奶龙']) {
      await page.getByTestId('lookup-input').fill(query)
      await expect.poll(() => readTable(page, 'missedQueries').then(rows => rows.map(r => r.query)), { timeout: 5000 }).toContain(query)
    }

    await go(page, '#/me')
    const report = page.getByTestId('joined-class').getByTestId('report-card')
    await expect(report.getAttribute('data-period')).resolves.toBe(WEEK)
    expect(await text(report.getByTestId('report-days'))).toBe('2 天')
    // 3 kitchen bags × 1.5 kg sorted; residual: 1 kg sorted, 1 kg mixed: 5.5 of 6.5 kg.
    expect(await text(report.getByTestId('report-collection'))).toBe('85%')
    expect(await report.locator('[data-category="other"] [data-testid="report-mixed"] .part').allTextContents()).toEqual(['1 袋', '1.0 千克'])
    await expect(report.getByTestId('report-taught').locator('input[data-name="小天才"]').isChecked()).resolves.toBe(true)
    await expect(report.getByTestId('report-missed').locator('input[data-name="奶龙"]').isChecked()).resolves.toBe(true)
    await noHorizontalOverflow(page)
    await page.setViewportSize({ width: 390, height: 844 })
    await noHorizontalOverflow(page)
    await page.setViewportSize(PHONE.viewport!)
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('reminds on Log once the week is over; the shared report is accepted by the teacher’s device', async () => {
    await context.clock.setFixedTime(new Date(NEXT_TUESDAY))
    await go(page, '#/log')
    await page.reload()
    const reminder = page.getByTestId('report-reminder')
    await expect(reminder.textContent()).resolves.toContain('三年级二班：2026年11月30日那一周已经结束，报告还没有分享。')
    await reminder.getByTestId('report-missed').locator('input[data-name="奶龙"]').uncheck()
    await reminder.getByTestId('report-share').click()
    await reminder.getByTestId('report-shared').waitFor()
    await expect(reminder.getAttribute('data-shared')).resolves.toBe('true')
    reportLink = (await reminder.getByTestId('code-link').textContent())!.trim()
    await noHorizontalOverflow(page)

    // The teacher's device reads it as the household's report for that week, and would count it.
    const preview = await previewCode(teacher, reportLink, { today: '2026-12-08' })
    expect(preview).toMatchObject({ ok: true, kind: 'report', value: { action: 'add', details: { nickname: '小明家', period: WEEK, reported: 0, enrolled: 1 } } })
    const decoded = await decodeCode(codeDataOf(reportLink)!, { kinds: ['report'] })
    expect(decoded.ok && decoded.value.kind === 'report' && decoded.value.payload).toMatchObject({
      classId: cls.id,
      period: WEEK,
      taught: [{ name: '小天才', category: 'recyclable' }],
      missed: [{ query: '蛋仔派对', count: 1 }],
      tally: { daysLogged: 2, members: 2, categories: { kitchen: { sortedBags: 3, mixedBags: 0 }, other: { sortedBags: 1, mixedBags: 1 } } },
    })
    expect(reportLink.length - `${baseUrl()}#/code/`.length).toBeLessThanOrEqual(600)

    // Shared: the reminder is gone next time (its query has had time to answer), and Me lists the report.
    await page.reload()
    await expect.poll(() => page.locator('button[data-date="2026-11-30"]').textContent()).toContain('✓')
    await page.waitForTimeout(1000)
    expect(await page.getByTestId('report-reminder').count()).toBe(0)
    await go(page, '#/me')
    await expect.poll(() => page.getByTestId('report-history').locator(`li[data-period="${WEEK}"]`).count()).toBe(1)
    expect(errors).toEqual([])
  })

  it('shows a voucher as a signed code the teacher’s device honours once', async () => {
    await go(page, '#/me/rewards')
    await page.getByTestId('rewards-member-小明').click()
    await page.getByRole('button', { name: '兑换 垃圾分类贴纸', exact: true }).click()
    await page.getByRole('dialog', { name: '兑换 垃圾分类贴纸？' }).getByRole('button', { name: '确认兑换' }).click()
    const voucher = page.getByTestId('voucher-dialog').getByTestId('voucher')
    const link = readQr(await voucher.getByTestId('code-qr').screenshot())
    expect(await previewCode(teacher, link, { today: '2026-12-08' })).toMatchObject({ ok: true, kind: 'voucher', value: { action: 'add', details: { nickname: '小明', points: 20 } } })
    expect(await importCode(teacher, link, { today: '2026-12-08' })).toMatchObject({ ok: true })
    expect(await importCode(teacher, link, { today: '2026-12-08' })).toMatchObject({ ok: false, error: { code: 'voucher-used' } })
    expect(errors).toEqual([])
  })

  it('refuses a tampered link in plain words and writes nothing', async () => {
    const data = codeDataOf(reportLink)!
    // A character inside the signature: the content no longer matches it.
    const tampered = `${data.slice(0, 30)}${data[30] === 'A' ? 'B' : 'A'}${data.slice(31)}`
    const invite = codeDataOf(inviteLink)!
    const tamperedInvite = `${invite.slice(0, 30)}${invite[30] === 'A' ? 'B' : 'A'}${invite.slice(31)}`
    const before = await dumpAppDb(page)
    await go(page, `#/code/${tamperedInvite}`)
    const refused = page.getByTestId('code-refused')
    await expect(refused.getAttribute('data-code')).resolves.toBe('bad-signature')
    await expect(refused.textContent()).resolves.toContain('这个码被改动过')
    await expect(refused.textContent()).resolves.toContain('没有任何改动')
    expect(await dumpAppDb(page)).toBe(before)
    // The same on the teacher's device, for the report.
    expect(await previewCode(teacher, tampered, { today: '2026-12-08' })).toMatchObject({ ok: false, error: { code: 'bad-signature' } })
  })
})

describe('a code for the teacher’s phone opened in WeChat', () => {
  it('says it is WeChat’s own browser and shows how to open the link in the phone’s browser (in English)', async () => {
    const userAgent = 'Mozilla/5.0 (Linux; Android 13; V2148A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110005 MMWEBSDK/20231002 MicroMessenger/8.0.43.2480(0x28002B37) WeChat/arm64 Weixin NetType/WIFI Language/en ABI/arm64'
    // Another family's enrollment, signed by its own key.
    const enrollment = await (await fakeHousehold(cls.id, '小红家')).enrollment()
    const { context, page, errors } = await openPhone(browser(), WEDNESDAY, '', { userAgent })
    await page.evaluate(() => localStorage.setItem('sorthero.locale', 'en'))
    await page.goto(`${baseUrl()}#/code/${enrollment}`)
    await page.reload()
    const notice = page.getByTestId('code-in-app')
    await expect(notice.getAttribute('data-app')).resolves.toBe('wechat')
    await expect(notice.textContent()).resolves.toContain('This link opened inside WeChat.')
    await expect(notice.textContent()).resolves.toContain('Tap “···” at the top right and choose “Open in browser”.')
    await notice.getByTestId('code-in-app-copy').waitFor()
    expect(await page.getByTestId('code-confirm').count()).toBe(0)
    expect(await readTable(page, 'enrollments')).toEqual([])
    await noHorizontalOverflow(page)
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the scan page', () => {
  // The fake camera's frames are decoded as they come: a loaded machine (the whole suite at once)
  // can take a while to read one, hence the generous bound.
  it('hands a SortHero QR code to the code page instead of calling it "not a product barcode"', { timeout: 90_000 }, async () => {
    const context = await withCamera().newContext({ ...PHONE, permissions: ['camera'] })
    const page = await context.newPage()
    await page.goto(baseUrl())
    await onboardHousehold(page)
    await page.getByTestId('open-scan').click()
    await page.waitForURL(/#\/code\//, { timeout: 45_000 })
    expect(page.url()).toBe(smallInviteLink)
    await expect(page.getByTestId('code-preview').getAttribute('data-kind')).resolves.toBe('class-invite')
    await expect(page.getByTestId('code-summary').textContent()).resolves.toContain('一年级一班')
    await page.getByTestId('join-form').waitFor()
    await context.close()
  })
})
