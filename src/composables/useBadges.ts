import { computed } from 'vue'
import { useLiveQuery } from './useLiveQuery'

/** The household's earned badges, live, oldest first. */
export function useBadges() {
  const { data, loading } = useLiveQuery(({ db }) => db.badges.orderBy('earnedAt').toArray())
  return { badges: computed(() => data.value ?? []), loading }
}
