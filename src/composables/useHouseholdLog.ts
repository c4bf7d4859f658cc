import { computed, shallowRef } from 'vue'
import { db } from '@/db/db'
import { awarenessChecksOf } from '@/db/repos/learning'
import { localDate } from '@/domain/dates'
import { useHousehold } from './useHousehold'
import { useLiveQuery } from './useLiveQuery'

/**
 * The household's log and awareness checks, live, and today's date in the device's time zone
 * (re-read when the page becomes visible again, so a phone left open overnight moves on).
 */
export function useHouseholdLog() {
  const { members } = useHousehold()
  const memberIds = computed(() => members.value.map(m => m.id))
  const { data: days, loading } = useLiveQuery(() => db.logDays.toArray())
  const { data: checks } = useLiveQuery(() => awarenessChecksOf(db, memberIds.value), [memberIds])
  const today = shallowRef(localDate(Date.now()))
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') today.value = localDate(Date.now())
    })
  }
  return { days: computed(() => days.value ?? []), checks: computed(() => checks.value ?? []), memberIds, today, loading }
}
