import type { Area } from '@/domain/codes/wire'
import type { District, HouseholdDraft, MemberDraft, Profile, TeacherProfile } from '@/domain/household'
import type { PeriodKind } from '@/domain/school/period'
import type { DeviceMode, RollupLevel } from '@/domain/school/records'
import { createSharedComposable } from '@vueuse/core'
import { storeToRefs } from 'pinia'
import { computed, watch } from 'vue'
import { chooseActiveMember } from '@/domain/household'
import { useSessionStore } from '@/stores/session'
import { withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

/**
 * The device's profile, live: one subscription however many components show it (the header,
 * the page, the member switcher), released when the last of them unmounts. Until the data layer
 * has been loaded by a page that needs it, the snapshot kept from the last visit stands in (the
 * query is lazy), and every profile read from the database refreshes that snapshot.
 */
const useProfile = createSharedComposable(() => {
  const session = useSessionStore()
  // Without a snapshot (the first start after an update) nothing can stand in: load at once.
  const lazy = session.profileSnapshot !== null
  const { data, loading, error } = useLiveQuery<Profile>(async ({ db, household: households, settings }) => {
    const household = await households.getHousehold(db)
    return {
      household,
      members: household ? await households.membersOf(db, household.id) : [],
      mode: (await settings.getSetting(db, 'mode')) ?? 'household',
      teacher: await settings.getSetting(db, 'teacher'),
    }
  }, [], { lazy })
  watch(data, (profile) => {
    if (profile) session.profileSnapshot = JSON.parse(JSON.stringify(profile))
  })
  const snapshot = computed(() => session.profileSnapshot)
  return {
    data: computed<Profile | undefined>(() => data.value ?? (snapshot.value ? { household: undefined, teacher: undefined, ...snapshot.value } : undefined)),
    // With a snapshot there is something true enough to show.
    loading: computed(() => loading.value && !snapshot.value),
    error,
  }
})

/** What a coordinator types to set up a school or district. */
export interface RollupUnitDraft {
  level: RollupLevel
  name: string
  area: Area
  periodKind: PeriodKind
}

/**
 * Onboarding's commands, without reading anything: a first visit to the welcome page loads no
 * database code until the household (or the teacher profile) is saved.
 */
export function useHouseholdSetup() {
  const { preferredMemberId } = storeToRefs(useSessionStore())
  const session = useSessionStore()
  const { save, saving, problem } = useSaving()

  /** Creates the household and its members and switches the device to it; the first member holds the phone. */
  async function createHousehold(draft: HouseholdDraft) {
    const result = await save(() => withData(async ({ db, household: households }) => {
      const created = await households.createHousehold(db, draft)
      return { household: created, members: await households.membersOf(db, created.id) }
    }))
    if (result.ok) {
      preferredMemberId.value = result.value.members[0]?.id ?? null
      session.modeFlag = 'household'
    }
    return result
  }

  async function becomeTeacher(profile: TeacherProfile) {
    const result = await save(() => withData(({ db, household: households }) => households.becomeTeacher(db, profile)))
    if (result.ok) session.modeFlag = 'teacher'
    return result
  }

  /** Sets up the school (or district) and switches the device to the coordinator's face. */
  async function becomeCoordinator(draft: RollupUnitDraft) {
    const result = await save(() => withData(({ db, schoolRollup }) => schoolRollup.becomeCoordinator(db, draft)))
    if (result.ok) {
      session.activeUnitId = result.value.id
      session.modeFlag = 'coordinator'
    }
    return result
  }

  return { createHousehold, becomeTeacher, becomeCoordinator, saving, problem }
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
  const mode = computed<DeviceMode>(() => data.value?.mode ?? 'household')
  // The tab bar and the start page read the face synchronously from the session.
  watch(() => data.value?.mode, (next) => {
    if (next && session.modeFlag !== next) session.modeFlag = next
  }, { immediate: true })
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
  async function setMode(next: DeviceMode) {
    const result = await save(() => withData(({ db, household: households }) => households.setMode(db, next)))
    if (result.ok) session.modeFlag = next
    return result
  }
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
