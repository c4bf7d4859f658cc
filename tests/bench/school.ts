/**
 * School numbers, in Node with fake-indexeddb, through the same repository functions the pages
 * call: a teacher importing 50 signed reports (verify + write, one transaction each), the class
 * dashboard over a year of weekly reports from 50 households, a school dashboard over a year of
 * 40 classes' summaries, and the largest weekly report as a code.
 */
import 'fake-indexeddb/auto'
import type { StoredReport, StoredSummary, TrustedUnit } from '../../src/domain/school/records'
import type { Tally } from '../../src/domain/school/tally'
import { SortHeroDb } from '../../src/db/db'
import { newId } from '../../src/domain/ids'
import { importCodes } from '../../src/db/repos/codes'
import { createClass, loadClassDashboard } from '../../src/db/repos/school'
import { createRollupUnit, loadRollupDashboard } from '../../src/db/repos/school-rollup'
import { ALL_ITEMS } from '../../src/data/items'
import { encodeCode } from '../../src/domain/codes/codec'
import { toBase64Url } from '../../src/domain/codes/base64url'
import { generateDeviceKeyPair, keyIdOf, signerFor } from '../../src/domain/codes/signing'
import { CATEGORIES } from '../../src/domain/categories'
import { dateToInstant } from '../../src/domain/dates'
import { recentPeriods } from '../../src/domain/school/period'
import { buildClassSummary } from '../../src/domain/school/rollup'
import { emptyTally } from '../../src/domain/school/tally'
import { fakeHousehold, largestWeeklyReport } from '../../src/domain/school/testing'

const TODAY = '2026-12-10'
const NOW = dateToInstant(TODAY)
const HOUSEHOLDS = 50
const CLASSES = 40
const WEEKS = 52

function random(seed: number): () => number {
  return () => {
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
  }
}

/** A plausible week of one household: 1–6 members, most bags sorted, some learning. */
function weekTally(rnd: () => number): Tally {
  const tally = emptyTally()
  for (const c of CATEGORIES) {
    const bags = Math.floor(rnd() * 10)
    const sorted = Math.round(bags * (0.5 + rnd() * 0.5))
    tally.categories[c] = { sortedBags: sorted, mixedBags: bags - sorted, sortedKgTenths: sorted * 10, mixedKgTenths: (bags - sorted) * 10 }
  }
  const members = 1 + Math.floor(rnd() * 6)
  const answered = Math.floor(rnd() * 40)
  return { ...tally, daysLogged: 1 + Math.floor(rnd() * 7), members, aware: Math.floor(members * rnd()), points: Math.floor(rnd() * 200), rounds: Math.floor(answered / 10), answered, correct: Math.floor(answered * rnd()) }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

const round = (ms: number) => Math.round(ms * 100) / 100

async function time(runs: number, body: (run: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await body(run)
    times.push(performance.now() - start)
  }
  return times
}

export async function runSchoolBench() {
  const options = { today: TODAY, now: NOW }

  // A teacher with 50 enrolled households, each sending this week's report.
  const teacher = new SortHeroDb(`bench-${newId()}`)
  const cls = await createClass(teacher, { school: '小街子小学', name: '三年级二班', teacher: '王老师', area: { district: 'jiangyang' }, periodKind: 'week', ruleSet: 'national' }, '2026-01-05', NOW)
  const families = await Promise.all(Array.from({ length: HOUSEHOLDS }, (_, i) => fakeHousehold(cls.id, `家庭${i + 1}`)))
  await importCodes(teacher, await Promise.all(families.map(f => f.enrollment())), options)
  const rnd = random(11)
  const week = recentPeriods(TODAY, 'week', 1)[0]!
  // Each run imports newer reports (seq run + 1), so every import verifies and writes.
  const batches = await Promise.all(Array.from({ length: 5 }, (_, run) => Promise.all(families.map(f => f.report(week, run + 1, weekTally(rnd))))))
  const importTimes = await time(batches.length, async (run) => {
    const outcomes = await importCodes(teacher, batches[run]!, options)
    if (outcomes.some(o => !o.ok)) throw new Error('a report was refused')
  })

  // A year of weekly reports from the same 50 households.
  const periods = recentPeriods(TODAY, 'week', WEEKS)
  const names = ALL_ITEMS.map(item => item.zh)
  const stored: StoredReport[] = families.flatMap((f, i) => periods.map((period, w) => ({
    classId: cls.id,
    householdId: f.householdId,
    period,
    seq: 100 + w,
    report: { classId: cls.id, period, seq: 100 + w, tally: weekTally(rnd), streakDays: w % 9, taught: rnd() < 0.2 ? [{ name: names[(i * 31 + w) % names.length]!, category: 'other' as const }] : [], missed: rnd() < 0.3 ? [{ query: names[(i * 17 + w * 3) % names.length]!.slice(0, 6), count: 2 }] : [] },
    importedAt: NOW,
  })))
  await teacher.classReports.bulkPut(stored)
  await loadClassDashboard(teacher, cls.id, { today: TODAY })
  const classTimes = await time(15, () => loadClassDashboard(teacher, cls.id, { today: TODAY }))
  teacher.close()

  // A school with 40 classes, each with a year of weekly summaries.
  const school = new SortHeroDb(`bench-${newId()}`)
  const unit = await createRollupUnit(school, { level: 'school', name: '小街子小学', area: { district: 'jiangyang' }, periodKind: 'week' }, NOW)
  const pair = await generateDeviceKeyPair()
  const publicKey = toBase64Url(pair.publicKey)
  const kid = await keyIdOf(pair.publicKey)
  const trusted: TrustedUnit[] = []
  const summaries: StoredSummary[] = []
  for (let c = 0; c < CLASSES; c++) {
    const id = crypto.randomUUID()
    const name = `${1 + (c % 6)}年级${1 + Math.floor(c / 6)}班`
    trusted.push({ id, level: 'class', parentId: unit.id, kid, publicKey, name, parentName: '小街子小学', firstSeenAt: NOW })
    for (const [w, period] of periods.entries()) {
      const summary = buildClassSummary({ id, name, parentName: '小街子小学', area: { district: 'jiangyang' }, periodKind: 'week' }, { period, enrolled: 45, tallies: Array.from({ length: 40 }, () => weekTally(rnd)), seq: w + 1, publicKey })
      summaries.push({ id: `${id}|${period}`, unitId: id, parentId: unit.id, period, seq: w + 1, summary, importedAt: NOW })
    }
  }
  await school.trustedUnits.bulkPut(trusted)
  await school.summaries.bulkPut(summaries)
  await loadRollupDashboard(school, unit.id, { today: TODAY })
  const schoolTimes = await time(15, () => loadRollupDashboard(school, unit.id, { today: TODAY }))
  school.close()

  // The largest weekly report as a code.
  const signer = signerFor(kid, pair.privateKey)
  const reportChars = (await encodeCode('report', largestWeeklyReport(cls.id, week, names), signer)).length

  return {
    import50Ms: round(median(importTimes)),
    import50MaxMs: round(Math.max(...importTimes)),
    classDashboardMs: round(median(classTimes)),
    schoolDashboardMs: round(median(schoolTimes)),
    reports: stored.length,
    summaries: summaries.length,
    reportChars,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runSchoolBench())
