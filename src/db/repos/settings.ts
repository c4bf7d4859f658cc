import type { SettingKey, SettingValues, SortHeroDb } from '../db'

export async function getSetting<K extends SettingKey>(db: SortHeroDb, key: K): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key)
  return row?.value as SettingValues[K] | undefined
}

export async function setSetting<K extends SettingKey>(db: SortHeroDb, key: K, value: SettingValues[K]): Promise<void> {
  await db.settings.put({ key, value })
}

/** Forgets a setting, so the app asks or falls back to its default again. */
export async function clearSetting(db: SortHeroDb, key: SettingKey): Promise<void> {
  await db.settings.delete(key)
}
