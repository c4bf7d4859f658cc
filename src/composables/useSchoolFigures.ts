import { useI18n } from 'vue-i18n'

/** Figures as the school pages write them: a rate as a whole percentage, points per person with one decimal, "—" for none. */
export function useSchoolFigures() {
  const { t, n } = useI18n()
  return {
    percent: (rate: number | null, digits = 0) => (rate === null ? t('school.rates.none') : n(rate, { style: 'percent', maximumFractionDigits: digits })),
    perMember: (value: number | null) => (value === null ? t('school.rates.none') : n(value, { maximumFractionDigits: 1 })),
  }
}
