import type { SettingKey, SettingValues } from '@/db/db'
import { withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

/**
 * One device setting, live, with commands to set it or clear it (back to "ask" or the default).
 * Writes go through the settings repository and `useSaving`.
 */
export function useSetting<K extends SettingKey>(key: K) {
  const { data: value, loading } = useLiveQuery(({ db, settings }) => settings.getSetting(db, key))
  const { save, saving, problem } = useSaving()
  const set = (next: SettingValues[K]) => save(() => withData(({ db, settings }) => settings.setSetting(db, key, next)))
  const clear = () => save(() => withData(({ db, settings }) => settings.clearSetting(db, key)))
  return { value, loading, set, clear, saving, problem }
}
