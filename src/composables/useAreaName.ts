import type { Area } from '@/domain/codes/wire'
import { useI18n } from 'vue-i18n'

/** Where a class or school is, in words: one of 泸州's districts by name, or the place typed. */
export function useAreaName() {
  const { t } = useI18n()
  return (area: Area): string => ('district' in area ? t(`district.${area.district}`) : area.city)
}
