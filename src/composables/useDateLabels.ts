import { useI18n } from 'vue-i18n'

/**
 * Dates as the app writes them: "6月1日" for a day of this year, "2027年6月1日" once it is in
 * another year (a voucher valid until next June must not read as this June). `day` is a date,
 * `moment` a date with its time.
 */
export function useDateLabels() {
  const { d } = useI18n()
  const inThisYear = (date: Date) => date.getFullYear() === new Date().getFullYear()

  function day(value: Date | number): string {
    const date = new Date(value)
    return d(date, inThisYear(date) ? 'day' : 'dayInYear')
  }

  function moment(value: Date | number): string {
    const date = new Date(value)
    return d(date, inThisYear(date) ? 'short' : 'shortInYear')
  }

  return { day, moment }
}
