/**
 * The whole school flow in English, through the real UI on three devices: a teacher sets up a
 * class and invites; a household opens the invite before it has a household, sets one up, joins
 * and sends its sign-up link; the teacher opens that link; the household logs two days, passes
 * the awareness check and shares this week's report from Me; the teacher imports it as a file,
 * sees the class's rates and makes the class summary; a school coordinator imports the summary
 * into the school's ranking and downloads it as CSV. Every device is switched to English on the
 * welcome page first, every name typed is English, and the pages checked show no Chinese.
 *
 * All three clocks are fixed at the same moment (Wednesday 2 December 2026, Asia/Shanghai): the
 * household shares the report of the week it is in (it joined this week, so Me offers this
 * week's report), and the teacher and the coordinator must count in that same week.
 */
import type { Browser, Page } from 'playwright-core'
import type { MemberSpec } from './support/browser'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeCode } from '../../src/domain/codes/codec'
import { codeDataOf } from '../../src/domain/codes/link'
import { baseUrl, fillHouseholdSteps, openApp, seriousA11yViolations, useBrowser } from './support/browser'
import { closeOfflinePrompt, importCodeFiles, logDay, passAwarenessCheck, writeCodeFiles } from './support/flows'
import { readTable } from './support/idb'

const WEDNESDAY = '2026-12-02T10:00:00+08:00'
const WEEK = '2026-11-30'

const SCHOOL = 'Riverside Primary'
const TEACHER = 'Ms Wang'
const CLASS = 'Class 3B'
const HOUSEHOLD = 'The Lis'
const MEMBERS: MemberSpec[] = [
  { nickname: 'Lily', role: 'child', avatar: '🐼' },
  { nickname: 'Mum', role: 'parent', avatar: '🐱' },
]

const dir = mkdtempSync(join(tmpdir(), 'sorthero-school-en-'))
const browser = useBrowser()

const go = (page: Page, hash: string) => page.goto(page.url().replace(/#.*$/, hash))

/**
 * A device of its own (a fresh context from `openApp`) in Shanghai's time zone, its clock fixed
 * at `WEDNESDAY`, switched to English on the welcome page before anything else.
 */
async function openEnglishDevice(on: Browser, options: Parameters<typeof openApp>[1] = {}) {
  const device = await openApp(on, { timezoneId: 'Asia/Shanghai', ...options })
  await device.context.clock.setFixedTime(new Date(WEDNESDAY))
  await device.page.reload()
  expect(await device.page.evaluate(() => Date.now())).toBe(Date.parse(WEDNESDAY))
  await device.page.getByTestId('language-en').click()
  await expect.poll(() => device.page.evaluate(() => document.documentElement.lang)).toBe('en')
  await checkEnglishPage(device.page, 'Welcome to SortHero')
  return device
}

/** The page's width against the viewport: nothing may stick out sideways. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

const HAN = /[\u4E00-\u9FFF]/

/**
 * The visible text of the page (header, main region and tab bar), leaving out what is marked as
 * being in another language: the language picker names each language in itself (简体中文), and
 * the About card gives the app's Chinese name beside its English one.
 */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let text = document.body.innerText
    for (const part of document.body.querySelectorAll<HTMLElement>('[lang]')) {
      if (!part.lang.startsWith('en')) text = text.replace(part.innerText, '')
    }
    return text
  })
}

/**
 * The page under `heading` is in English: no Chinese character shows (the names typed in this
 * test are all English), and nothing sticks out sideways at the phone's 360 px.
 */
async function checkEnglishPage(page: Page, heading: string) {
  await expect.poll(() => page.locator('h1').first().textContent().then(text => text?.trim())).toBe(heading)
  const chinese = (await visibleText(page)).match(new RegExp(`.{0,20}${HAN.source}.{0,20}`, 'u'))
  expect(chinese?.[0] ?? null, `Chinese on “${heading}” (${page.url()})`).toBeNull()
  expect(await overflow(page), `“${heading}” at 360 px`).toBeLessThanOrEqual(0)
}

describe('the school flow in English', () => {
  it('a teacher invites, a household joins and reports, the teacher counts it and a school coordinator ranks the class — all in English', { timeout: 240_000 }, async () => {
    // 1. The teacher's device: name and school, then the class.
    const teacher = await openEnglishDevice(browser())
    const { page } = teacher
    await page.getByTestId('choose-teacher').click()
    await page.getByRole('textbox', { name: 'What should we call you?' }).fill(TEACHER)
    await page.getByRole('textbox', { name: /^School/ }).fill(SCHOOL)
    await checkEnglishPage(page, 'Hello, teacher')
    await page.getByRole('button', { name: 'Get started' }).click()
    await page.waitForURL(/#\/class\/setup$/)
    await closeOfflinePrompt(page)
    // The tabs are the class's, in English.
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents()).resolves.toEqual(['Class', 'Reports', 'Items', 'Rewards', 'Learn', 'Me'])
    // No class name: refused in English, and nothing saved.
    await page.getByRole('button', { name: 'Create the class' }).click()
    await expect(page.getByTestId('class-form').textContent()).resolves.toContain('Please enter the class name (at most 20 characters).')
    expect(await readTable(page, 'schoolClasses')).toEqual([])
    await checkEnglishPage(page, 'Set up a class')
    await page.getByRole('textbox', { name: 'Class', exact: true }).fill(CLASS)
    await page.getByRole('button', { name: 'Create the class' }).click()
    await page.waitForURL(/#\/class\/invite$/)

    // The invite carries the class as typed, signed by the teacher's device.
    const inviteLink = (await page.getByTestId('code-link').textContent())!.trim()
    expect(inviteLink.startsWith(`${baseUrl()}#/code/`)).toBe(true)
    const invite = await decodeCode(codeDataOf(inviteLink)!)
    if (!invite.ok || invite.value.kind !== 'class-invite') throw new Error('not an invite')
    expect(invite.value.payload).toMatchObject({ className: CLASS, school: SCHOOL, teacher: TEACHER, area: { district: 'jiangyang' }, periodKind: 'week', rewards: [], items: [] })
    const classId = invite.value.payload.classId
    expect((await readTable(page, 'schoolClasses')).map(row => [row.id, row.name, row.school, row.teacher])).toEqual([[classId, CLASS, SCHOOL, TEACHER]])
    await checkEnglishPage(page, 'Class invite')

    // 2. The household's phone opens the invite before it has a household …
    const home = await openEnglishDevice(browser())
    await home.page.goto(inviteLink)
    await expect(home.page.getByTestId('code-preview').getAttribute('data-kind')).resolves.toBe('class-invite')
    await expect(home.page.getByTestId('code-summary').textContent()).resolves.toContain(`${TEACHER} invites your household to join ${CLASS} at ${SCHOOL}.`)
    await checkEnglishPage(home.page, 'SortHero code')
    await home.page.getByTestId('set-up-household').click()
    await home.page.waitForURL(/#\/welcome/)
    await fillHouseholdSteps(home.page, HOUSEHOLD, MEMBERS)
    // … comes back to the same invitation with one: what joining means, then the answers.
    await home.page.waitForURL(/#\/code\//)
    await closeOfflinePrompt(home.page)
    const means = home.page.getByTestId('join-means')
    await expect(means.textContent()).resolves.toContain('What joining means')
    await expect(means.textContent()).resolves.toContain('how much of your waste was sorted (your sorting rate)')
    await expect(means.textContent()).resolves.toContain('Never shared:')
    await expect(means.textContent()).resolves.toContain('the names of your household members')
    await expect(home.page.getByTestId('answers-nickname').inputValue()).resolves.toBe(HOUSEHOLD)
    await expect(home.page.getByTestId('answers-children').inputValue()).resolves.toBe('1')
    await expect(home.page.getByTestId('answers-adults').inputValue()).resolves.toBe('1')
    await checkEnglishPage(home.page, 'SortHero code')
    // Dad does not use the app, but lives here.
    await home.page.getByTestId('answers-adults').fill('2')
    await home.page.getByTestId('join-confirm').click()
    const done = home.page.getByTestId('code-done')
    await done.waitFor()
    await expect(done.textContent()).resolves.toContain(`You joined ${CLASS}!`)
    const enrollmentLink = (await done.getByTestId('code-link').textContent())!.trim()
    await expect(done.textContent()).resolves.toContain('Give the sign-up code to the teacher')
    expect(enrollmentLink.startsWith(`${baseUrl()}#/code/`)).toBe(true)
    const enrollment = await decodeCode(codeDataOf(enrollmentLink)!, { kinds: ['enrollment'] })
    expect(enrollment.ok && enrollment.value.kind === 'enrollment' && enrollment.value.payload).toMatchObject({ classId, nickname: HOUSEHOLD, children: 1, adults: 2 })
    expect((await readTable(home.page, 'joinedClasses')).map(row => [row.classId, row.nickname, row.children, row.adults])).toEqual([[classId, HOUSEHOLD, 1, 2]])
    await checkEnglishPage(home.page, 'SortHero code')

    // 3. The teacher opens the sign-up link the family sent: a preview in English, then the class.
    await page.goto(enrollmentLink)
    await expect(page.getByTestId('code-preview').getAttribute('data-kind')).resolves.toBe('enrollment')
    await expect(page.getByTestId('code-summary').textContent()).resolves.toContain(`${HOUSEHOLD} asks to join ${CLASS}: 1 child, 2 adults.`)
    await expect(page.getByTestId('code-effect').textContent()).resolves.toContain(`Add ${HOUSEHOLD} to the households of ${CLASS}.`)
    await checkEnglishPage(page, 'SortHero code')
    await page.getByRole('button', { name: 'Add to the class' }).click()
    await expect(page.getByTestId('code-done').textContent()).resolves.toContain(`${HOUSEHOLD} joined ${CLASS}.`)
    expect((await readTable(page, 'enrollments')).map(row => [row.classId, row.nickname, row.children, row.adults])).toEqual([[classId, HOUSEHOLD, 1, 2]])
    await go(page, '#/class/reports')
    const enrolled = page.getByTestId('enrolled')
    await expect.poll(() => enrolled.textContent()).toContain('Families in the class (1)')
    await expect(enrolled.locator('li').allInnerTexts()).resolves.toEqual([expect.stringMatching(new RegExp(`^${HOUSEHOLD}\\s+children: 1, adults: 2\\s+Remove$`))])
    await expect(page.getByTestId('reports-count').textContent()).resolves.toContain('0 of 1 reported')
    await checkEnglishPage(page, 'Collect reports')

    // 4. The household logs two days and Mum passes the awareness check …
    await go(home.page, '#/log')
    await logDay(home.page, '2026-11-30', { kitchen: 2, other: 1 })
    await logDay(home.page, '2026-12-01', { kitchen: 1, other: 1, mixedOther: true })
    await checkEnglishPage(home.page, 'Log')
    await passAwarenessCheck(home.page, '🐱 Mum')
    await checkEnglishPage(home.page, 'Awareness check')
    // … and Me shows this week's report (the family joined this week), in English.
    await go(home.page, '#/me')
    const report = home.page.getByTestId('joined-class').getByTestId('report-card')
    await expect.poll(() => report.getAttribute('data-period')).toBe(WEEK)
    await expect.poll(() => report.getByTestId('report-days').textContent()).toContain('2 days')
    await expect(report.locator('h3').first().textContent()).resolves.toContain('Report for week of Nov 30, 2026')
    // 3 kitchen bags × 1.5 kg and 1 residual bag × 1 kg sorted, 1 residual bag mixed: 5.5 of 6.5 kg.
    await expect(report.getByTestId('report-collection').textContent()).resolves.toContain('85%')
    await expect(report.textContent()).resolves.toContain('1 of 2')
    // The app's name is bilingual: its Chinese half is marked as Chinese (and left out of the check).
    const about = home.page.getByRole('region', { name: 'About' })
    await expect(about.innerText()).resolves.toContain('SortHero · 分类小达人 · Sorting starts with me')
    await expect(about.locator('[lang="zh-CN"]').allTextContents()).resolves.toEqual(['分类小达人'])
    await checkEnglishPage(home.page, 'Me')
    await report.getByTestId('report-share').click()
    await report.getByTestId('report-shared').waitFor()
    await expect(report.getByTestId('report-shared').textContent()).resolves.toContain('Give the report to the teacher')
    const reportLink = (await report.getByTestId('code-link').textContent())!.trim()
    const decoded = await decodeCode(codeDataOf(reportLink)!, { kinds: ['report'] })
    if (!decoded.ok || decoded.value.kind !== 'report') throw new Error('not a report')
    const { tally } = decoded.value.payload
    expect(decoded.value.payload).toMatchObject({
      classId,
      period: WEEK,
      tally: { daysLogged: 2, members: 2, aware: 1, categories: { kitchen: { sortedBags: 3, mixedBags: 0, sortedKgTenths: 45, mixedKgTenths: 0 }, other: { sortedBags: 1, mixedBags: 1, sortedKgTenths: 10, mixedKgTenths: 10 } } },
    })
    expect(tally.points).toBeGreaterThan(0)
    await expect.poll(() => readTable(home.page, 'sharedReports').then(rows => rows.map(row => [row.classId, row.period]))).toEqual([[classId, WEEK]])
    await checkEnglishPage(home.page, 'Me')

    // 5. The teacher imports the report as the file the family sent: said in English, and counted.
    await go(page, '#/class/reports')
    const received = await importCodeFiles(page, writeCodeFiles(dir, [[`${HOUSEHOLD}-report`, reportLink]]))
    await expect(received.first().getAttribute('data-tone')).resolves.toBe('added')
    await expect(received.first().textContent()).resolves.toContain(`Report received from ${HOUSEHOLD} (week of Nov 30, 2026).`)
    await expect.poll(() => page.getByTestId('reports-count').textContent()).toContain('1 of 1 reported')
    expect((await readTable(page, 'classReports')).map(row => [row.classId, row.period])).toEqual([[classId, WEEK]])
    await go(page, '#/class')
    // The class's rates are the family's: 55 of 65 tenths of a kilogram sorted, 1 of 2 members aware.
    await expect.poll(() => page.getByTestId('rate-collection').getAttribute('data-rate')).toBe(String(55 / 65))
    await expect(page.getByTestId('rate-collection').textContent()).resolves.toContain('Sorting rate')
    await expect(page.getByTestId('rate-awareness').getAttribute('data-rate')).resolves.toBe(String(1 / 2))
    await expect(page.getByTestId('rate-awareness').textContent()).resolves.toContain('Awareness rate')
    await expect(page.getByTestId('class-reported').textContent()).resolves.toContain('1 of 1 reported')
    await expect(page.getByTestId(`leaderboard-${HOUSEHOLD}`).getAttribute('data-rank')).resolves.toBe('1')
    await checkEnglishPage(page, 'My class')
    expect(await seriousA11yViolations(page)).toEqual([])

    // 6. The class summary for the school …
    await page.getByTestId('summary-make').click()
    const summaryLink = (await page.getByTestId('summary-export').getByTestId('code-link').textContent())!.trim()
    await expect(page.getByTestId('summary-what').textContent()).resolves.toContain('week of Nov 30, 2026: 1 of 1 families reported.')
    const summary = await decodeCode(codeDataOf(summaryLink)!, { kinds: ['class-summary'] })
    expect(summary.ok && summary.value.kind === 'class-summary' && summary.value.payload).toMatchObject({ level: 'class', unitId: classId, name: CLASS, parentName: SCHOOL, period: WEEK, households: { reported: 1, enrolled: 1 }, tally: { members: 2, aware: 1 } })

    // … which the school coordinator's device imports, as a file.
    const school = await openEnglishDevice(browser(), { acceptDownloads: true })
    await school.page.getByTestId('choose-coordinator').click()
    await school.page.getByRole('textbox', { name: 'School', exact: true }).fill(SCHOOL)
    await school.page.getByTestId('unit-save').click()
    await school.page.waitForURL(/#\/school$/)
    await closeOfflinePrompt(school.page)
    const imported = await importCodeFiles(school.page, writeCodeFiles(dir, [[`${CLASS}-summary`, summaryLink]]))
    await expect(imported.first().getAttribute('data-tone')).resolves.toBe('added')
    await expect(imported.first().textContent()).resolves.toContain(`Summary received from ${CLASS} (week of Nov 30, 2026).`)
    await expect.poll(() => school.page.getByTestId('rollup-sent').textContent()).toContain('1 of 1 classes sent')
    await expect(school.page.getByTestId(`ranking-${CLASS}`).getAttribute('data-rank')).resolves.toBe('1')
    // The school's rates are its one class's.
    await expect(school.page.getByTestId('rate-collection').getAttribute('data-rate')).resolves.toBe(String(55 / 65))
    await expect(school.page.getByTestId('rate-awareness').getAttribute('data-rate')).resolves.toBe(String(1 / 2))
    expect((await readTable(school.page, 'summaries')).map(row => [row.unitId, row.period])).toEqual([[classId, WEEK]])
    await checkEnglishPage(school.page, SCHOOL)
    expect(await seriousA11yViolations(school.page)).toEqual([])

    // The ranking as CSV: English headers, UTF-8 with a byte-order mark, the class's figures.
    const [download] = await Promise.all([school.page.waitForEvent('download'), school.page.getByTestId('rollup-csv').click()])
    expect(download.suggestedFilename()).toBe(`${SCHOOL}-ranking-${WEEK}.csv`)
    const csv = readFileSync((await download.path())!)
    expect([...csv.subarray(0, 3)]).toEqual([0xEF, 0xBB, 0xBF])
    const perPerson = Math.round(tally.points / tally.members * 10) / 10
    expect(csv.toString('utf8').slice(1).split('\r\n')).toEqual([
      'Rank,Name,School,Families reported,Families,Sorting rate (%),Awareness rate (%),Points per person',
      `1,${CLASS},${SCHOOL},1,1,84.6,50,${perPerson}`,
      '',
    ])

    expect(teacher.errors).toEqual([])
    expect(home.errors).toEqual([])
    expect(school.errors).toEqual([])
    await school.context.close()
    await home.context.close()
    await teacher.context.close()
  })
})
