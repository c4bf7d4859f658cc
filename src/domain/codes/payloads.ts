/**
 * What each kind of SortHero code carries, and its one schema: `toWire` lays a payload out as a
 * MessagePack array, the schema checks such an array field by field and rebuilds the payload.
 * A payload that the schema refuses is never written anywhere.
 */
import type { Category } from '../categories'
import type { RewardSource, RewardTitle } from '../rewards'
import type { RuleSetId } from '../rules'
import type { PeriodKind, PeriodKey } from '../school/period'
import type { Tally } from '../school/tally'
import type { CodeKind } from './envelope'
import type { Area } from './wire'
import * as v from 'valibot'
import { CATEGORIES } from '../categories'
import { NICKNAME_MAX } from '../household'
import { TAUGHT_NAME_MAX } from '../lookup'
import { REWARD_COST_MAX, REWARD_COST_MIN, REWARD_SOURCES, REWARD_TITLE_MAX } from '../rewards'
import { RULE_SET_IDS } from '../rules'
import { PERIOD_KINDS } from '../school/period'
import { areaSchema, areaToWire, categorySchema, countSchema, indexSchema, indexToWire, instantSchema, intSchema, periodSchema, periodToWire, publicKeySchema, publicKeyToWire, tallySchema, tallyToWire, textSchema, uuidSchema, uuidToWire } from './wire'

// Limits -------------------------------------------------------------------------------------

export const SCHOOL_NAME_MAX = 40
export const CLASS_NAME_MAX = 20
export const CLASS_REWARDS_MAX = 30
export const CLASS_ITEMS_MAX = 200
export const HOUSEHOLD_PEOPLE_MAX = 20
/** A weekly report must fit one QR code: at most this many taught items and missed searches each … */
export const REPORT_LIST_MAX = 10
/** … each name at most this long … */
export const REPORT_NAME_MAX = 16
/** … and all their names together at most this many characters (see `codes.report_chars`). */
export const REPORT_TEXT_BUDGET = 100
export const EMOJI_MAX = 16
/** Reward titles in vouchers: a household's own (`REWARD_TITLE_MAX`) or the campaign's, in both languages. */
export const REWARD_TEXT_MAX = 60
export const REWARD_ID_MAX = 64

// Shared pieces ------------------------------------------------------------------------------

/** A name mapped to a bin: a class item list entry, a taught item in a report. */
export interface NamedItem {
  name: string
  category: Category
}

const namedItemToWire = (item: NamedItem): unknown[] => [item.name, indexToWire(CATEGORIES, item.category)]
const namedItemSchema = (max: number) => v.pipe(
  v.strictTuple([textSchema(max), categorySchema]),
  v.transform(([name, category]): NamedItem => ({ name, category })),
)

const listSchema = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max))

const rewardTitleSchema = v.union([
  textSchema(REWARD_TEXT_MAX),
  v.pipe(v.strictTuple([textSchema(REWARD_TEXT_MAX), textSchema(REWARD_TEXT_MAX)]), v.transform(([zh, en]) => ({ zh, en }))),
])
const rewardTitleToWire = (title: RewardTitle): unknown => (typeof title === 'string' ? title : [title.zh, title.en])

// class-invite -------------------------------------------------------------------------------

/** A reward the class offers (the teacher honours its vouchers). */
export interface ClassReward {
  id: string
  title: string
  emoji: string
  cost: number
}

/**
 * A teacher's class, as households receive it. Signed by the teacher's device key, which it
 * carries: joining trusts that key for every later update of the class (`revision` grows).
 */
export interface ClassInvitePayload {
  classId: string
  /** Grows with each update; a household keeps the highest it has seen. */
  revision: number
  school: string
  className: string
  /** How the teacher signs (王老师). */
  teacher: string
  area: Area
  periodKind: PeriodKind
  ruleSet: RuleSetId
  rewards: ClassReward[]
  /** The class item list: names the class taught the app, which households' lookups then find. */
  items: NamedItem[]
  publicKey: string
}

const classRewardSchema = v.pipe(
  v.strictTuple([textSchema(REWARD_ID_MAX), textSchema(REWARD_TITLE_MAX), textSchema(EMOJI_MAX), intSchema(REWARD_COST_MIN, REWARD_COST_MAX)]),
  v.transform(([id, title, emoji, cost]): ClassReward => ({ id, title, emoji, cost })),
)

const classInviteSchema = v.pipe(
  v.strictTuple([
    uuidSchema,
    intSchema(1, 2 ** 31),
    textSchema(SCHOOL_NAME_MAX),
    textSchema(CLASS_NAME_MAX),
    textSchema(NICKNAME_MAX),
    areaSchema,
    indexSchema(PERIOD_KINDS),
    indexSchema(RULE_SET_IDS),
    listSchema(classRewardSchema, CLASS_REWARDS_MAX),
    listSchema(namedItemSchema(TAUGHT_NAME_MAX), CLASS_ITEMS_MAX),
    publicKeySchema,
  ]),
  v.transform(([classId, revision, school, className, teacher, area, periodKind, ruleSet, rewards, items, publicKey]): ClassInvitePayload =>
    ({ classId, revision, school, className, teacher, area, periodKind, ruleSet, rewards, items, publicKey })),
)

const classInviteToWire = (p: ClassInvitePayload): unknown[] => [
  uuidToWire(p.classId), p.revision, p.school, p.className, p.teacher, areaToWire(p.area), indexToWire(PERIOD_KINDS, p.periodKind), indexToWire(RULE_SET_IDS, p.ruleSet),
  p.rewards.map(r => [r.id, r.title, r.emoji, r.cost]), p.items.map(namedItemToWire), publicKeyToWire(p.publicKey),
]

// enrollment ---------------------------------------------------------------------------------

/**
 * A household's answer to an invite. No real names: a nickname the family chooses and how many
 * children and adults it has. Signed by the household's key, which it carries.
 */
export interface EnrollmentPayload {
  classId: string
  householdId: string
  nickname: string
  children: number
  adults: number
  /** The household's sequence number when it joined (a later enrollment replaces an earlier one). */
  seq: number
  publicKey: string
}

const enrollmentSchema = v.pipe(
  v.strictTuple([uuidSchema, uuidSchema, textSchema(NICKNAME_MAX), intSchema(0, HOUSEHOLD_PEOPLE_MAX), intSchema(0, HOUSEHOLD_PEOPLE_MAX), countSchema, publicKeySchema]),
  v.check(([, , , children, adults]) => children + adults > 0, 'nobody'),
  v.transform(([classId, householdId, nickname, children, adults, seq, publicKey]): EnrollmentPayload => ({ classId, householdId, nickname, children, adults, seq, publicKey })),
)

const enrollmentToWire = (p: EnrollmentPayload): unknown[] => [uuidToWire(p.classId), uuidToWire(p.householdId), p.nickname, p.children, p.adults, p.seq, publicKeyToWire(p.publicKey)]

// report -------------------------------------------------------------------------------------

/** A search that found nothing, as a report carries it. */
export interface MissedSearch {
  query: string
  count: number
}

/**
 * A household's figures for one period of one class. Signed by the household's key (the class
 * knows it from the enrollment), with a sequence number: a newer report for the same period
 * replaces an older one.
 */
export interface ReportPayload {
  classId: string
  period: PeriodKey
  seq: number
  tally: Tally
  /** Consecutive logged days up to the end of the period (or today). */
  streakDays: number
  taught: NamedItem[]
  missed: MissedSearch[]
}

/** Characters of text a report's lists use, against `REPORT_TEXT_BUDGET`. */
export function reportTextLength(lists: { taught: readonly NamedItem[], missed: readonly MissedSearch[] }): number {
  return [...lists.taught.map(t => t.name), ...lists.missed.map(m => m.query)].reduce((sum, text) => sum + Array.from(text).length, 0)
}

const DAYS_MAX = 31
const reportSchema = v.pipe(
  v.strictTuple([
    uuidSchema,
    periodSchema,
    countSchema,
    tallySchema,
    intSchema(0, 100_000),
    listSchema(namedItemSchema(REPORT_NAME_MAX), REPORT_LIST_MAX),
    listSchema(v.pipe(v.strictTuple([textSchema(REPORT_NAME_MAX), intSchema(1, 10_000)]), v.transform(([query, count]): MissedSearch => ({ query, count }))), REPORT_LIST_MAX),
  ]),
  v.transform(([classId, period, seq, tally, streakDays, taught, missed]): ReportPayload => ({ classId, period, seq, tally, streakDays, taught, missed })),
  // One household's period: bounded by what `validateLogDay` allows on every day of a month.
  v.check(p => p.tally.daysLogged <= DAYS_MAX && p.tally.members <= 2 * HOUSEHOLD_PEOPLE_MAX && Object.values(p.tally.categories).every(c => c.sortedBags + c.mixedBags <= 20 * DAYS_MAX && c.sortedKgTenths + c.mixedKgTenths <= 1000 * DAYS_MAX), 'household bounds'),
  v.check(p => reportTextLength(p) <= REPORT_TEXT_BUDGET, 'text budget'),
)

const reportToWire = (p: ReportPayload): unknown[] => [
  uuidToWire(p.classId), periodToWire(p.period), p.seq, tallyToWire(p.tally), p.streakDays, p.taught.map(namedItemToWire), p.missed.map(m => [m.query, m.count]),
]

// class-summary ------------------------------------------------------------------------------

export const SUMMARY_LEVELS = ['class', 'school'] as const
export type SummaryLevel = (typeof SUMMARY_LEVELS)[number]

/**
 * One period of a class (sent up to its school) or of a school (sent up to its district): the
 * sums of the level below, never averages. Signed by the device that made it, whose public key
 * it carries; the receiving device trusts that key for this class or school from the first
 * summary on (see `domain/school/rollup.ts`).
 */
export interface SummaryPayload {
  level: SummaryLevel
  /** The class id, or the school id. */
  unitId: string
  /** The class name, or the school name. */
  name: string
  /** The school a class belongs to (as its teacher typed it); empty for a school. */
  parentName: string
  area: Area
  periodKind: PeriodKind
  period: PeriodKey
  seq: number
  /** Households enrolled, and those that reported for this period. */
  households: { enrolled: number, reported: number }
  /** For a school: its classes known and those that sent this period. For a class: 1 and 1. */
  units: { expected: number, reported: number }
  tally: Tally
  publicKey: string
}

const summarySchema = v.pipe(
  v.strictTuple([
    indexSchema(SUMMARY_LEVELS),
    uuidSchema,
    textSchema(SCHOOL_NAME_MAX),
    v.union([v.literal(''), textSchema(SCHOOL_NAME_MAX)]),
    areaSchema,
    indexSchema(PERIOD_KINDS),
    periodSchema,
    countSchema,
    countSchema,
    countSchema,
    countSchema,
    countSchema,
    tallySchema,
    publicKeySchema,
  ]),
  v.transform(([level, unitId, name, parentName, area, periodKind, period, seq, enrolled, reported, expected, unitsReported, tally, publicKey]): SummaryPayload =>
    ({ level, unitId, name, parentName, area, periodKind, period, seq, households: { enrolled, reported }, units: { expected, reported: unitsReported }, tally, publicKey })),
  v.check(p => p.households.reported <= p.households.enrolled && p.units.reported <= p.units.expected, 'reported ≤ expected'),
  v.check(p => (p.period.length === 7) === (p.periodKind === 'month'), 'period kind'),
)

const summaryToWire = (p: SummaryPayload): unknown[] => [
  indexToWire(SUMMARY_LEVELS, p.level), uuidToWire(p.unitId), p.name, p.parentName, areaToWire(p.area), indexToWire(PERIOD_KINDS, p.periodKind), periodToWire(p.period), p.seq,
  p.households.enrolled, p.households.reported, p.units.expected, p.units.reported, tallyToWire(p.tally), publicKeyToWire(p.publicKey),
]

// voucher ------------------------------------------------------------------------------------

/**
 * A redeemed reward, signed by the household's device: whoever honours it (the family, or the
 * teacher for a class or campaign reward) verifies it with the household's key and marks it
 * used once.
 */
export interface VoucherCodePayload {
  voucherId: string
  rewardId: string
  source: RewardSource
  title: RewardTitle
  emoji: string
  /** The member's nickname and avatar; the member id stays on the device. */
  nickname: string
  avatar: string
  points: number
  /** When it was redeemed, UTC milliseconds. */
  issuedAt: number
}

const voucherSchema = v.pipe(
  v.strictTuple([uuidSchema, textSchema(REWARD_ID_MAX), indexSchema(REWARD_SOURCES), rewardTitleSchema, textSchema(EMOJI_MAX), textSchema(NICKNAME_MAX), textSchema(EMOJI_MAX), intSchema(REWARD_COST_MIN, REWARD_COST_MAX), instantSchema]),
  v.transform(([voucherId, rewardId, source, title, emoji, nickname, avatar, points, issuedAt]): VoucherCodePayload => ({ voucherId, rewardId, source, title, emoji, nickname, avatar, points, issuedAt })),
)

const voucherToWire = (p: VoucherCodePayload): unknown[] => [uuidToWire(p.voucherId), p.rewardId, indexToWire(REWARD_SOURCES, p.source), rewardTitleToWire(p.title), p.emoji, p.nickname, p.avatar, p.points, p.issuedAt]

// taught-items -------------------------------------------------------------------------------

/** A list of names mapped to bins, shared by one device (its key carried, like an invite's). */
export interface TaughtItemsPayload {
  items: NamedItem[]
  publicKey: string
}

const taughtItemsSchema = v.pipe(
  v.strictTuple([listSchema(namedItemSchema(TAUGHT_NAME_MAX), CLASS_ITEMS_MAX), publicKeySchema]),
  v.transform(([items, publicKey]): TaughtItemsPayload => ({ items, publicKey })),
)

const taughtItemsToWire = (p: TaughtItemsPayload): unknown[] => [p.items.map(namedItemToWire), publicKeyToWire(p.publicKey)]

// Registry -----------------------------------------------------------------------------------

/** The payload of each kind. `backup` is reserved for issue 13 and has no schema yet. */
export interface PayloadOf {
  'class-invite': ClassInvitePayload
  'enrollment': EnrollmentPayload
  'report': ReportPayload
  'class-summary': SummaryPayload
  'voucher': VoucherCodePayload
  'taught-items': TaughtItemsPayload
}

export type PayloadKind = keyof PayloadOf

interface KindCodec<P> {
  toWire: (payload: P) => unknown
  schema: v.GenericSchema<unknown, P>
  /** Longest code of this kind, in characters of `<data>`. */
  maxChars: number
  /** Largest payload after decompression, in bytes. */
  maxBytes: number
}

/** Every kind's wire form, schema and size limits. */
export const KIND_CODECS: { [K in PayloadKind]: KindCodec<PayloadOf[K]> } = {
  'class-invite': { toWire: classInviteToWire, schema: classInviteSchema, maxChars: 16_000, maxBytes: 32_768 },
  'enrollment': { toWire: enrollmentToWire, schema: enrollmentSchema, maxChars: 1_000, maxBytes: 1_024 },
  'report': { toWire: reportToWire, schema: reportSchema, maxChars: 2_000, maxBytes: 2_048 },
  'class-summary': { toWire: summaryToWire, schema: summarySchema, maxChars: 1_000, maxBytes: 1_024 },
  'voucher': { toWire: voucherToWire, schema: voucherSchema, maxChars: 1_000, maxBytes: 1_024 },
  'taught-items': { toWire: taughtItemsToWire, schema: taughtItemsSchema, maxChars: 16_000, maxBytes: 32_768 },
}

/** Whether a kind has a payload this app can read. */
export function isPayloadKind(kind: CodeKind): kind is PayloadKind {
  return kind in KIND_CODECS
}
