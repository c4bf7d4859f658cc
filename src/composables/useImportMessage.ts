import type { ImportReport } from './useCodeImport'
import { rewardTitleIn } from '@/domain/rewards'
import { i18n } from '@/i18n'
import { usePeriodLabel } from './usePeriodLabel'

/** How an import went, for the screen: the words, and whether it is news, old news or a refusal. */
export interface ImportMessage {
  text: string
  tone: 'added' | 'unchanged' | 'refused'
}

/**
 * Says in plain words what importing a code did on a teacher's or coordinator's device: whose
 * report came in (or was already here), which voucher was honoured, which class's summary
 * arrived; or why the code was refused (the date of the first use of a voucher included).
 */
export function useImportMessage() {
  // The app's one i18n instance (as `useSaving`), so this works outside a component's setup too.
  const { t, d, locale } = i18n.global
  const periodLabel = usePeriodLabel()
  const day = (instant: number) => d(new Date(instant), { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' })

  return (outcome: ImportReport): ImportMessage => {
    if (!outcome.ok) {
      const { code, params } = outcome.error
      const values = { ...params, ...(typeof params?.usedAt === 'number' ? { date: day(params.usedAt) } : {}) }
      return { text: t(`school.outcome.refused.${code}`, values), tone: 'refused' }
    }
    const { action, details } = outcome.value
    const tone = action === 'unchanged' ? 'unchanged' : 'added'
    switch (details.kind) {
      case 'report':
        return { text: t(`school.outcome.report.${action}`, { name: details.nickname, period: periodLabel(details.period) }), tone }
      case 'enrollment':
        return { text: t(`school.outcome.enrollment.${action}`, { name: details.nickname, className: details.className }), tone }
      case 'voucher':
        return { text: t('school.outcome.voucher', { name: details.nickname, title: rewardTitleIn(details.title, locale.value), points: details.points }), tone }
      case 'class-summary':
        return { text: t(`school.outcome.summary.${action}`, { name: details.name, period: periodLabel(details.period) }), tone }
      case 'class-invite':
        return { text: t('school.outcome.refused.wrong-kind'), tone: 'refused' }
    }
  }
}
