/**
 * The rules a device applies before it writes an imported code, as pure decisions: given what
 * the device already holds and a code whose signature was checked, add it, replace what is
 * there, change nothing (the same code again), or refuse with a typed reason. The repositories
 * load the records, call these inside the import's transaction and carry out the decision, so
 * a refusal never changes anything.
 *
 * Trust:
 * - A household trusts a class by the teacher's key in the first invite it joins; updates must
 *   be signed by the same key and carry a higher revision.
 * - A teacher trusts a household by the key in its enrollment (brought in person, or through
 *   the class's own chat); reports and vouchers must be signed by that key.
 * - A school (or district) trusts a class (or school) on first use: the first summary binds the
 *   unit's id to the key that signed it, and every later summary for that id must be signed by
 *   the same key. A teacher who loses their device (and key) is refused `key-mismatch` until
 *   the coordinator forgets the class, which is the coordinator's deliberate decision.
 */
import type { ClassInvitePayload, EnrollmentPayload, ReportPayload, SummaryPayload } from '../codes/payloads'
import type { CodeResult } from '../codes/result'
import type { LocalDate } from '../dates'
import type { PeriodKey, PeriodKind } from './period'
import type { Enrollment, JoinedClass, RollupUnit, SchoolClass, StoredReport, StoredSummary, TrustedUnit } from './records'
import { accept, refuse } from '../codes/result'
import { normalizeChinese } from '../text'
import { periodKindOf, periodStarted } from './period'

/** What an import does when it is not refused. */
export type ImportAction = 'add' | 'replace' | 'unchanged'

export type Plan = CodeResult<ImportAction>

type Refusal = ReturnType<typeof refuse>

/** Refusals about the period: right kind, started, not before the start. */
function checkPeriod(period: PeriodKey, kind: PeriodKind, today: LocalDate, start?: PeriodKey): Refusal | null {
  if (periodKindOf(period) !== kind) return refuse('wrong-period-kind', { period })
  if (!periodStarted(period, today)) return refuse('future-period', { period })
  if (start !== undefined && period < start) return refuse('period-before-start', { period, start })
  return null
}

/** Newer replaces, the same is a no-op, older is refused. `same` tells an identical copy apart. */
function bySequence(existing: { seq: number } | undefined, seq: number, same: boolean): Plan {
  if (!existing) return accept('add')
  if (seq > existing.seq) return accept('replace')
  if (seq === existing.seq && same) return accept('unchanged')
  return refuse('out-of-date', { seq, latest: existing.seq })
}

/** Whether two payloads are the same (field order is fixed by the schemas). */
export function samePayload(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * A household opening a class invite. `joined` is the class as it already joined it, if so.
 */
export function planInvite(joined: JoinedClass | undefined, invite: ClassInvitePayload, kid: string): Plan {
  if (!joined) return accept('add')
  if (joined.teacherKid !== kid) return refuse('key-mismatch')
  if (invite.revision > joined.invite.revision) return accept('replace')
  if (invite.revision === joined.invite.revision && samePayload(invite, joined.invite)) return accept('unchanged')
  return refuse('out-of-date', { seq: invite.revision, latest: joined.invite.revision })
}

/** What a teacher's device holds that an enrollment or a report is checked against. */
export interface ClassContext {
  /** Whether this device runs any class at all (if not, the code was opened in the wrong place). */
  hasClasses: boolean
  /** The class the code names, if this device runs it. */
  cls: SchoolClass | undefined
}

function checkClass(ctx: ClassContext): Refusal | null {
  if (!ctx.hasClasses) return refuse('no-class-here')
  if (!ctx.cls) return refuse('other-class')
  return null
}

/** A teacher importing a household's enrollment. `existing` is the household's enrollment in that class. */
export function planEnrollment(ctx: ClassContext, existing: Enrollment | undefined, enrollment: EnrollmentPayload, kid: string): Plan {
  const refused = checkClass(ctx)
  if (refused) return refused
  if (existing && existing.kid !== kid) return refuse('key-mismatch')
  const same = existing !== undefined && existing.nickname === enrollment.nickname && existing.children === enrollment.children && existing.adults === enrollment.adults
  return bySequence(existing, enrollment.seq, same)
}

/**
 * A teacher importing a report whose signature was checked against `enrollment`'s key (the
 * enrollment in the report's class with the code's key id; undefined if none). `existing` is
 * the report already held for that household and period.
 */
export function planReport(ctx: ClassContext & { today: LocalDate }, enrollment: Enrollment | undefined, existing: StoredReport | undefined, report: ReportPayload): Plan {
  const refused = checkClass(ctx)
  if (refused) return refused
  if (!enrollment) return refuse('not-enrolled')
  const cls = ctx.cls!
  const period = checkPeriod(report.period, cls.periodKind, ctx.today, cls.startPeriod)
  if (period) return period
  return bySequence(existing, report.seq, existing !== undefined && samePayload(existing.report, report))
}

/** Whether two typed school names name the same school: equal, or one contains the other. */
export function sameSchool(a: string, b: string): boolean {
  const x = normalizeChinese(a)
  const y = normalizeChinese(b)
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x))
}

function sameArea(a: SummaryPayload['area'], b: SummaryPayload['area']): boolean {
  if ('district' in a || 'district' in b) return 'district' in a && 'district' in b && a.district === b.district
  return normalizeChinese(a.city) === normalizeChinese(b.city)
}

/** What a coordinator's device holds that a summary is checked against. */
export interface RollupContext {
  /** The school and/or district this device coordinates. */
  units: readonly RollupUnit[]
  /** The unit the summary's id is bound to, if any. */
  trusted: TrustedUnit | undefined
  /** The summary already held for that unit and period. */
  existing: StoredSummary | undefined
  today: LocalDate
}

/**
 * A coordinator importing a class summary (into its school) or a school summary (into its
 * district). Refuses a summary for a unit bound to another key, from another school or
 * district, of another period kind or from the future; otherwise by sequence number.
 */
export function planSummary(ctx: RollupContext, summary: SummaryPayload, kid: string): CodeResult<{ action: ImportAction, parent: RollupUnit }> {
  if (ctx.units.length === 0) return refuse('no-coordinator-here')
  const parent = ctx.units.find(unit => (unit.level === 'school') === (summary.level === 'class'))
  if (!parent) return refuse('wrong-level', { level: summary.level })
  if (summary.unitId === parent.id) return refuse('own-code')
  if (summary.level === 'class' && !sameSchool(summary.parentName, parent.name)) return refuse('other-school', { school: summary.parentName })
  if (summary.level === 'school' && !sameArea(summary.area, parent.area)) return refuse('other-district')
  if (ctx.trusted && (ctx.trusted.kid !== kid || ctx.trusted.parentId !== parent.id)) return refuse('key-mismatch')
  const period = checkPeriod(summary.period, parent.periodKind, ctx.today)
  if (period) return period
  const plan = bySequence(ctx.existing, summary.seq, ctx.existing !== undefined && samePayload(ctx.existing.summary, summary))
  return plan.ok ? accept({ action: plan.value, parent }) : plan
}
