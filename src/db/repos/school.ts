/**
 * The teacher's side of the school features: classes, the invite code, imports of enrollments,
 * reports and vouchers, the class item list, the class dashboard and the class summary sent up
 * to the school. Each import verifies the code's signature before anything else happens, then
 * re-checks the rules and writes in one transaction: a refusal changes nothing, re-importing
 * the same code changes nothing, and a newer report for a period replaces the older one.
 * Refusals are typed `CodeError`s (`domain/codes/result.ts`); a bad draft is a DomainError
 * under `errors.school.*`.
 */
import type { SortHeroDb } from '../db'
import type { DecodedCode } from '@/domain/codes/codec'
import type { ClassReward, EnrollmentPayload, NamedItem, ReportPayload, SummaryPayload, VoucherCodePayload } from '@/domain/codes/payloads'
import type { CodeResult } from '@/domain/codes/result'
import type { LocalDate } from '@/domain/dates'
import type { RewardDraft } from '@/domain/rewards'
import type { ClassDashboard, LeaderboardMetric } from '@/domain/school/dashboard'
import type { PeriodKey } from '@/domain/school/period'
import type { ClassDraft, ClassItem, Enrollment, RedeemedVoucher, SchoolClass } from '@/domain/school/records'
import type { ImportAction } from '@/domain/school/verify'
import { encodeCode, verifyCode } from '@/domain/codes/codec'
import { CLASS_ITEMS_MAX, CLASS_REWARDS_MAX } from '@/domain/codes/payloads'
import { accept, refuse } from '@/domain/codes/result'
import { isCategory } from '@/domain/categories'
import { DomainError } from '@/domain/errors'
import { validateTaughtName } from '@/domain/lookup'
import { validateRewardDraft } from '@/domain/rewards'
import { classDashboard } from '@/domain/school/dashboard'
import { periodOf, recentPeriods } from '@/domain/school/period'
import { validateClassDraft } from '@/domain/school/records'
import { buildClassSummary } from '@/domain/school/rollup'
import { planEnrollment, planReport } from '@/domain/school/verify'
import { newId } from '@/domain/ids'
import { deviceSigner, nextSequence } from './keys'

/** When an import happens, in the device's calendar and clock. */
export interface ImportOptions {
  today: LocalDate
  now?: number
}

/** What importing a code did (or, for a preview, would do), for the screen to say in words. */
export type ImportDetails =
  | { kind: 'class-invite', className: string, school: string, teacher: string, revision: number }
  | { kind: 'enrollment', classId: string, className: string, nickname: string }
  | { kind: 'report', classId: string, className: string, nickname: string, period: PeriodKey, reported: number, enrolled: number }
  | { kind: 'voucher', nickname: string, title: VoucherCodePayload['title'], points: number, issuedAt: number }
  | { kind: 'class-summary', level: SummaryPayload['level'], name: string, period: PeriodKey, parentName: string }

export type ImportOutcome = CodeResult<{ action: ImportAction, details: ImportDetails }>

// Classes ------------------------------------------------------------------------------------

function checkedClassDraft(draft: ClassDraft): ClassDraft {
  const checked = validateClassDraft(draft)
  if (!checked.ok) throw new DomainError(`school.class.${checked.problem}`)
  return checked.value
}

/** Sets up a class. Its first period is the one containing `today`. */
export async function createClass(db: SortHeroDb, draft: ClassDraft, today: LocalDate, now = Date.now()): Promise<SchoolClass> {
  const checked = checkedClassDraft(draft)
  const cls: SchoolClass = { id: newId(), ...checked, rewards: [], revision: 1, startPeriod: periodOf(today, checked.periodKind), createdAt: now, summarySeq: 0 }
  await db.schoolClasses.add(cls)
  return cls
}

/** The teacher's classes, oldest first. */
export function listClasses(db: SortHeroDb): Promise<SchoolClass[]> {
  return db.schoolClasses.orderBy('createdAt').toArray()
}

async function classOrFail(db: SortHeroDb, classId: string): Promise<SchoolClass> {
  const cls = await db.schoolClasses.get(classId)
  if (!cls) throw new DomainError('school.class.missing')
  return cls
}

/**
 * Changes a class's names, area, rule set or period kind; the next invite carries the change
 * (its revision grows). The period kind is fixed once reports came in: they count in it.
 */
export async function updateClass(db: SortHeroDb, classId: string, draft: ClassDraft, today: LocalDate): Promise<SchoolClass> {
  const checked = checkedClassDraft(draft)
  return db.transaction('rw', [db.schoolClasses, db.classReports], async () => {
    const cls = await classOrFail(db, classId)
    const kindChanged = checked.periodKind !== cls.periodKind
    if (kindChanged && await db.classReports.where('classId').equals(classId).count() > 0) throw new DomainError('school.class.periodKindLocked')
    const updated: SchoolClass = { ...cls, ...checked, revision: cls.revision + 1, ...(kindChanged ? { startPeriod: periodOf(today, checked.periodKind) } : {}) }
    await db.schoolClasses.put(updated)
    return updated
  })
}

/** Replaces the class's rewards catalogue (each checked like a household's reward). */
export async function setClassRewards(db: SortHeroDb, classId: string, rewards: readonly (RewardDraft & { id?: string })[]): Promise<SchoolClass> {
  if (rewards.length > CLASS_REWARDS_MAX) throw new DomainError('school.rewards.tooMany', { max: CLASS_REWARDS_MAX })
  const checked: ClassReward[] = rewards.map((draft) => {
    const result = validateRewardDraft(draft)
    if (!result.ok) throw new DomainError(`rewards.${result.problem}`)
    return { id: draft.id ?? newId(), ...result.value }
  })
  return db.transaction('rw', db.schoolClasses, async () => {
    const cls = await classOrFail(db, classId)
    const updated = { ...cls, rewards: checked, revision: cls.revision + 1 }
    await db.schoolClasses.put(updated)
    return updated
  })
}

// The class item list -----------------------------------------------------------------------

/** The class item list, in the order names were accepted. */
export async function classItemsOf(db: SortHeroDb, classId: string): Promise<ClassItem[]> {
  return (await db.classItems.where('classId').equals(classId).toArray()).sort((a, b) => a.acceptedAt - b.acceptedAt)
}

/**
 * Accepts a name households searched for or taught into the class item list, with the bin the
 * teacher confirms; the next invite carries it to every household. Accepting a name already on
 * the list changes its bin.
 */
export async function acceptClassItem(db: SortHeroDb, classId: string, item: NamedItem, now = Date.now()): Promise<ClassItem> {
  if (!isCategory(item.category)) throw new DomainError('lookup.category')
  const checked = validateTaughtName(item.name, () => false)
  if (!checked.ok) throw new DomainError(`lookup.name.${checked.problem}`)
  return db.transaction('rw', [db.schoolClasses, db.classItems], async () => {
    const cls = await classOrFail(db, classId)
    const existing = await db.classItems.where('[classId+key]').equals([classId, checked.value.key]).first()
    if (!existing && await db.classItems.where('classId').equals(classId).count() >= CLASS_ITEMS_MAX) throw new DomainError('school.items.tooMany', { max: CLASS_ITEMS_MAX })
    const record: ClassItem = { id: existing?.id ?? newId(), classId, name: checked.value.name, key: checked.value.key, category: item.category, acceptedAt: existing?.acceptedAt ?? now }
    await db.classItems.put(record)
    await db.schoolClasses.update(classId, { revision: cls.revision + 1 })
    return record
  })
}

/** Takes a name off the class item list. */
export async function removeClassItem(db: SortHeroDb, itemId: string): Promise<void> {
  await db.transaction('rw', [db.schoolClasses, db.classItems], async () => {
    const item = await db.classItems.get(itemId)
    if (!item) return
    await db.classItems.delete(itemId)
    const cls = await db.schoolClasses.get(item.classId)
    if (cls) await db.schoolClasses.update(cls.id, { revision: cls.revision + 1 })
  })
}

// The invite ---------------------------------------------------------------------------------

/** The class's invite code (its `<data>`), signed by this device, at the class's current revision. */
export async function classInviteCode(db: SortHeroDb, classId: string): Promise<string> {
  const cls = await classOrFail(db, classId)
  const items = await classItemsOf(db, classId)
  const signer = await deviceSigner(db)
  return encodeCode('class-invite', {
    classId: cls.id,
    revision: cls.revision,
    school: cls.school,
    className: cls.name,
    teacher: cls.teacher,
    area: cls.area,
    periodKind: cls.periodKind,
    ruleSet: cls.ruleSet,
    rewards: cls.rewards,
    items: items.map(item => ({ name: item.name, category: item.category })),
    publicKey: signer.publicKey,
  }, signer)
}

// Imports ------------------------------------------------------------------------------------

async function classContext(db: SortHeroDb, classId: string) {
  return { hasClasses: (await db.schoolClasses.count()) > 0, cls: await db.schoolClasses.get(classId) }
}

/**
 * Imports (or, with `write` false, only checks) an enrollment whose signature `openCode` has
 * verified against the key it carries.
 */
export async function importEnrollment(db: SortHeroDb, code: DecodedCode<'enrollment'>, options: ImportOptions, write: boolean): Promise<ImportOutcome> {
  const p: EnrollmentPayload = code.payload
  const now = options.now ?? Date.now()
  const run = async () => {
    const ctx = await classContext(db, p.classId)
    const existing = await db.enrollments.get([p.classId, p.householdId])
    const plan = planEnrollment(ctx, existing, p, code.kid)
    if (!plan.ok) return plan
    const details: ImportDetails = { kind: 'enrollment', classId: p.classId, className: ctx.cls!.name, nickname: p.nickname }
    if (write && plan.value !== 'unchanged') {
      const enrollment: Enrollment = { ...p, kid: code.kid, enrolledAt: existing?.enrolledAt ?? now, updatedAt: now }
      await db.enrollments.put(enrollment)
    }
    return accept({ action: plan.value, details })
  }
  return write ? db.transaction('rw', [db.schoolClasses, db.enrollments], run) : run()
}

async function reportedCount(db: SortHeroDb, classId: string, period: PeriodKey): Promise<{ reported: number, enrolled: number }> {
  return {
    reported: await db.classReports.where('[classId+period]').equals([classId, period]).count(),
    enrolled: await db.enrollments.where('classId').equals(classId).count(),
  }
}

/**
 * Imports (or only checks) a household's report: the class must be this device's, the
 * household enrolled in it with the key that signed the report, the period valid, and the
 * sequence number not older than the report held for that household and period.
 */
export async function importReport(db: SortHeroDb, code: DecodedCode<'report'>, options: ImportOptions, write: boolean): Promise<ImportOutcome> {
  const p: ReportPayload = code.payload
  const ctx = { ...await classContext(db, p.classId), today: options.today }
  const enrollment = ctx.cls ? await db.enrollments.where('kid').equals(code.kid).filter(e => e.classId === p.classId).first() : undefined
  if (!enrollment) return planReport(ctx, undefined, undefined, p) as ImportOutcome
  const verified = await verifyCode(code, enrollment.publicKey)
  if (!verified.ok) return verified
  const run = async (): Promise<ImportOutcome> => {
    // Read again inside the transaction: the class or enrollment may have changed meanwhile.
    const fresh = { ...await classContext(db, p.classId), today: options.today }
    const current = await db.enrollments.get([p.classId, enrollment.householdId])
    const held = current?.kid === code.kid ? current : undefined
    const existing = await db.classReports.get([p.classId, enrollment.householdId, p.period])
    const plan = planReport(fresh, held, existing, p)
    if (!plan.ok) return plan
    if (write && plan.value !== 'unchanged') {
      await db.classReports.put({ classId: p.classId, householdId: enrollment.householdId, period: p.period, seq: p.seq, report: p, importedAt: options.now ?? Date.now() })
    }
    const counts = await reportedCount(db, p.classId, p.period)
    return accept({ action: plan.value, details: { kind: 'report', classId: p.classId, className: fresh.cls!.name, nickname: enrollment.nickname, period: p.period, ...counts } })
  }
  return write ? db.transaction('rw', [db.schoolClasses, db.enrollments, db.classReports], run) : run()
}

/**
 * Honours (or only checks) a household's voucher: signed by a household enrolled in one of this
 * device's classes, for a campaign reward or one of that class's, and not honoured before.
 * A second use is refused `voucher-used` with the date of the first.
 */
export async function importVoucher(db: SortHeroDb, code: DecodedCode<'voucher'>, options: ImportOptions, write: boolean): Promise<ImportOutcome> {
  const p = code.payload
  if (await db.schoolClasses.count() === 0) return refuse('no-class-here')
  const enrollments = await db.enrollments.where('kid').equals(code.kid).toArray()
  if (enrollments.length === 0) return refuse('not-enrolled')
  const verified = await verifyCode(code, enrollments[0]!.publicKey)
  if (!verified.ok) return verified
  if (p.source === 'household') return refuse('household-reward')
  if (p.source === 'class' && !enrollments.some(e => p.rewardId.startsWith(`class:${e.classId}:`))) return refuse('other-class')
  const id = `${code.kid}:${p.voucherId}`
  const details: ImportDetails = { kind: 'voucher', nickname: p.nickname, title: p.title, points: p.points, issuedAt: p.issuedAt }
  const run = async (): Promise<ImportOutcome> => {
    const used = await db.redeemedVouchers.get(id)
    if (used) return refuse('voucher-used', { usedAt: used.usedAt })
    if (write) {
      const title = typeof p.title === 'string' ? p.title : p.title.zh
      await db.redeemedVouchers.add({ id, kid: code.kid, voucherId: p.voucherId, householdId: enrollments[0]!.householdId, nickname: p.nickname, title, points: p.points, issuedAt: p.issuedAt, usedAt: options.now ?? Date.now() })
    }
    return accept({ action: 'add', details })
  }
  return write ? db.transaction('rw', db.redeemedVouchers, run) : run()
}

/** The vouchers honoured on this device, the latest first. */
export async function redeemedVouchers(db: SortHeroDb, limit = 50): Promise<RedeemedVoucher[]> {
  return db.redeemedVouchers.orderBy('usedAt').reverse().limit(limit).toArray()
}

// Dashboard and summary ---------------------------------------------------------------------

/** The households enrolled in a class, by nickname. */
export async function enrollmentsOf(db: SortHeroDb, classId: string): Promise<Enrollment[]> {
  return (await db.enrollments.where('classId').equals(classId).toArray()).sort((a, b) => a.nickname.localeCompare(b.nickname, 'zh'))
}

/** Removes a household from a class, with its reports (one transaction). */
export async function removeEnrollment(db: SortHeroDb, classId: string, householdId: string): Promise<void> {
  await db.transaction('rw', [db.enrollments, db.classReports], async () => {
    await db.enrollments.delete([classId, householdId])
    await db.classReports.where('classId').equals(classId).filter(r => r.householdId === householdId).delete()
  })
}

/**
 * Everything the class dashboard shows for the period containing `today` (or `period`), with a
 * trend over the last `periods` periods. Reads the class's enrollments, reports and item list.
 */
export async function loadClassDashboard(db: SortHeroDb, classId: string, options: { today: LocalDate, period?: PeriodKey, periods?: number, metric?: LeaderboardMetric }): Promise<ClassDashboard> {
  const cls = await classOrFail(db, classId)
  const [enrollments, reports, items] = await Promise.all([
    db.enrollments.where('classId').equals(classId).toArray(),
    db.classReports.where('classId').equals(classId).toArray(),
    db.classItems.where('classId').equals(classId).toArray(),
  ])
  const trendPeriods = recentPeriods(options.today, cls.periodKind, options.periods ?? 12)
  return classDashboard({
    households: enrollments.map(e => ({ householdId: e.householdId, nickname: e.nickname })),
    reports: reports.map(r => ({ householdId: r.householdId, report: r.report })),
    period: options.period ?? trendPeriods.at(-1)!,
    trendPeriods,
    accepted: new Set(items.map(item => item.key)),
    ...(options.metric ? { metric: options.metric } : {}),
  })
}

/**
 * The class's signed summary of one period for its school: the households' tallies summed,
 * with a new sequence number (a newer summary of the same period replaces the older one there).
 */
export async function classSummaryCode(db: SortHeroDb, classId: string, period: PeriodKey): Promise<{ data: string, summary: SummaryPayload }> {
  const cls = await classOrFail(db, classId)
  const [enrolled, reports] = await Promise.all([
    db.enrollments.where('classId').equals(classId).count(),
    db.classReports.where('[classId+period]').equals([classId, period]).toArray(),
  ])
  const signer = await deviceSigner(db)
  const seq = await nextSequence(db)
  const summary = buildClassSummary({ id: cls.id, name: cls.name, parentName: cls.school, area: cls.area, periodKind: cls.periodKind }, { period, enrolled, tallies: reports.map(r => r.report.tally), seq, publicKey: signer.publicKey })
  const data = await encodeCode('class-summary', summary, signer)
  await db.schoolClasses.update(classId, { summarySeq: seq })
  return { data, summary }
}
