/**
 * CSV export for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads Chinese as
 * mojibake), CRLF line ends, RFC 4180 quoting, and no formula injection: a text cell starting
 * with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so a nickname
 * such as "=HYPERLINK(…)" stays text. Numbers are written as numbers.
 */
import type { RollupDashboard } from './rollup'
import type { ClassDashboard } from './dashboard'

export type CsvCell = string | number | null | undefined

const BOM = '\uFEFF'

/** One cell as CSV text. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows as a CSV file's text, starting with the byte-order mark. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map(row => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** A rate as a percentage with one decimal, or empty. */
export function percentCell(rate: number | null): CsvCell {
  return rate === null ? null : Math.round(rate * 1000) / 10
}

export const ROLLUP_CSV_COLUMNS = ['rank', 'name', 'parent', 'reported', 'enrolled', 'collection', 'awareness', 'pointsPerMember'] as const
export type RollupCsvColumn = (typeof ROLLUP_CSV_COLUMNS)[number]

/** A school's (or district's) ranking as CSV; `headers` are the column names in the UI language. */
export function rollupCsv(dashboard: RollupDashboard, headers: Record<RollupCsvColumn, string>): string {
  return toCsv([
    ROLLUP_CSV_COLUMNS.map(column => headers[column]),
    ...dashboard.ranking.map(row => [
      row.rank,
      row.name,
      row.parentName,
      row.households.reported,
      row.households.enrolled,
      percentCell(row.collection.rate),
      percentCell(row.awareness.rate),
      row.pointsPerMember.rate === null ? null : Math.round(row.pointsPerMember.rate * 10) / 10,
    ]),
  ])
}

export const LEADERBOARD_CSV_COLUMNS = ['rank', 'nickname', 'members', 'pointsPerMember', 'collection', 'streak'] as const
export type LeaderboardCsvColumn = (typeof LEADERBOARD_CSV_COLUMNS)[number]

/** A class's leaderboard as CSV; `headers` are the column names in the UI language. */
export function leaderboardCsv(dashboard: ClassDashboard, headers: Record<LeaderboardCsvColumn, string>): string {
  return toCsv([
    LEADERBOARD_CSV_COLUMNS.map(column => headers[column]),
    ...dashboard.leaderboard.map(row => [
      row.rank,
      row.nickname,
      row.members,
      row.pointsPerMember === null ? null : Math.round(row.pointsPerMember * 10) / 10,
      percentCell(row.collectionRate),
      row.streakDays,
    ]),
  ])
}
