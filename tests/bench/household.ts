/**
 * Household numbers: every dashboard figure for a household with three years of daily logs, and
 * logging one day (one transaction: the day and its points), in Node with fake-indexeddb.
 */
import 'fake-indexeddb/auto'
import type { AwarenessCheck } from '../../src/domain/awareness'
import type { LogDay } from '../../src/domain/log'
import { SortHeroDb } from '../../src/db/db'
import { saveLogDay } from '../../src/db/repos/log'
import { syncBadges } from '../../src/db/repos/badges'
import { householdDashboard } from '../../src/domain/dashboard'
import { addDays, dateToInstant } from '../../src/domain/dates'
import { newId } from '../../src/domain/ids'
import { dueLogAwards, reconcileLogPoints } from '../../src/domain/log-points'

const DAYS = 3 * 365 + 1
const TODAY = '2026-12-10'
const MEMBERS = ['mum', 'dad', 'kid']

/** Three years of plausible days: 2–4 bags, sorting getting better over time, some weighed. */
function threeYears(): LogDay[] {
  let seed = 7
  const random = () => {
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
  }
  return Array.from({ length: DAYS }, (_, i) => {
    const date = addDays(TODAY, i - DAYS)
    const skill = 0.4 + 0.5 * (i / DAYS)
    const bags = (n: number) => ({ bags: n, sortedBags: Math.round(n * Math.min(1, skill + random() * 0.2)), ...(random() < 0.3 ? { kg: Math.round(n * (0.5 + random()) * 10) / 10 } : {}) })
    return {
      date,
      entries: { kitchen: bags(1 + Math.floor(random() * 2)), other: bags(1), recyclable: bags(random() < 0.5 ? 1 : 0), ...(random() < 0.05 ? { hazardous: bags(1) } : {}) },
      loggedBy: MEMBERS[i % 3]!,
      createdAt: dateToInstant(date),
      updatedAt: dateToInstant(date),
    }
  }).map(day => ({ ...day, entries: Object.fromEntries(Object.entries(day.entries).filter(([, e]) => e.bags > 0)) }))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

const round = (ms: number) => Math.round(ms * 100) / 100

export async function runHouseholdBench() {
  const days = threeYears()
  const checks: AwarenessCheck[] = MEMBERS.map((memberId, i) => ({ id: memberId, memberId, at: dateToInstant(addDays(TODAY, -100 - i * 30)), score: 9, total: 10, passed: true }))

  // Exactly what the Log and Me pages compute (useHouseholdLog → householdDashboard).
  const now = dateToInstant(TODAY)
  householdDashboard(days, checks, MEMBERS, TODAY, now)
  const dashboardTimes = Array.from({ length: 15 }, () => {
    const start = performance.now()
    householdDashboard(days, checks, MEMBERS, TODAY, now)
    return performance.now() - start
  })

  // A database holding the same three years, with the ledger already settled and the badges the
  // log has earned already stored, as on a phone that has logged all along.
  const db = new SortHeroDb(`bench-${newId()}`)
  await db.logDays.bulkAdd(days)
  await db.ledger.bulkAdd(reconcileLogPoints(dueLogAwards(days, 'mum'), [], 0).map(award => ({ ...award, id: newId() })))
  await syncBadges(db)
  // Each write extends or edits the three-year run, so every save settles the longest streak;
  // saveLogDay is the whole action the Log page runs: the day, its points and the badge check.
  const writeTimes: number[] = []
  for (let i = 0; i < 15; i++) {
    const date = i % 2 === 0 ? TODAY : addDays(TODAY, -1 - i)
    const start = performance.now()
    await saveLogDay(db, { date, entries: { kitchen: { bags: 2, sortedBags: 2 - (i % 2) }, other: { bags: 1, sortedBags: 1 } }, memberId: 'mum' }, TODAY)
    writeTimes.push(performance.now() - start)
  }
  db.close()
  return { days: days.length, dashboardMs: round(median(dashboardTimes)), logWriteMs: round(median(writeTimes)), logWriteMaxMs: round(Math.max(...writeTimes)) }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runHouseholdBench())
