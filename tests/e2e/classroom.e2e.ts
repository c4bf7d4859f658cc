import type { Page } from 'playwright-core'
import type { Category } from '@/domain/categories'
import { describe, expect, it } from 'vitest'
import { ALL_ITEMS } from '@/data/items'
import { openApp, seriousA11yViolations, useBrowser } from './support/browser'
import { readTable } from './support/idb'

const browser = useBrowser()

/** A classroom projector: landscape, no touch. */
const PROJECTOR = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, hasTouch: false }

/** Onboards as a teacher, in whatever language the page shows, and opens the classroom battle. */
async function openClassroomAsTeacher(page: Page, name: string): Promise<void> {
  await page.getByTestId('choose-teacher').click()
  await page.getByRole('textbox').first().fill(name)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL(/#\/class\/setup$/)
  await page.goto(page.url().replace(/#.*$/, '#/learn/class'))
  await page.getByTestId('classroom-setup').waitFor()
}

/** The scores on the live scoreboard, in team order. */
async function scoreboard(page: Page): Promise<number[]> {
  const texts = await page.getByTestId('scoreboard').locator('[data-testid^="score-"]').allTextContents()
  return texts.map(Number)
}

/** The bin the revealed answer names. */
async function revealedBin(page: Page): Promise<string | null> {
  const bin = await page.locator('[data-answer="true"]').getAttribute('data-testid')
  return bin?.replace(/^bin-/, '') ?? null
}

/** The right bin of the item on screen, from the knowledge base (national rules), by its names. */
async function knownAnswer(page: Page): Promise<Category> {
  const name = (await page.getByTestId('item-name').textContent())?.trim()
  const item = ALL_ITEMS.find(i => i.en === name || i.zh === name)
  if (!item) throw new Error(`no item named ${name}`)
  return item.category
}

describe('classroom battle', () => {
  it('plays a three-team battle judged by the teacher to a shared first place, and keeps it', async () => {
    const { context, page, errors } = await openApp(browser(), PROJECTOR)
    await openClassroomAsTeacher(page, '王老师')
    await page.getByRole('heading', { level: 1, name: '课堂对战' }).waitFor()
    await page.getByText('还没有对战记录').waitFor()

    // Four default teams; the class plays with three, one of them renamed.
    const names = page.getByTestId('classroom-setup').getByRole('textbox')
    await expect(names.evaluateAll(inputs => inputs.map(i => (i as HTMLInputElement).value))).resolves.toEqual(['红队', '蓝队', '绿队', '黄队'])
    await page.getByRole('button', { name: '删除黄队' }).click()
    await page.getByRole('textbox', { name: '第 2 队的队名' }).fill('红队')
    await page.getByRole('button', { name: '开始对战' }).click()
    await page.getByText('已经有队叫这个名字了。').waitFor()
    await page.getByRole('textbox', { name: '第 2 队的队名' }).fill('蓝队')
    await page.getByRole('textbox', { name: '第 3 队的队名' }).fill('小太阳')
    await page.getByTestId('item-count').fill('5')
    await page.getByTestId('item-count').press('Tab')
    await page.getByRole('button', { name: '开始对战' }).click()

    await page.getByTestId('classroom-play').waitFor()
    await expect(page.getByTestId('progress').textContent()).resolves.toBe('第 1 题，共 5 题')
    await expect(scoreboard(page)).resolves.toEqual([0, 0, 0])
    expect(await seriousA11yViolations(page)).toEqual([])

    // Who got each item right: by number keys, by tapping, before and after the reveal.
    const marks = [[0, 2], [0], [1, 2], [], [0, 2]]
    const answers: Array<string | null> = []
    for (const [index, teams] of marks.entries()) {
      await expect(page.getByTestId('progress').textContent()).resolves.toBe(`第 ${index + 1} 题，共 5 题`)
      if (index % 2 === 0) {
        for (const team of teams) await page.keyboard.press(String(team + 1))
        await page.keyboard.press('Enter')
      }
      else {
        await page.getByRole('button', { name: '公布答案' }).click()
        for (const team of teams) await page.getByTestId(`team-toggle-${team}`).click()
      }
      await page.getByTestId('reveal').waitFor()
      await expect(page.getByTestId('reason').textContent()).resolves.toMatch(/\S/)
      answers.push(await revealedBin(page))
      if (index === 0) await expect(scoreboard(page)).resolves.toEqual([1, 0, 1])
      if (index === marks.length - 1) await expect(page.getByTestId('classroom-next').textContent()).resolves.toContain('看结果')
      // Enter goes on, even right after a team was tapped.
      await page.keyboard.press('Enter')
    }
    expect(new Set(answers)).toEqual(new Set(['recyclable', 'hazardous', 'kitchen', 'other']))

    await page.getByRole('heading', { level: 1, name: '对战结束！' }).waitFor()
    const first = page.getByTestId('podium-1')
    await expect(first.textContent()).resolves.toContain('红队')
    await expect(first.textContent()).resolves.toContain('小太阳')
    await expect(first.textContent()).resolves.toContain('并列')
    await expect(page.getByTestId('podium-2').count()).resolves.toBe(0)
    await expect(page.getByTestId('podium-3').textContent()).resolves.toContain('蓝队')
    await expect(page.getByTestId('ranking').getByRole('listitem').allTextContents()).resolves.toEqual([
      '第一名 · 并列红队3 分',
      '第一名 · 并列小太阳3 分',
      '第三名蓝队1 分',
    ])
    await page.getByTestId('battle-saved').waitFor()

    const [saved, ...more] = await readTable(page, 'classBattles')
    expect(more).toEqual([])
    expect(saved).toMatchObject({
      mode: 'teacher',
      ruleSet: 'national',
      teams: [{ name: '红队', colour: 'red', score: 3 }, { name: '蓝队', colour: 'blue', score: 1 }, { name: '小太阳', colour: 'green', score: 3 }],
    })
    expect(saved!.itemIds).toHaveLength(5)
    expect((saved!.results as Array<{ correctTeams: number[] }>).map(r => r.correctTeams)).toEqual([[0, 2], [0], [1, 2], [], [0, 2]])

    // Back on the setup screen, the battle is listed; the teams stay as they were.
    await page.getByTestId('change-teams').click()
    const past = page.getByTestId('past-battle')
    await expect(past.count()).resolves.toBe(1)
    await expect(past.textContent()).resolves.toContain('冠军：红队、小太阳')
    await expect(past.textContent()).resolves.toContain('5 题')

    // A new battle starts from zero; leaving it halfway asks first and keeps nothing.
    await page.getByRole('button', { name: '开始对战' }).click()
    await expect(scoreboard(page)).resolves.toEqual([0, 0, 0])
    await page.getByTestId('classroom-exit').click()
    await page.getByRole('dialog').getByRole('button', { name: '退出' }).click()
    await page.waitForURL(/#\/learn$/)
    await expect(readTable(page, 'classBattles').then(rows => rows.length)).resolves.toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('plays a battle in turns on a phone in English and dark mode, scoring each team’s pick', async () => {
    const { context, page, errors } = await openApp(browser(), { colorScheme: 'dark' })
    await page.getByTestId('language-en').click()
    await openClassroomAsTeacher(page, 'Ms Wang')
    await page.getByRole('heading', { level: 1, name: 'Classroom battle' }).waitFor()

    await page.getByRole('button', { name: 'Remove Yellow' }).click()
    await page.getByTestId('mode-turns').click()
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'One item fewer' }).click()
    await expect(page.getByTestId('item-count').inputValue()).resolves.toBe('4')
    // Three teams cannot share four items evenly: the setup says so and offers six.
    await page.getByRole('button', { name: 'Make it 6 items, the same for every team' }).waitFor()
    await page.getByRole('button', { name: 'Start the battle' }).click()

    await page.getByTestId('classroom-play').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])

    // Red answers items 1 and 4 right, Blue misses item 2, Green gets item 3 right.
    const turns = ['Red', 'Blue', 'Green', 'Red']
    const getsItRight = [true, false, true, true]
    const categories: Category[] = ['recyclable', 'hazardous', 'kitchen', 'other']
    const answers: string[] = []
    for (const [index, team] of turns.entries()) {
      await expect(page.getByTestId('progress').textContent()).resolves.toBe(`Item ${index + 1} of 4`)
      await expect(page.getByTestId('prompt').textContent()).resolves.toContain(`Over to ${team}`)
      const right = await knownAnswer(page)
      const pick = getsItRight[index] ? right : categories.find(c => c !== right)!
      if (index === 0) await page.keyboard.press(String(categories.indexOf(pick) + 1))
      else await page.getByTestId(`bin-${pick}`).click()
      await page.getByTestId('reveal').waitFor()
      await expect(page.getByTestId('verdict').textContent()).resolves.toContain(getsItRight[index] ? `${team} got it right!` : `${team} chose`)
      answers.push((await revealedBin(page))!)
      // The next button has the focus now, so Enter goes on.
      await page.keyboard.press('Enter')
    }
    expect(new Set(answers)).toEqual(new Set(categories))

    await page.getByRole('heading', { level: 1, name: 'Battle over!' }).waitFor()
    await expect(page.getByTestId('podium-1').textContent()).resolves.toContain('Red')
    await expect(page.getByTestId('podium-2').textContent()).resolves.toContain('Green')
    await expect(page.getByTestId('podium-3').textContent()).resolves.toContain('Blue')
    await expect(page.getByTestId('ranking').getByRole('listitem').allTextContents()).resolves.toEqual([
      '1stRedScore 2',
      '2ndGreenScore 1',
      '3rdBlueScore 0',
    ])
    await page.getByTestId('battle-saved').waitFor()
    const [saved] = await readTable(page, 'classBattles')
    expect(saved).toMatchObject({ mode: 'turns', teams: [{ name: 'Red', score: 2 }, { name: 'Blue', score: 0 }, { name: 'Green', score: 1 }] })
    expect((saved!.results as Array<{ turn: { team: number } }>).map(r => r.turn.team)).toEqual([0, 1, 2, 0])

    await page.getByTestId('change-teams').click()
    await expect(page.getByTestId('past-battle').textContent()).resolves.toContain('First place: Red')
    expect(errors).toEqual([])
    await context.close()
  })
})
