import type { Household, Member, TeacherProfile } from '@/domain/household'
import { storeToRefs } from 'pinia'
import { computed } from 'vue'
import { db } from '@/db/db'
import { getSetting } from '@/db/repos/settings'
import { chooseActiveMember, currentMembers } from '@/domain/household'
import { useSessionStore } from '@/stores/session'
import { useLiveQuery } from './useLiveQuery'

interface Profile {
  household: Household | undefined
  members: Member[]
  mode: 'household' | 'teacher'
  teacher: TeacherProfile | undefined
}

/**
 * The device's household, its current members, the mode and who is holding the phone, live
 * from IndexedDB.
 */
export function useHousehold() {
  const session = useSessionStore()
  const { preferredMemberId } = storeToRefs(session)
  const { data, loading, error } = useLiveQuery<Profile>(async () => {
    const household = await db.households.toCollection().first()
    const members = household ? await db.members.where('householdId').equals(household.id).toArray() : []
    return {
      household,
      members: currentMembers(members),
      mode: (await getSetting(db, 'mode')) ?? 'household',
      teacher: await getSetting(db, 'teacher'),
    }
  })

  const household = computed(() => data.value?.household)
  const members = computed(() => data.value?.members ?? [])
  const mode = computed(() => data.value?.mode ?? 'household')
  const teacher = computed(() => data.value?.teacher)
  const activeMemberId = computed(() => chooseActiveMember(members.value, preferredMemberId.value))
  const activeMember = computed(() => members.value.find(member => member.id === activeMemberId.value))

  function setActiveMember(id: string) {
    preferredMemberId.value = id
  }

  return { household, members, mode, teacher, activeMember, activeMemberId, setActiveMember, loading, error }
}
