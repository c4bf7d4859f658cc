import type { SortHeroDb } from '../db'
import type { SchoolClass } from '@/domain/school/records'
import { beforeEach, describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from '@/domain/codes/base64url'
import { codeLink } from '@/domain/codes/link'
import { dateToInstant } from '@/domain/dates'
import { dumpDb, freshDb, householdDraft } from '../testing'
import { createHousehold } from './household'
import { acceptClassItem, classInviteCode, createClass, setClassRewards, updateClass } from './school'
import { classItemsForLookup, joinClass, joinedClasses } from './school-household'
import { getSetting } from './settings'

const TODAY = '2026-12-03'
const NOW = dateToInstant(TODAY)
const answers = { nickname: '小明家', children: 1, adults: 2 }
const draft = { school: '小街子小学', name: '三年级二班', teacher: '王老师', area: { district: 'jiangyang' as const }, periodKind: 'week' as const, ruleSet: 'shanghai' as const }

let teacher: SortHeroDb
let home: SortHeroDb
let cls: SchoolClass
let invite: string
beforeEach(async () => {
  teacher = freshDb()
  home = freshDb()
  cls = await createClass(teacher, draft, '2026-11-02', NOW)
  await acceptClassItem(teacher, cls.id, { name: '电子烟', category: 'hazardous' }, NOW)
  invite = codeLink('https://example.org/sorthero/', await classInviteCode(teacher, cls.id))
})

async function expectUnchanged(run: () => Promise<unknown>) {
  const before = await dumpDb(home)
  await run()
  expect(await dumpDb(home)).toEqual(before)
}

describe('joinClass', () => {
  beforeEach(async () => {
    await createHousehold(home, householdDraft(), NOW)
  })

  it('joins with the family’s answers and takes the class’s rule set when asked, in one write', async () => {
    const outcome = await joinClass(home, invite, { today: TODAY, now: NOW, answers, adoptRuleSet: true })
    expect(outcome).toMatchObject({ ok: true, value: { action: 'add', details: { className: '三年级二班', teacher: '王老师' } } })
    expect((await joinedClasses(home)).map(j => [j.classId, j.nickname, j.children, j.adults])).toEqual([[cls.id, '小明家', 1, 2]])
    expect(await getSetting(home, 'ruleSet')).toBe('shanghai')
    expect(await classItemsForLookup(home)).toEqual([{ name: '电子烟', category: 'hazardous' }])
  })

  it('keeps the device’s rule set unless asked', async () => {
    await joinClass(home, invite, { today: TODAY, answers, adoptRuleSet: false })
    expect(await getSetting(home, 'ruleSet')).toBeUndefined()
  })

  it('applies an update: new rewards, a new item, a new rule set', async () => {
    await joinClass(home, invite, { today: TODAY, answers, adoptRuleSet: false })
    await setClassRewards(teacher, cls.id, [{ title: '当一天小组长', emoji: '⭐', cost: 40 }])
    await acceptClassItem(teacher, cls.id, { name: '暖宝宝', category: 'other' }, NOW + 1000)
    await updateClass(teacher, cls.id, { ...draft, ruleSet: 'beijing' }, TODAY)
    const update = await classInviteCode(teacher, cls.id)
    expect(await joinClass(home, update, { today: TODAY, adoptRuleSet: true })).toMatchObject({ ok: true, value: { action: 'replace' } })
    expect((await home.rewards.toArray()).map(r => r.title)).toEqual(['当一天小组长'])
    expect(await classItemsForLookup(home)).toEqual([{ name: '电子烟', category: 'hazardous' }, { name: '暖宝宝', category: 'other' }])
    expect(await getSetting(home, 'ruleSet')).toBe('beijing')
    // The answers stay as the family gave them.
    expect((await joinedClasses(home))[0]).toMatchObject(answers)
  })

  it('refuses a tampered invite and changes nothing', async () => {
    const bytes = fromBase64Url(invite.slice(invite.indexOf('#/code/') + 7))!
    bytes[bytes.length - 3]! ^= 0x10
    await expectUnchanged(async () => {
      expect(await joinClass(home, toBase64Url(bytes), { today: TODAY, answers, adoptRuleSet: true })).toMatchObject({ ok: false, error: { code: expect.stringMatching(/bad-signature|malformed|invalid-payload/) } })
    })
  })

  it('refuses another kind of code, and text that is no code', async () => {
    await expectUnchanged(async () => {
      expect(await joinClass(home, 'https://example.org/#/lookup', { today: TODAY, answers, adoptRuleSet: true })).toMatchObject({ ok: false, error: { code: 'malformed' } })
    })
  })

  it('refuses bad answers with a translated problem and writes nothing', async () => {
    await expectUnchanged(async () => {
      await expect(joinClass(home, invite, { today: TODAY, answers: { ...answers, children: 0, adults: 0 }, adoptRuleSet: true })).rejects.toMatchObject({ code: 'school.join.people' })
      await expect(joinClass(home, invite, { today: TODAY, answers: { ...answers, nickname: ' ' }, adoptRuleSet: true })).rejects.toMatchObject({ code: 'nickname.empty' })
      await expect(joinClass(home, invite, { today: TODAY, adoptRuleSet: true })).rejects.toMatchObject({ code: 'school.join.answers' })
    })
  })
})

describe('joinClass without a household', () => {
  it('refuses to join: the family sets up its household first', async () => {
    await expectUnchanged(async () => {
      await expect(joinClass(home, invite, { today: TODAY, answers, adoptRuleSet: true })).rejects.toMatchObject({ code: 'school.join.noHousehold' })
    })
  })
})
