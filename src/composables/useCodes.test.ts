import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { createClass, classInviteCode, setClassRewards } from '@/db/repos/school'
import { freshDb, householdDraft } from '@/db/testing'
import { loadSchoolMessages } from '@/i18n/school'
import { dataLayer } from './data-layer'
import { useCodes } from './useCodes'

const draft = { school: '小街子小学', name: '三年级二班', teacher: '王老师', area: { district: 'jiangyang' as const }, periodKind: 'week' as const, ruleSet: 'national' as const }

beforeEach(async () => {
  setActivePinia(createPinia())
  await loadSchoolMessages()
  const { db } = await dataLayer()
  await Promise.all(db.tables.map(table => table.clear()))
})

async function teacherInvite() {
  const teacher = freshDb()
  const cls = await createClass(teacher, draft, '2026-11-02')
  return { teacher, cls, invite: `https://example.org/sorthero/#/code/${await classInviteCode(teacher, cls.id)}` }
}

describe('useCodes', () => {
  it('says what an invite is, writes nothing, and refuses to join without a household in words', async () => {
    const { invite } = await teacherInvite()
    const codes = effectScope().run(() => useCodes())!
    const inspected = await codes.inspect(invite)
    expect(inspected).toMatchObject({ ok: true, value: { hasHousehold: false, ruleSet: 'national', outcome: { ok: true, kind: 'class-invite', value: { action: 'add', details: { className: '三年级二班' } } }, code: { kind: 'class-invite' } } })
    expect(await codes.join(invite, { answers: { nickname: '小明家', children: 1, adults: 1 }, adoptRuleSet: false })).toEqual({ ok: false })
    expect(codes.problem.value).toBe('加入班级前，请先在这部手机上设置你们家。')
    const { db } = await dataLayer()
    expect(await db.joinedClasses.count()).toBe(0)
  })

  it('joins, then sees the same invite as unchanged and an update with what it changes', async () => {
    const { db, household } = await dataLayer()
    await household.createHousehold(db, householdDraft())
    const { teacher, cls, invite } = await teacherInvite()
    const codes = effectScope().run(() => useCodes())!
    expect(await codes.join(invite, { answers: { nickname: '小明家', children: 1, adults: 1 }, adoptRuleSet: false })).toMatchObject({ ok: true, value: { ok: true, value: { action: 'add' } } })
    expect(await codes.enrollmentCode(cls.id)).toMatchObject({ ok: true, value: expect.stringMatching(/^[\w-]+$/) })
    expect(await codes.inspect(invite)).toMatchObject({ ok: true, value: { outcome: { ok: true, value: { action: 'unchanged' } }, changes: [] } })

    await setClassRewards(teacher, cls.id, [{ title: '当一天小组长', emoji: '⭐', cost: 40 }])
    const update = await classInviteCode(teacher, cls.id)
    expect(await codes.inspect(update)).toMatchObject({ ok: true, value: { outcome: { ok: true, value: { action: 'replace' } }, changes: [{ kind: 'rewardAdded', reward: { title: '当一天小组长' } }] } })
  })

  it('refuses a code whose signature does not match, and text that holds none', async () => {
    const { invite } = await teacherInvite()
    const data = invite.slice(invite.indexOf('#/code/') + 7)
    const tampered = `${data.slice(0, 30)}${data[30] === 'A' ? 'B' : 'A'}${data.slice(31)}`
    const codes = effectScope().run(() => useCodes())!
    expect(await codes.inspect(tampered)).toMatchObject({ ok: true, value: { outcome: { ok: false, error: { code: 'bad-signature' } } } })
    expect(await codes.inspect('晚饭吃什么')).toMatchObject({ ok: true, value: { data: null, outcome: { ok: false, error: { code: 'malformed' } } } })
    expect(await codes.importOther('晚饭吃什么')).toMatchObject({ ok: true, value: { ok: false, error: { code: 'malformed' } } })
  })
})
