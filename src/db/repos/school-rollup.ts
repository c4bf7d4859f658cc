/**
 * The coordinator's side: a school (collecting its classes' summaries) or a district
 * (collecting its schools'), the summaries' imports, the roll-up dashboard, and the school's own
 * summary sent up to its district. A class or school is trusted on first use: its first summary
 * binds its id to the key that signed it (see `domain/school/verify.ts`).
 */
import type { SortHeroDb } from '../db'
import type { DecodedCode } from '@/domain/codes/codec'
import type { SummaryPayload } from '@/domain/codes/payloads'
import type { Area } from '@/domain/codes/wire'
import type { LocalDate } from '@/domain/dates'
import type { PeriodKey, PeriodKind } from '@/domain/school/period'
import type { RollupLevel, RollupUnit, TrustedUnit } from '@/domain/school/records'
import type { RollupDashboard, RollupMetric } from '@/domain/school/rollup'
import type { ImportOptions, ImportOutcome } from './school'
import { encodeCode } from '@/domain/codes/codec'
import { accept } from '@/domain/codes/result'
import { DomainError } from '@/domain/errors'
import { isPeriodKind, recentPeriods } from '@/domain/school/period'
import { validateArea, validateUnitName } from '@/domain/school/records'
import { buildSchoolSummary, rollupDashboard } from '@/domain/school/rollup'
import { planSummary } from '@/domain/school/verify'
import { newId } from '@/domain/ids'
import { deviceSigner, nextSequence } from './keys'
import { setSetting } from './settings'

/** Sets up the school (or district) this device coordinates; one of each at most. */
export async function createRollupUnit(db: SortHeroDb, draft: { level: RollupLevel, name: string, area: Area, periodKind: PeriodKind }, now = Date.now()): Promise<RollupUnit> {
  const name = validateUnitName(draft.name)
  if (!name) throw new DomainError('school.unit.name')
  const area = validateArea(draft.area)
  if (!area) throw new DomainError('school.class.area')
  if (!isPeriodKind(draft.periodKind)) throw new DomainError('school.class.periodKind')
  if (draft.level !== 'school' && draft.level !== 'district') throw new DomainError('school.unit.level')
  return db.transaction('rw', db.rollupUnits, async () => {
    if ((await db.rollupUnits.toArray()).some(unit => unit.level === draft.level)) throw new DomainError('school.unit.exists')
    const unit: RollupUnit = { id: newId(), level: draft.level, name, area, periodKind: draft.periodKind, createdAt: now, summarySeq: 0 }
    await db.rollupUnits.add(unit)
    return unit
  })
}

/**
 * Sets up the school (or district) and switches the device to the coordinator's face, in one
 * transaction: what the welcome page's "I run a school or district" does.
 */
export async function becomeCoordinator(db: SortHeroDb, draft: { level: RollupLevel, name: string, area: Area, periodKind: PeriodKind }, now = Date.now()): Promise<RollupUnit> {
  return db.transaction('rw', [db.rollupUnits, db.settings], async () => {
    const unit = await createRollupUnit(db, draft, now)
    await setSetting(db, 'mode', 'coordinator')
    return unit
  })
}

/** The school and/or district this device coordinates. */
export function listRollupUnits(db: SortHeroDb): Promise<RollupUnit[]> {
  return db.rollupUnits.toArray()
}

/**
 * Imports (or, with `write` false, only checks) a class or school summary whose signature
 * `openCode` verified against the key it carries. The first summary of a unit binds it to that
 * key; later ones must be signed by the same key, and newer replace older per period.
 */
export async function importSummary(db: SortHeroDb, code: DecodedCode<'class-summary'>, options: ImportOptions, write: boolean): Promise<ImportOutcome> {
  const s: SummaryPayload = code.payload
  const now = options.now ?? Date.now()
  const run = async (): Promise<ImportOutcome> => {
    const units = await db.rollupUnits.toArray()
    const trusted = await db.trustedUnits.get(s.unitId)
    const existing = await db.summaries.get(`${s.unitId}|${s.period}`)
    const plan = planSummary({ units, trusted, existing, today: options.today }, s, code.kid)
    if (!plan.ok) return plan
    const { action, parent } = plan.value
    if (write && action !== 'unchanged') {
      const bound: TrustedUnit = { id: s.unitId, level: s.level, parentId: parent.id, kid: code.kid, publicKey: s.publicKey, name: s.name, parentName: s.parentName, firstSeenAt: trusted?.firstSeenAt ?? now }
      await db.trustedUnits.put(bound)
      await db.summaries.put({ id: `${s.unitId}|${s.period}`, unitId: s.unitId, parentId: parent.id, period: s.period, seq: s.seq, summary: s, importedAt: now })
    }
    return accept({ action, details: { kind: 'class-summary', level: s.level, name: s.name, period: s.period, parentName: parent.name } })
  }
  return write ? db.transaction('rw', [db.rollupUnits, db.trustedUnits, db.summaries], run) : run()
}

/**
 * Forgets a class (or school) and its summaries, so that its next summary binds a new key: what
 * a coordinator does, deliberately, for a teacher who lost their device.
 */
export async function forgetTrustedUnit(db: SortHeroDb, unitId: string): Promise<void> {
  await db.transaction('rw', [db.trustedUnits, db.summaries], async () => {
    await db.trustedUnits.delete(unitId)
    await db.summaries.where('unitId').equals(unitId).delete()
  })
}

async function unitOrFail(db: SortHeroDb, unitId: string): Promise<RollupUnit> {
  const unit = await db.rollupUnits.get(unitId)
  if (!unit) throw new DomainError('school.unit.missing')
  return unit
}

/**
 * The school's (or district's) dashboard for the period containing `today` (or `period`): its
 * classes' (or schools') summaries ranked, the summed rates with their trend over the last
 * `periods` periods, and who has not sent.
 */
export async function loadRollupDashboard(db: SortHeroDb, unitId: string, options: { today: LocalDate, period?: PeriodKey, periods?: number, metric?: RollupMetric }): Promise<RollupDashboard> {
  const unit = await unitOrFail(db, unitId)
  const [children, stored] = await Promise.all([
    db.trustedUnits.where('parentId').equals(unitId).toArray(),
    db.summaries.where('parentId').equals(unitId).toArray(),
  ])
  const trendPeriods = recentPeriods(options.today, unit.periodKind, options.periods ?? 12)
  return rollupDashboard({
    children: children.map(child => ({ unitId: child.id, name: child.name, parentName: child.parentName })),
    summaries: stored.map(s => s.summary),
    period: options.period ?? trendPeriods.at(-1)!,
    trendPeriods,
    ...(options.metric ? { metric: options.metric } : {}),
  })
}

/** The school's signed summary of one period for its district, from its classes' summaries. */
export async function schoolSummaryCode(db: SortHeroDb, unitId: string, period: PeriodKey): Promise<{ data: string, summary: SummaryPayload }> {
  const unit = await unitOrFail(db, unitId)
  if (unit.level !== 'school') throw new DomainError('school.unit.level')
  const [expected, stored] = await Promise.all([
    db.trustedUnits.where('parentId').equals(unitId).count(),
    db.summaries.where('[parentId+period]').equals([unitId, period]).toArray(),
  ])
  const signer = await deviceSigner(db)
  const seq = await nextSequence(db)
  const summary = buildSchoolSummary({ id: unit.id, name: unit.name, parentName: '', area: unit.area, periodKind: unit.periodKind }, { period, expected, summaries: stored.map(s => s.summary), seq, publicKey: signer.publicKey })
  const data = await encodeCode('class-summary', summary, signer)
  await db.rollupUnits.update(unitId, { summarySeq: seq })
  return { data, summary }
}
