import type { LedgerEntry } from './ledger'
import type { DayEntries, LogDay } from './log'
import { describe, expect, it } from 'vitest'
import { addDays } from './dates'
import { balanceOf } from './ledger'
import { dueLogAwards, LOG_POINTS, reconcileLogPoints } from './log-points'

const sorted: DayEntries = { kitchen: { bags: 1, sortedBags: 1 } }
const mixed: DayEntries = { kitchen: { bags: 1, sortedBags: 0 } }
const day = (date: string, entries = sorted, loggedBy = 'mum'): LogDay => ({ date, entries, loggedBy, createdAt: 0, updatedAt: 0 })

/** Applies reconciliation like the repository does, and returns the resulting ledger. */
function settle(days: LogDay[], ledger: LedgerEntry[] = []): LedgerEntry[] {
  const corrections = reconcileLogPoints(dueLogAwards(days, 'mum'), ledger, 1)
  return [...ledger, ...corrections.map((award, i) => ({ ...award, id: `${ledger.length + i}` }))]
}

describe('log points', () => {
  it('awards a logged day and a fully sorted day, explained with the day', () => {
    const ledger = settle([day('2026-12-03')])
    expect(ledger.map(e => [e.reason, e.points, e.day])).toEqual([['log-day', 3, '2026-12-03'], ['sorted-day', 5, '2026-12-03']])
  })

  it('awards nothing more when settled twice', () => {
    const once = settle([day('2026-12-03')])
    expect(settle([day('2026-12-03')], once)).toEqual(once)
  })

  it('takes back the sorted-day points when the day is edited to mixed, and gives them back again', () => {
    let ledger = settle([day('2026-12-03')])
    ledger = settle([day('2026-12-03', mixed)], ledger)
    expect(balanceOf(ledger, 'mum')).toBe(LOG_POINTS.loggedDay)
    expect(ledger.at(-1)).toMatchObject({ reason: 'sorted-day', points: -5, sourceEventId: 'sorted:2026-12-03#1' })
    ledger = settle([day('2026-12-03')], ledger)
    expect(balanceOf(ledger, 'mum')).toBe(LOG_POINTS.loggedDay + LOG_POINTS.fullySortedDay)
    expect(new Set(ledger.map(e => e.sourceEventId)).size).toBe(ledger.length)
  })

  it('takes back everything when a day is deleted', () => {
    const ledger = settle([], settle([day('2026-12-03')]))
    expect(balanceOf(ledger, 'mum')).toBe(0)
  })

  it('awards a 7-day streak once, to whoever logged the seventh day, and a 30-day streak', () => {
    const week = Array.from({ length: 7 }, (_, i) => day(addDays('2026-12-01', i), sorted, i === 6 ? 'kid' : 'mum'))
    const ledger = settle(week)
    expect(ledger.filter(e => e.reason === 'streak-7')).toMatchObject([{ memberId: 'kid', points: 20, day: '2026-12-07' }])
    const month = Array.from({ length: 30 }, (_, i) => day(addDays('2026-12-01', i)))
    expect(settle(month).filter(e => e.reason.startsWith('streak')).map(e => e.reason)).toEqual(['streak-7', 'streak-30'])
  })

  it('takes back a streak whose run was broken by deleting a day', () => {
    const week = Array.from({ length: 7 }, (_, i) => day(addDays('2026-12-01', i)))
    const ledger = settle(week.filter(d => d.date !== '2026-12-04'), settle(week))
    expect(ledger.filter(e => e.reason === 'streak-7').reduce((s, e) => s + e.points, 0)).toBe(0)
  })

  it('moves a day’s points when another member re-logs it', () => {
    const ledger = settle([day('2026-12-03', sorted, 'kid')], settle([day('2026-12-03', sorted, 'mum')]))
    expect(balanceOf(ledger, 'mum')).toBe(0)
    expect(balanceOf(ledger, 'kid')).toBe(8)
  })
})
