import { beforeEach, describe, expect, it } from 'vitest'
import { DomainError } from '@/domain/errors'
import { balanceOf, WELCOME_POINTS } from '@/domain/ledger'
import type { SortHeroDb } from '../db'
import { freshDb, householdDraft } from '../testing'
import { addMember, becomeTeacher, createHousehold, getHousehold, hasProfile, removeMember, restoreMember, updateMember } from './household'
import { getSetting } from './settings'

let db: SortHeroDb
beforeEach(() => {
  db = freshDb()
})

async function membersOf(householdId: string) {
  return (await db.members.where('householdId').equals(householdId).sortBy('createdAt'))
}

describe('createHousehold', () => {
  it('saves the household, its members in order and their welcome points', async () => {
    const household = await createHousehold(db, householdDraft(), 1000)
    expect(await getHousehold(db)).toEqual(household)
    const members = await membersOf(household.id)
    expect(members.map(m => [m.nickname, m.role])).toEqual([['小明', 'child'], ['妈妈', 'parent']])
    const ledger = await db.ledger.toArray()
    for (const member of members) expect(balanceOf(ledger, member.id)).toBe(WELCOME_POINTS)
    expect(await hasProfile(db)).toBe(true)
    expect(await getSetting(db, 'mode')).toBe('household')
  })

  it('saves nothing when one member is invalid', async () => {
    const draft = householdDraft({ members: [{ nickname: '小明', role: 'child', avatar: '🐼' }, { nickname: '小明', role: 'parent', avatar: '🐱' }] })
    await expect(createHousehold(db, draft)).rejects.toMatchObject({ code: 'nickname.duplicate' })
    expect(await db.households.count()).toBe(0)
    expect(await db.members.count()).toBe(0)
    expect(await db.ledger.count()).toBe(0)
  })

  it('rolls back the household when a write inside the transaction fails', async () => {
    await createHousehold(db, householdDraft())
    await expect(createHousehold(db, householdDraft({ nickname: '第二家' }))).rejects.toMatchObject({ code: 'household.exists' })
    expect(await db.households.count()).toBe(1)
    expect(await db.members.count()).toBe(2)
  })

  it.each([
    [{ nickname: ' ' }, 'nickname.empty'],
    [{ district: 'chengdu' as never }, 'household.district'],
    [{ members: [] }, 'household.noMembers'],
  ])('rejects %o', async (overrides, code) => {
    await expect(createHousehold(db, householdDraft(overrides))).rejects.toBeInstanceOf(DomainError)
    await expect(createHousehold(db, householdDraft(overrides))).rejects.toMatchObject({ code })
  })
})

describe('members', () => {
  it('adds a member with welcome points and refuses a taken nickname', async () => {
    const household = await createHousehold(db, householdDraft())
    const dad = await addMember(db, household.id, { nickname: '爸爸', role: 'parent', avatar: '🐯' })
    expect(balanceOf(await db.ledger.toArray(), dad.id)).toBe(WELCOME_POINTS)
    await expect(addMember(db, household.id, { nickname: ' 爸爸 ', role: 'other', avatar: '🐯' })).rejects.toMatchObject({ code: 'nickname.duplicate' })
    expect(await membersOf(household.id)).toHaveLength(3)
  })

  it('renames a member but not to another member’s name', async () => {
    const household = await createHousehold(db, householdDraft())
    const [child] = await membersOf(household.id)
    await updateMember(db, child!.id, { nickname: '明明', role: 'child', avatar: '🦊' })
    expect(await db.members.get(child!.id)).toMatchObject({ nickname: '明明', avatar: '🦊' })
    await expect(updateMember(db, child!.id, { nickname: '妈妈', role: 'child', avatar: '🦊' })).rejects.toMatchObject({ code: 'nickname.duplicate' })
  })

  it('removes a member and undo brings them back with their points', async () => {
    const household = await createHousehold(db, householdDraft())
    const [child] = await membersOf(household.id)
    await removeMember(db, child!.id, 5000)
    expect((await db.members.get(child!.id))?.removedAt).toBe(5000)
    await restoreMember(db, child!.id)
    const restored = await db.members.get(child!.id)
    expect(restored && 'removedAt' in restored).toBe(false)
    expect(balanceOf(await db.ledger.toArray(), child!.id)).toBe(WELCOME_POINTS)
  })

  it('frees a removed member’s nickname, and undo then refuses the clash', async () => {
    const household = await createHousehold(db, householdDraft())
    const [child] = await membersOf(household.id)
    await removeMember(db, child!.id)
    await addMember(db, household.id, { nickname: '小明', role: 'child', avatar: '🐸' })
    await expect(restoreMember(db, child!.id)).rejects.toMatchObject({ code: 'nickname.duplicate' })
  })

  it('never removes the last member', async () => {
    const household = await createHousehold(db, householdDraft({ members: [{ nickname: '独自', role: 'parent', avatar: '🐼' }] }))
    const [only] = await membersOf(household.id)
    await expect(removeMember(db, only!.id)).rejects.toMatchObject({ code: 'member.lastOne' })
  })
})

describe('teacher mode', () => {
  it('saves the profile and switches mode', async () => {
    expect(await hasProfile(db)).toBe(false)
    await becomeTeacher(db, { name: ' 王老师 ', school: '小街子小学' })
    expect(await getSetting(db, 'teacher')).toEqual({ name: '王老师', school: '小街子小学' })
    expect(await getSetting(db, 'mode')).toBe('teacher')
    expect(await hasProfile(db)).toBe(true)
  })
})
