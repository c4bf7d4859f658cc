import type { ClassInvitePayload } from '../codes/payloads'
import type { Member } from '../household'
import { describe, expect, it } from 'vitest'
import { defaultJoinAnswers, inviteChanges, reportPeriod } from './joining'

const invite = (overrides: Partial<ClassInvitePayload> = {}): ClassInvitePayload => ({
  classId: '5b1c2a8e-4f0a-4c3b-9d1e-2f3a4b5c6d7e',
  revision: 1,
  school: '小街子小学',
  className: '三年级二班',
  teacher: '王老师',
  area: { district: 'jiangyang' },
  periodKind: 'week',
  ruleSet: 'national',
  rewards: [{ id: 'r1', title: '表扬信', emoji: '📜', cost: 50 }, { id: 'r2', title: '当一天值日班长', emoji: '⭐', cost: 100 }],
  items: [{ name: '电子烟', category: 'hazardous' }, { name: '猫砂', category: 'other' }],
  publicKey: 'key',
  ...overrides,
})

describe('inviteChanges', () => {
  it('finds nothing to say about the same invite at a higher revision', () => {
    expect(inviteChanges(invite(), invite({ revision: 2 }))).toEqual([])
  })

  it.each([
    [{ className: '三年级三班' }, [{ kind: 'className', from: '三年级二班', to: '三年级三班' }]],
    [{ teacher: '李老师' }, [{ kind: 'teacher', from: '王老师', to: '李老师' }]],
    [{ area: { city: '成都' } }, [{ kind: 'area', from: { district: 'jiangyang' }, to: { city: '成都' } }]],
    [{ periodKind: 'month' }, [{ kind: 'periodKind', from: 'week', to: 'month' }]],
    [{ ruleSet: 'shanghai' }, [{ kind: 'ruleSet', from: 'national', to: 'shanghai' }]],
  ] as const)('names a changed class field (%o)', (overrides, expected) => {
    expect(inviteChanges(invite(), invite({ revision: 2, ...overrides }))).toEqual(expected)
  })

  it('lists rewards added, changed and removed by id', () => {
    const next = invite({ rewards: [{ id: 'r2', title: '当一天值日班长', emoji: '⭐', cost: 80 }, { id: 'r3', title: '环保袋', emoji: '🎁', cost: 60 }] })
    expect(inviteChanges(invite(), next)).toEqual([
      { kind: 'rewardChanged', from: { id: 'r2', title: '当一天值日班长', emoji: '⭐', cost: 100 }, to: { id: 'r2', title: '当一天值日班长', emoji: '⭐', cost: 80 } },
      { kind: 'rewardAdded', reward: { id: 'r3', title: '环保袋', emoji: '🎁', cost: 60 } },
      { kind: 'rewardRemoved', reward: { id: 'r1', title: '表扬信', emoji: '📜', cost: 50 } },
    ])
  })

  it('lists class items added, moved to another bin and removed, matching names as the lookup does', () => {
    const next = invite({ items: [{ name: '电子烟 ', category: 'hazardous' }, { name: '猫砂', category: 'kitchen' }, { name: '暖宝宝', category: 'other' }] })
    expect(inviteChanges(invite(), next)).toEqual([
      { kind: 'itemMoved', name: '猫砂', from: 'other', to: 'kitchen' },
      { kind: 'itemAdded', name: '暖宝宝', category: 'other' },
    ])
    expect(inviteChanges(next, invite())).toEqual([
      { kind: 'itemMoved', name: '猫砂', from: 'kitchen', to: 'other' },
      { kind: 'itemRemoved', name: '暖宝宝', category: 'other' },
    ])
  })
})

describe('defaultJoinAnswers', () => {
  const member = (role: Member['role'], removed = false): Member => ({ id: crypto.randomUUID(), householdId: 'h', nickname: role, role, avatar: '🐼', createdAt: 1, ...(removed ? { removedAt: 2 } : {}) })

  it('counts current children as children and everyone else as adults', () => {
    expect(defaultJoinAnswers('小明家', [member('child'), member('parent'), member('other'), member('child', true)])).toEqual({ nickname: '小明家', children: 1, adults: 2 })
  })
})

describe('reportPeriod', () => {
  it.each([
    // Joined on Wednesday 2 December: this week so far, until the week is over.
    ['2026-12-02', '2026-12-03', 'week', '2026-11-30'],
    ['2026-12-02', '2026-12-07', 'week', '2026-11-30'],
    ['2026-12-02', '2026-12-16', 'week', '2026-12-07'],
    // Joined weeks ago: the last finished week.
    ['2026-11-02', '2026-12-03', 'week', '2026-11-23'],
    ['2026-11-15', '2026-12-03', 'month', '2026-11'],
    ['2026-12-01', '2026-12-03', 'month', '2026-12'],
  ] as const)('joined %s, today %s, by %s: %s', (joinedOn, today, kind, expected) => {
    expect(reportPeriod(joinedOn, today, kind)).toBe(expected)
  })
})
