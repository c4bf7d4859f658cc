import type { ClassInvitePayload, SummaryPayload } from '../codes/payloads'
import type { JoinedClass, RollupUnit } from './records'
import { describe, expect, it } from 'vitest'
import { emptyTally } from './tally'
import { planInvite, planSummary, sameSchool } from './verify'

const KEY = 'BACjTEGIWE1Dk41-L3xCdGqeqmi6QdTDel1XgmdyI57x7jaVwBKoTvZeZYxCtuM_m0hyluxPzx-XZNqdvqTyuDQ'
const invite = (revision: number, className = '三年级二班'): ClassInvitePayload => ({ classId: 'c1', revision, school: '小街子小学', className, teacher: '王老师', area: { district: 'jiangyang' }, periodKind: 'week', ruleSet: 'national', rewards: [], items: [], publicKey: KEY })
const joined = (revision: number): JoinedClass => ({ classId: 'c1', invite: invite(revision), teacherKid: 'teacher', nickname: '小明家', children: 1, adults: 2, enrollSeq: 0, joinedAt: 0, updatedAt: 0 })

describe('a household opening an invite', () => {
  it.each([
    ['a new class', undefined, invite(1), 'teacher', { ok: true, value: 'add' }],
    ['an update', joined(2), invite(3), 'teacher', { ok: true, value: 'replace' }],
    ['the same invite again', joined(2), invite(2), 'teacher', { ok: true, value: 'unchanged' }],
    ['an older invite', joined(2), invite(1), 'teacher', { ok: false, error: { code: 'out-of-date', params: { seq: 1, latest: 2 } } }],
    ['the same revision, changed', joined(2), invite(2, '三年级三班'), 'teacher', { ok: false, error: { code: 'out-of-date', params: { seq: 2, latest: 2 } } }],
    ['an update signed by another key', joined(2), invite(3), 'someone', { ok: false, error: { code: 'key-mismatch' } }],
  ] as const)('%s', (_, held, code, kid, plan) => {
    expect(planInvite(held, code, kid)).toEqual(plan)
  })
})

describe('school names', () => {
  it.each([
    ['小街子小学', '小街子小学', true],
    ['泸州市江阳区小街子小学', '小街子小学', true],
    ['小街子 小学', '小街子小学', true],
    ['江阳区实验小学', '小街子小学', false],
    ['', '小街子小学', false],
  ])('%s and %s name the same school: %s', (a, b, same) => {
    expect(sameSchool(a, b)).toBe(same)
  })
})

describe('a coordinator importing a summary', () => {
  const school: RollupUnit = { id: 's1', level: 'school', name: '小街子小学', area: { district: 'jiangyang' }, periodKind: 'week', createdAt: 0, summarySeq: 0 }
  const summary = (overrides: Partial<SummaryPayload> = {}): SummaryPayload => ({ level: 'class', unitId: 'c1', name: '一班', parentName: '小街子小学', area: { district: 'jiangyang' }, periodKind: 'week', period: '2026-11-30', seq: 3, households: { enrolled: 1, reported: 1 }, units: { expected: 1, reported: 1 }, tally: emptyTally(), publicKey: KEY, ...overrides })
  const ctx = { units: [school], trusted: undefined, existing: undefined, today: '2026-12-03' }

  it.each([
    ['no school here', { units: [] }, summary(), 'no-coordinator-here'],
    ['a school summary on a school device', {}, summary({ level: 'school', parentName: '' }), 'wrong-level'],
    ['its own summary', {}, summary({ unitId: 's1' }), 'own-code'],
    ['next week', {}, summary({ period: '2026-12-07' }), 'future-period'],
    ['another key for a known class', { trusted: { id: 'c1', level: 'class' as const, parentId: 's1', kid: 'first', publicKey: KEY, name: '一班', parentName: '小街子小学', firstSeenAt: 0 } }, summary(), 'key-mismatch'],
  ])('refuses %s', (_, change, code, error) => {
    expect(planSummary({ ...ctx, ...change }, code, 'kid')).toMatchObject({ ok: false, error: { code: error } })
  })

  it('binds the first summary of a class to the school', () => {
    expect(planSummary(ctx, summary(), 'kid')).toEqual({ ok: true, value: { action: 'add', parent: school } })
  })
})
