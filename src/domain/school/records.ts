/**
 * What the school side keeps on each kind of device, and the checks on what a teacher or
 * coordinator types. Storage is in `db/repos/school*.ts`; these are plain records.
 *
 * - A teacher's device: its classes, the households enrolled in them (with their public keys),
 *   the latest report of each household for each period, the class item list, vouchers honoured.
 * - A household's device: the classes it joined (the invite, with the teacher's key) and the
 *   reports it shared.
 * - A coordinator's device: its school (or district), the classes (or schools) that sent it
 *   summaries with the key each is bound to, and the latest summary of each per period.
 */
import type { Category } from '../categories'
import type { ClassInvitePayload, ClassReward, EnrollmentPayload, ReportPayload, SummaryLevel, SummaryPayload } from '../codes/payloads'
import type { Area } from '../codes/wire'
import type { Validated } from '../household'
import type { RuleSetId } from '../rules'
import type { PeriodKey, PeriodKind } from './period'
import { CLASS_NAME_MAX, SCHOOL_NAME_MAX } from '../codes/payloads'
import { AREA_CITY_MAX, characterCount, LUZHOU_DISTRICTS } from '../codes/wire'
import { NICKNAME_MAX } from '../household'
import { isRuleSetId } from '../rules'
import { isPeriodKind } from './period'

/**
 * The faces of the app: a family's, a teacher's (classes), or a school or district
 * coordinator's (the roll-up). A device may hold a household beside a class or a school unit and
 * switch between them.
 */
export const DEVICE_MODES = ['household', 'teacher', 'coordinator'] as const
export type DeviceMode = (typeof DEVICE_MODES)[number]

/** Whether `value` is one of the app's faces. */
export function isDeviceMode(value: unknown): value is DeviceMode {
  return typeof value === 'string' && (DEVICE_MODES as readonly string[]).includes(value)
}

// Teacher ------------------------------------------------------------------------------------

/** A class a teacher runs on this device: what the teacher filled in (`ClassDraft`), and more. */
export interface SchoolClass extends ClassDraft {
  id: string
  rewards: ClassReward[]
  /** The revision of the latest invite; each change of what an invite carries raises it. */
  revision: number
  /** The first period reports may be for: the one the class was created in. */
  startPeriod: PeriodKey
  createdAt: number
  /** The sequence number of the latest class summary it sent up. */
  summarySeq: number
}

/** A household in a class, as its enrollment code said. Its key verifies its reports. */
export interface Enrollment extends Omit<EnrollmentPayload, 'publicKey'> {
  /** The household's public key and its id. */
  publicKey: string
  kid: string
  enrolledAt: number
  updatedAt: number
}

/** The latest report of one household for one period of one class. */
export interface StoredReport {
  classId: string
  householdId: string
  period: PeriodKey
  seq: number
  report: ReportPayload
  importedAt: number
}

/** A name the teacher accepted into the class item list, which the next invite carries. */
export interface ClassItem {
  id: string
  classId: string
  name: string
  /** `normalizeChinese(name)`: one entry per name and class. */
  key: string
  category: Category
  acceptedAt: number
}

/** A voucher honoured on this device: the household's key id and the voucher id make it unique. */
export interface RedeemedVoucher {
  /** `${kid}:${voucherId}`. */
  id: string
  kid: string
  voucherId: string
  householdId: string
  nickname: string
  title: string
  points: number
  issuedAt: number
  usedAt: number
}

// Household ----------------------------------------------------------------------------------

/** A class this household joined: the latest invite, which it trusts by its teacher's key. */
export interface JoinedClass {
  classId: string
  invite: ClassInvitePayload
  teacherKid: string
  /** What the household told the class about itself. */
  nickname: string
  children: number
  adults: number
  /** The sequence number of the enrollment code for these answers; 0 until one is shown. */
  enrollSeq: number
  joinedAt: number
  updatedAt: number
}

/** A report the household shared, kept so the parent sees what was sent and when. */
export interface SharedReport {
  /** `${classId}|${period}|${seq}`. */
  id: string
  classId: string
  period: PeriodKey
  seq: number
  report: ReportPayload
  data: string
  sharedAt: number
}

// Coordinator --------------------------------------------------------------------------------

export const ROLLUP_LEVELS = ['school', 'district'] as const
export type RollupLevel = (typeof ROLLUP_LEVELS)[number]

/** The school (or district) this device coordinates. */
export interface RollupUnit {
  id: string
  level: RollupLevel
  /** The school's name; for a district, its name as shown. */
  name: string
  area: Area
  periodKind: PeriodKind
  createdAt: number
  /** The sequence number of the latest summary this unit sent up (a school to its district). */
  summarySeq: number
}

/**
 * A class (or school) that sent this device a summary. The first summary binds its id to the
 * key that signed it (trust on first use); later ones must be signed by the same key.
 */
export interface TrustedUnit {
  id: string
  level: SummaryLevel
  /** The coordinator's unit it reports to. */
  parentId: string
  kid: string
  publicKey: string
  name: string
  parentName: string
  firstSeenAt: number
}

/** The latest summary of one class (or school) for one period. */
export interface StoredSummary {
  /** `${unitId}|${period}`. */
  id: string
  unitId: string
  parentId: string
  period: PeriodKey
  seq: number
  summary: SummaryPayload
  importedAt: number
}

// Drafts -------------------------------------------------------------------------------------

/** What a teacher fills in to set up a class. */
export interface ClassDraft {
  school: string
  name: string
  teacher: string
  area: Area
  periodKind: PeriodKind
  ruleSet: RuleSetId
}

export type ClassDraftProblem = 'school' | 'name' | 'teacher' | 'area' | 'periodKind' | 'ruleSet'

function cleanText(raw: unknown, max: number): string | null {
  if (typeof raw !== 'string') return null
  const text = raw.trim().replace(/\s+/g, ' ')
  return text && characterCount(text) <= max && !/[\u0000-\u001F\u007F]/.test(text) ? text : null
}

/** Cleans an area: one of 泸州's districts, or a typed place. */
export function validateArea(area: Area): Area | null {
  if ('district' in area) return (LUZHOU_DISTRICTS as readonly string[]).includes(area.district) ? { district: area.district } : null
  const city = cleanText(area.city, AREA_CITY_MAX)
  return city ? { city } : null
}

/** Checks a class draft; returns it cleaned, or the first problem. */
export function validateClassDraft(draft: ClassDraft): Validated<ClassDraft, ClassDraftProblem> {
  const school = cleanText(draft.school, SCHOOL_NAME_MAX)
  if (!school) return { ok: false, problem: 'school' }
  const name = cleanText(draft.name, CLASS_NAME_MAX)
  if (!name) return { ok: false, problem: 'name' }
  const teacher = cleanText(draft.teacher, NICKNAME_MAX)
  if (!teacher) return { ok: false, problem: 'teacher' }
  const area = validateArea(draft.area)
  if (!area) return { ok: false, problem: 'area' }
  if (!isPeriodKind(draft.periodKind)) return { ok: false, problem: 'periodKind' }
  if (!isRuleSetId(draft.ruleSet)) return { ok: false, problem: 'ruleSet' }
  return { ok: true, value: { school, name, teacher, area, periodKind: draft.periodKind, ruleSet: draft.ruleSet } }
}

/** Checks a school or district name as a coordinator types it. */
export function validateUnitName(raw: string): string | null {
  return cleanText(raw, SCHOOL_NAME_MAX)
}
