import type { RewardDraft } from '@/domain/rewards'
import type { ClassDraft, SchoolClass } from '@/domain/school/records'
import { createSharedComposable, useDocumentVisibility } from '@vueuse/core'
import { storeToRefs } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { localDate } from '@/domain/dates'
import { useSessionStore } from '@/stores/session'
import { withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

/** The teacher's classes, live: one subscription however many pages and components show them. */
const useClassList = createSharedComposable(() => useLiveQuery(({ db, school }) => school.listClasses(db)))

/** Today in the device's calendar, moved on when the page becomes visible again. */
export const useToday = createSharedComposable(() => {
  const today = shallowRef(localDate(Date.now()))
  const visibility = useDocumentVisibility()
  watch(visibility, (state) => {
    if (state === 'visible') today.value = localDate(Date.now())
  })
  return today
})

const INVITE_SHOWN_KEY = 'sorthero.inviteShown.'
/** The revision of each class's invite last shown, shared by every page and component in this tab. */
const shownRevisions = shallowRef<Record<string, number>>({})

/**
 * The teacher's classes and which one the class pages show (remembered on this device), with
 * the commands that set up and change a class and its rewards. Every command goes through
 * `useSaving`: a refused draft comes back as a translated `problem` and changes nothing.
 */
export function useSchoolClasses() {
  const { activeClassId } = storeToRefs(useSessionStore())
  const { data, loading } = useClassList()
  const { save, saving, problem } = useSaving()
  const today = useToday()

  const classes = computed<SchoolClass[]>(() => data.value ?? [])
  /** The class chosen on this device, or the first one. */
  const activeClass = computed(() => classes.value.find(cls => cls.id === activeClassId.value) ?? classes.value[0])

  function selectClass(id: string) {
    activeClassId.value = id
  }

  async function createClass(draft: ClassDraft) {
    const result = await save(() => withData(({ db, school }) => school.createClass(db, draft, today.value)))
    if (result.ok) activeClassId.value = result.value.id
    return result
  }

  const updateClass = (classId: string, draft: ClassDraft) => save(() => withData(({ db, school }) => school.updateClass(db, classId, draft, today.value)))
  const setRewards = (classId: string, rewards: ReadonlyArray<RewardDraft & { id?: string }>) => save(() => withData(({ db, school }) => school.setClassRewards(db, classId, rewards)))

  return { classes, activeClass, loading, selectClass, createClass, updateClass, setRewards, saving, problem }
}

/**
 * Whether households hold an older invite than the class's current one: the teacher last showed
 * (on screen, as a link or a file) an earlier revision, remembered per class on this device. The
 * class pages then offer the updated invite.
 */
export function useInviteRevision(cls: () => SchoolClass | undefined) {
  const shownRevision = computed(() => {
    const id = cls()?.id
    if (!id) return 0
    return shownRevisions.value[id] ?? Number(localStorage.getItem(`${INVITE_SHOWN_KEY}${id}`) ?? 0)
  })

  /** Remembers that the current invite was shown. */
  function markShown() {
    const current = cls()
    if (!current) return
    localStorage.setItem(`${INVITE_SHOWN_KEY}${current.id}`, String(current.revision))
    shownRevisions.value = { ...shownRevisions.value, [current.id]: current.revision }
  }

  const changed = computed(() => {
    const current = cls()
    return current !== undefined && shownRevision.value > 0 && current.revision > shownRevision.value
  })
  return { changed, markShown }
}

/**
 * The class invite as a SortHero code (its `<data>`), signed on this device, made again whenever
 * the class changes what an invite carries (its revision grows).
 */
export function useClassInvite(cls: () => SchoolClass | undefined) {
  const data = shallowRef<string | null>(null)
  const failed = shallowRef(false)

  watch(() => [cls()?.id, cls()?.revision] as const, async ([id, revision]) => {
    data.value = null
    failed.value = false
    if (!id || revision === undefined) return
    try {
      const code = await withData(({ db, school }) => school.classInviteCode(db, id))
      if (cls()?.id === id && cls()?.revision === revision) data.value = code
    }
    catch (error) {
      failed.value = true
      console.error(error)
    }
  }, { immediate: true })

  return { data, failed }
}
