import type { ClassDraft } from '@/domain/school/records'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { effectScope, ref, watch } from 'vue'
import { eventually } from '../../tests/support/eventually'
import { encodeCode } from '@/domain/codes/codec'
import { codeLink } from '@/domain/codes/link'
import { localDate, weekStart } from '@/domain/dates'
import { fakeHousehold, tallyOf } from '@/domain/school/testing'
import { loadSchoolMessages } from '@/i18n/school'
import { useSessionStore } from '@/stores/session'
import { dataLayer } from './data-layer'
import { useClassDashboard } from './useClassDashboard'
import { useCodeImport } from './useCodeImport'
import { useHousehold, useHouseholdSetup } from './useHousehold'
import { useImportMessage } from './useImportMessage'
import { useRollupUnits } from './useRollup'
import { useInviteRevision, useSchoolClasses } from './useSchoolClasses'

const draft = (overrides: Partial<ClassDraft> = {}): ClassDraft => ({ school: '小街子小学', name: '三年级二班', teacher: '王老师', area: { district: 'jiangyang' }, periodKind: 'week', ruleSet: 'national', ...overrides })
const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' })

beforeEach(async () => {
  // The school side's texts load with its pages; the router waits for them, so do the tests.
  await loadSchoolMessages()
  setActivePinia(createPinia())
  localStorage.clear()
  const { db } = await dataLayer()
  await Promise.all(db.tables.map(table => table.clear()))
})

describe('a teacher\'s classes', () => {
  it('refuses a class without a name in words, saves nothing, then sets it up and shows it', async () => {
    const scope = effectScope()
    const classes = scope.run(() => useSchoolClasses())!
    const refused = await classes.createClass(draft({ name: '  ' }))
    expect(refused.ok).toBe(false)
    expect(classes.problem.value).toBe('请填写班级名称（最多 20 个字）。')
    const { db } = await dataLayer()
    expect(await db.schoolClasses.count()).toBe(0)

    const created = await classes.createClass(draft())
    expect(created.ok).toBe(true)
    await eventually(() => expect(classes.activeClass.value?.name).toBe('三年级二班'))
    expect(useSessionStore().activeClassId).toBe(classes.activeClass.value!.id)
    scope.stop()
  })

  it('switches between classes and remembers the choice on the device', async () => {
    const scope = effectScope()
    const classes = scope.run(() => useSchoolClasses())!
    await classes.createClass(draft())
    const second = await classes.createClass(draft({ name: '四年级一班' }))
    await eventually(() => expect(classes.classes.value).toHaveLength(2))
    expect(classes.activeClass.value?.name).toBe('四年级一班')
    classes.selectClass(classes.classes.value.find(cls => cls.name === '三年级二班')!.id)
    expect(classes.activeClass.value?.name).toBe('三年级二班')
    expect(second.ok && second.value.id).not.toBe(useSessionStore().activeClassId)
    scope.stop()
  })

  it('offers the updated invite once the catalogue changed after the invite was shown', async () => {
    const scope = effectScope()
    const classes = scope.run(() => useSchoolClasses())!
    const revision = scope.run(() => useInviteRevision(() => classes.activeClass.value))!
    await classes.createClass(draft())
    await eventually(() => expect(classes.activeClass.value).toBeDefined())
    revision.markShown()
    expect(revision.changed.value).toBe(false)

    // Thirty rewards at most: the thirty-first is refused in words and the class is unchanged.
    const tooMany = Array.from({ length: 31 }, (_, i) => ({ title: `奖励${i}`, emoji: '🎁', cost: 10 }))
    expect((await classes.setRewards(classes.activeClass.value!.id, tooMany)).ok).toBe(false)
    expect(classes.problem.value).toBe('一个班最多 30 个奖励。')
    expect(revision.changed.value).toBe(false)

    expect((await classes.setRewards(classes.activeClass.value!.id, [{ title: '当一天小组长', emoji: '⭐', cost: 40 }])).ok).toBe(true)
    await eventually(() => expect(revision.changed.value).toBe(true))
    revision.markShown()
    expect(revision.changed.value).toBe(false)
    scope.stop()
  })
})

describe('collecting codes on the teacher\'s device', () => {
  it('imports chosen files one by one with progress, each saying what it did or why it was refused', async () => {
    const scope = effectScope()
    const classes = scope.run(() => useSchoolClasses())!
    const created = await classes.createClass(draft())
    if (!created.ok) throw new Error('no class')
    const classId = created.value.id
    const family = await fakeHousehold(classId, '小明家', 3)
    const week = weekStart(localDate(Date.now()))
    const report = await family.report(week, 2, tallyOf({ sortedKg: 4, mixedKg: 1, members: 3, aware: 3, points: 12 }))
    const importer = scope.run(() => useCodeImport(['report', 'enrollment']))!
    const describe = useImportMessage()
    const dashboard = scope.run(() => useClassDashboard(ref(classId)))!

    const seen: Array<{ done: number, total: number } | null> = []
    scope.run(() => watch(importer.progress, progress => seen.push(progress), { flush: 'sync' }))
    const results = await importer.importFiles([
      file('report-too-early.txt', codeLink('https://example.org/', report)),
      file('enrollment.sorthero.txt', `${codeLink('https://example.org/', await family.enrollment())}\n`),
      file('report.sorthero.txt', codeLink('https://example.org/', report)),
      file('report-again.sorthero.txt', report),
      file('photo.jpg', 'not a code at all'),
    ])
    expect(results.map(r => describe(r.outcome))).toEqual([
      { text: '这个家庭还没有加入这个班：请先扫它的入班二维码。', tone: 'refused' },
      { text: '小明家加入了三年级二班。', tone: 'added' },
      { text: expect.stringMatching(/^收到小明家的报告（.+那一周）。$/), tone: 'added' },
      { text: '小明家的这份报告已经收过了，没有变化。', tone: 'unchanged' },
      { text: '这不是分类小达人的二维码，或者没扫完整。', tone: 'refused' },
    ])
    expect(seen).toEqual([0, 1, 2, 3, 4, 5].map(done => ({ done, total: 5 })).concat([null as never]))
    await eventually(() => expect(dashboard.dashboard.value?.households).toEqual({ enrolled: 1, reported: 1 }))
    expect(dashboard.dashboard.value?.leaderboard.map(row => [row.nickname, row.pointsPerMember])).toEqual([['小明家', 4]])
    scope.stop()
  })

  it('says a second use of a voucher is refused, with the date of the first', async () => {
    const scope = effectScope()
    const classes = scope.run(() => useSchoolClasses())!
    const created = await classes.createClass(draft())
    if (!created.ok) throw new Error('no class')
    const family = await fakeHousehold(created.value.id, '小红家', 2)
    const importer = scope.run(() => useCodeImport(['voucher', 'enrollment']))!
    const describe = useImportMessage()
    await importer.importText(await family.enrollment())
    const voucher = await encodeCode('voucher', { voucherId: crypto.randomUUID(), rewardId: 'campaign:stickers', source: 'campaign', title: { zh: '垃圾分类贴纸', en: 'Sorting stickers' }, emoji: '🌟', nickname: '小红', avatar: '🐰', points: 20, issuedAt: Date.now() }, family.signer)
    const [first, second] = await Promise.all([importer.importText(voucher), importer.importText(voucher)])
    expect(describe(first!)).toEqual({ text: '已兑现：小红的“垃圾分类贴纸”（20 积分）。', tone: 'added' })
    expect(describe(second!)).toEqual({ text: expect.stringMatching(/^这张兑换券已经在\d{4}年\d+月\d+日.*兑现过了。$/), tone: 'refused' })
    scope.stop()
  })
})

describe('a coordinator\'s device', () => {
  it('sets up the school and switches the device to the coordinator\'s face; a second school is refused', async () => {
    const scope = effectScope()
    const [setup, units, household] = scope.run(() => [useHouseholdSetup(), useRollupUnits(), useHousehold()] as const)!
    const result = await setup.becomeCoordinator({ level: 'school', name: '小街子小学', area: { district: 'jiangyang' }, periodKind: 'week' })
    expect(result.ok).toBe(true)
    expect(useSessionStore().modeFlag).toBe('coordinator')
    await eventually(() => expect(household.mode.value).toBe('coordinator'))
    await eventually(() => expect(units.activeUnit.value?.name).toBe('小街子小学'))
    const { db, household: households } = await dataLayer()
    expect(await households.hasProfile(db)).toBe(true)

    const again = await setup.becomeCoordinator({ level: 'school', name: '另一所小学', area: { district: 'naxi' }, periodKind: 'week' })
    expect(again.ok).toBe(false)
    expect(setup.problem.value).toBe('这部手机已经设置过这一级了。')
    expect((await db.rollupUnits.toArray()).map(unit => unit.name)).toEqual(['小街子小学'])

    // The same device may coordinate its district too.
    expect((await setup.becomeCoordinator({ level: 'district', name: '江阳区教育局', area: { district: 'jiangyang' }, periodKind: 'week' })).ok).toBe(true)
    await eventually(() => expect(units.units.value.map(unit => unit.level)).toEqual(['school', 'district']))
    scope.stop()
  })

  it('refuses a face the app does not have', async () => {
    const scope = effectScope()
    const household = scope.run(() => useHousehold())!
    expect((await household.setMode('principal' as never)).ok).toBe(false)
    expect(household.problem.value).toBe('没有这种使用模式。')
    scope.stop()
  })
})
