import type { District, Household, HouseholdDraft, Member, MemberDraft, TeacherProfile } from '@/domain/household'
import { createSharedComposable } from '@vueuse/core'
import { storeToRefs } from 'pinia'
import { computed } from 'vue'
import { chooseActiveMember } from '@/domain/household'
import { useSessionStore } from '@/stores/session'
import { withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

interface Profile {
  household: Household | undefined
  members: Member[]
  mode: 'household' | 'teacher'
  teacher: TeacherProfile | undefined
}

/**
 * The device's profile, live: one subscription however many components show it (the header,
 * the page, the member switcher), released when the last of them unmounts.
 */
const useProfile = createSharedComposable(() => useLiveQuery<Profile>(async ({ db, household: households, settings }) => {
  const household = await households.getHousehold(db)
  return {
    household,
    members: household ? await households.membersOf(db, household.id) : [],
    mode: (await settings.getSetting(db, 'mode')) ?? 'household',
    teacher: await settings.getSetting(db, 'teacher'),
  }
}))

/**
 * Onboarding's commands, without reading anything: a first visit to the welcome page loads no
 * database code until the household (or the teacher profile) is saved.
 */
export function useHouseholdSetup() {
  const { preferredMemberId } = storeToRefs(useSessionStore())
  const { save, saving, problem } = useSaving()

  /** Creates the household and its members and switches the device to it; the first member holds the phone. */
  async function createHousehold(draft: HouseholdDraft) {
    const result = await save(() => withData(async ({ db, household: households }) => {
      const created = await households.createHousehold(db, draft)
      return { household: created, members: await households.membersOf(db, created.id) }
    }))
    if (result.ok) preferredMemberId.value = result.value.members[0]?.id ?? null
    return result
  }

  const becomeTeacher = (profile: TeacherProfile) => save(() => withData(({ db, household: households }) => households.becomeTeacher(db, profile)))

  return { createHousehold, becomeTeacher, saving, problem }
}

/**
 * The household: its members, the mode, the teacher profile, who is holding the phone, and the
 * commands that change them. Every command goes through `useSaving`, so a failed write shows a
 * translated problem and changes nothing; each returns `{ ok, value? }`.
 */
export function useHousehold() {
  const session = useSessionStore()
  const { preferredMemberId } = storeToRefs(session)
  const { data, loading, error } = useProfile()
  const { save, saving, problem } = useSaving()

  const household = computed(() => data.value?.household)
  const members = computed(() => data.value?.members ?? [])
  const mode = computed(() => data.value?.mode ?? 'household')
  const teacher = computed(() => data.value?.teacher)
  const activeMemberId = computed(() => chooseActiveMember(members.value, preferredMemberId.value))
  const activeMember = computed(() => members.value.find(member => member.id === activeMemberId.value))

  function setActiveMember(id: string) {
    preferredMemberId.value = id
  }

  const updateHousehold = (id: string, changes: { nickname: string, district: District }) => save(() => withData(({ db, household: households }) => households.updateHousehold(db, id, changes)))
  const addMember = (householdId: string, draft: MemberDraft) => save(() => withData(({ db, household: households }) => households.addMember(db, householdId, draft)))
  const updateMember = (id: string, draft: MemberDraft) => save(() => withData(({ db, household: households }) => households.updateMember(db, id, draft)))
  const removeMember = (id: string) => save(() => withData(({ db, household: households }) => households.removeMember(db, id)))
  const restoreMember = (id: string) => save(() => withData(({ db, household: households }) => households.restoreMember(db, id)))
  const setMode = (next: 'household' | 'teacher') => save(() => withData(({ db, household: households }) => households.setMode(db, next)))
  const setReadAloud = (memberId: string, on: boolean) => save(() => withData(({ db, household: households }) => households.setReadAloud(db, memberId, on)))

  return {
    household,
    members,
    mode,
    teacher,
    activeMember,
    activeMemberId,
    setActiveMember,
    loading,
    error,
    saving,
    problem,
    updateHousehold,
    addMember,
    updateMember,
    removeMember,
    restoreMember,
    setMode,
    setReadAloud,
  }
}
