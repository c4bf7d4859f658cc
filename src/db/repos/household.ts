import type { SortHeroDb } from '../db'
import type { District, Household, HouseholdDraft, Member, MemberDraft, TeacherProfile } from '@/domain/household'
import type { DeviceMode } from '@/domain/school/records'
import { DomainError } from '@/domain/errors'
import { isDeviceMode } from '@/domain/school/records'
import { currentMembers, isDistrict, isRole, validateNickname } from '@/domain/household'
import { sourceEventId, WELCOME_POINTS } from '@/domain/ledger'
import { newId } from '@/domain/ids'
import { awardPoints } from './ledger'
import { getSetting, setSetting } from './settings'

function checkedNickname(raw: string, taken: readonly string[], field: string): string {
  const result = validateNickname(raw, taken)
  if (!result.ok) throw new DomainError(`nickname.${result.problem}`, { field })
  return result.value
}

function checkedMember(draft: MemberDraft, taken: readonly string[]): MemberDraft {
  if (!isRole(draft.role)) throw new DomainError('member.role')
  if (!draft.avatar) throw new DomainError('member.avatar')
  return { ...draft, nickname: checkedNickname(draft.nickname, taken, 'member') }
}

/** The device's household, if one was set up. */
export async function getHousehold(db: SortHeroDb): Promise<Household | undefined> {
  return db.households.toCollection().first()
}

/**
 * True once the device has a household, a teacher profile or a school (or district) it
 * coordinates, i.e. onboarding is done.
 */
export async function hasProfile(db: SortHeroDb): Promise<boolean> {
  return (await db.households.count()) > 0 || (await getSetting(db, 'teacher')) !== undefined || (await db.rollupUnits.count()) > 0
}

async function addMemberWithWelcome(db: SortHeroDb, householdId: string, draft: MemberDraft, now: number): Promise<Member> {
  const member: Member = { id: newId(), householdId, ...draft, createdAt: now }
  await db.members.add(member)
  await awardPoints(db, { memberId: member.id, at: now, reason: 'welcome', points: WELCOME_POINTS, sourceEventId: sourceEventId('welcome', member.id) })
  return member
}

/**
 * Creates the household with its first members, each with their welcome points, and switches the
 * device to the household face (a teacher may be adding their own family), in one transaction:
 * either everything is saved or nothing is.
 */
export async function createHousehold(db: SortHeroDb, draft: HouseholdDraft, now = Date.now()): Promise<Household> {
  const nickname = checkedNickname(draft.nickname, [], 'household')
  if (!isDistrict(draft.district)) throw new DomainError('household.district')
  if (draft.members.length === 0) throw new DomainError('household.noMembers')
  const members: MemberDraft[] = []
  for (const member of draft.members) members.push(checkedMember(member, members.map(m => m.nickname)))

  return db.transaction('rw', [db.households, db.members, db.ledger, db.settings], async () => {
    if (await db.households.count() > 0) throw new DomainError('household.exists')
    const household: Household = { id: newId(), nickname, district: draft.district, createdAt: now }
    await db.households.add(household)
    // Members get distinct timestamps so the order they were entered in is kept.
    for (const [index, member] of members.entries()) await addMemberWithWelcome(db, household.id, member, now + index)
    await setSetting(db, 'mode', 'household')
    return household
  })
}

export async function updateHousehold(db: SortHeroDb, id: string, changes: { nickname: string, district: District }): Promise<void> {
  const nickname = checkedNickname(changes.nickname, [], 'household')
  if (!isDistrict(changes.district)) throw new DomainError('household.district')
  await db.households.update(id, { nickname, district: changes.district })
}

async function takenNicknames(db: SortHeroDb, householdId: string, exceptId?: string): Promise<string[]> {
  const members = await db.members.where('householdId').equals(householdId).toArray()
  return currentMembers(members).filter(m => m.id !== exceptId).map(m => m.nickname)
}

/** Adds a member (with welcome points) to an existing household. */
export async function addMember(db: SortHeroDb, householdId: string, draft: MemberDraft, now = Date.now()): Promise<Member> {
  return db.transaction('rw', [db.members, db.ledger], async () => {
    const checked = checkedMember(draft, await takenNicknames(db, householdId))
    return addMemberWithWelcome(db, householdId, checked, now)
  })
}

/** Changes a member's nickname, role or avatar. */
export async function updateMember(db: SortHeroDb, id: string, draft: MemberDraft): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(id)
    if (!member) throw new DomainError('member.missing')
    const checked = checkedMember(draft, await takenNicknames(db, member.householdId, id))
    await db.members.update(id, { nickname: checked.nickname, role: checked.role, avatar: checked.avatar })
  })
}

/**
 * Removes a member from the household. The record stays (marked removed) so that undo can bring
 * them back with their points, and so the append-only ledger never points at nobody.
 */
export async function removeMember(db: SortHeroDb, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(id)
    if (!member || member.removedAt !== undefined) return
    const remaining = currentMembers(await db.members.where('householdId').equals(member.householdId).toArray())
    if (remaining.length <= 1) throw new DomainError('member.lastOne')
    await db.members.update(id, { removedAt: now })
  })
}

/** Undoes `removeMember`. Fails if someone else took the nickname in the meantime. */
export async function restoreMember(db: SortHeroDb, id: string): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(id)
    if (!member || member.removedAt === undefined) return
    checkedNickname(member.nickname, await takenNicknames(db, member.householdId, id), 'member')
    // Dexie deletes a property that is updated to undefined.
    await db.members.update(id, { removedAt: undefined })
  })
}

/** Saves the teacher profile and switches the device to teacher mode. */
export async function becomeTeacher(db: SortHeroDb, profile: TeacherProfile): Promise<void> {
  const name = checkedNickname(profile.name, [], 'teacher')
  const school = profile.school.trim().replace(/\s+/g, ' ').slice(0, 40)
  await db.transaction('rw', db.settings, async () => {
    await setSetting(db, 'teacher', { name, school })
    await setSetting(db, 'mode', 'teacher')
  })
}

/** The household's current members in the order they joined. */
export async function membersOf(db: SortHeroDb, householdId: string): Promise<Member[]> {
  return currentMembers(await db.members.where('householdId').equals(householdId).toArray())
}

/** Switches between the household, teacher and coordinator faces of the app. */
export async function setMode(db: SortHeroDb, mode: DeviceMode): Promise<void> {
  if (!isDeviceMode(mode)) throw new DomainError('school.unit.mode')
  await setSetting(db, 'mode', mode)
}

/** Turns "always read aloud" on or off for a member. */
export async function setReadAloud(db: SortHeroDb, memberId: string, on: boolean): Promise<void> {
  await db.members.update(memberId, { readAloud: on })
}
