import type { Member } from './household'
import { describe, expect, it } from 'vitest'
import { chooseActiveMember, currentMembers, isDistrict, NICKNAME_MAX, validateNickname } from './household'

const member = (id: string, createdAt: number, removedAt?: number): Member =>
  ({ id, householdId: 'h', nickname: id, role: 'child', avatar: '🐼', createdAt, ...(removedAt === undefined ? {} : { removedAt }) })

describe('validateNickname', () => {
  it('trims and collapses whitespace', () => {
    expect(validateNickname('  小  明 ')).toEqual({ ok: true, value: '小 明' })
  })

  it('rejects an empty name', () => {
    expect(validateNickname('   ')).toEqual({ ok: false, problem: 'empty' })
  })

  it('counts Chinese characters and emoji as one each', () => {
    expect(validateNickname('一'.repeat(NICKNAME_MAX)).ok).toBe(true)
    expect(validateNickname('一'.repeat(NICKNAME_MAX + 1))).toEqual({ ok: false, problem: 'too-long' })
    expect(validateNickname('👨‍👩‍👧'.repeat(NICKNAME_MAX)).ok).toBe(true)
  })

  it('rejects a name already taken, ignoring case', () => {
    expect(validateNickname('Mia', ['mia'])).toEqual({ ok: false, problem: 'duplicate' })
    expect(validateNickname('Mia', ['Leo']).ok).toBe(true)
  })
})

describe('members', () => {
  const members = [member('b', 2), member('a', 1), member('gone', 0, 5)]

  it('lists current members oldest first', () => {
    expect(currentMembers(members).map(m => m.id)).toEqual(['a', 'b'])
  })

  it('keeps the preferred active member while they are in the household', () => {
    expect(chooseActiveMember(members, 'b')).toBe('b')
  })

  it('falls back to the first member when the preferred one was removed or is unknown', () => {
    expect(chooseActiveMember(members, 'gone')).toBe('a')
    expect(chooseActiveMember(members, null)).toBe('a')
  })

  it('has no active member in an empty household', () => {
    expect(chooseActiveMember([], 'a')).toBeNull()
  })
})

describe('isDistrict', () => {
  it('knows Luzhou’s districts and counties', () => {
    expect(isDistrict('jiangyang')).toBe(true)
    expect(isDistrict('gulin')).toBe(true)
    expect(isDistrict('chengdu')).toBe(false)
  })
})
