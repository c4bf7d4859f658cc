/**
 * Every table a backup carries, with one valibot schema per record: the fields the app stores,
 * of the right type, within the limits its own forms and codes keep (names by grapheme, lists by
 * count). A record no page could have written is refused, so nothing a file says reaches the
 * database unchecked. What the SortHero codes carry inside records (a joined class's invite, a
 * stored report or summary) is checked with the codes' own schemas, through their wire form.
 *
 * The device's signing key is not a table here: its private half cannot leave the device (see
 * `db/repos/keys.ts`); a backup names the key that made it in its header instead.
 */
import type { AwarenessCheck } from '../awareness'
import type { Badge } from '../badges'
import type { OffCacheEntry, TaughtBarcode } from '../barcode'
import type { ClassBattle } from '../classroom'
import type { PayloadKind, PayloadOf } from '../codes/payloads'
import type { Household, Member, TeacherProfile } from '../household'
import type { AnswerRecord, RoundRecord } from '../learning'
import type { LedgerEntry } from '../ledger'
import type { LogDay } from '../log'
import type { Correction, LookupRecord, MissedQuery, TaughtItem } from '../lookup'
import type { Mastery } from '../mastery'
import type { Reward, Voucher } from '../rewards'
import type { RuleSetId } from '../rules'
import type { ClassItem, DeviceMode, Enrollment, JoinedClass, RedeemedVoucher, RollupUnit, SchoolClass, SharedReport, StoredReport, StoredSummary, TrustedUnit } from '../school/records'
import * as v from 'valibot'
import { BADGES } from '../badges'
import { CATEGORIES, SUB_TYPES } from '../categories'
import { isConsistentBattle, JUDGING_MODES, TEAM_COLOURS, TEAM_NAME_MAX } from '../classroom'
import { CLASS_NAME_MAX, CLASS_REWARDS_MAX, EMOJI_MAX, HOUSEHOLD_PEOPLE_MAX, KIND_CODECS, REWARD_ID_MAX, REWARD_TEXT_MAX, SCHOOL_NAME_MAX, SUMMARY_LEVELS } from '../codes/payloads'
import { AREA_CITY_MAX, LUZHOU_DISTRICTS } from '../codes/wire'
import { isLocalDate } from '../dates'
import { DISTRICTS, NICKNAME_MAX, ROLES } from '../household'
import { LEARN_MODES } from '../learning'
import { REASON_CODES } from '../ledger'
import { MAX_BAGS_PER_CATEGORY, MAX_KG_PER_CATEGORY } from '../log'
import { TAUGHT_NAME_MAX } from '../lookup'
import { QUERY_MAX } from '../query'
import { LEITNER_BOXES } from '../mastery'
import { offReplySchema } from '../off-reply'
import { REWARD_COST_MAX, REWARD_COST_MIN, REWARD_SOURCES, REWARD_TITLE_MAX } from '../rewards'
import { RULE_SET_IDS } from '../rules'
import { periodKindOf, PERIOD_KINDS } from '../school/period'
import { ROLLUP_LEVELS, DEVICE_MODES } from '../school/records'
import { countSchema, idSchema, instantSchema, nameSchema, plainSchema, wholeSchema } from './text'

// Limits -------------------------------------------------------------------------------------

/** Most records of one table a backup may hold (three years of a busy household's answers fit). */
export const BACKUP_ROWS_MAX = 400_000
/** A teacher's school as the welcome page keeps it (cut, not refused, at 40 code units). */
const TEACHER_SCHOOL_MAX = 40
/** The barcode or QR text a lesson is stored under. */
const SCANNED_TEXT_MAX = 4096
/** A SortHero code kept as shared (a report: `KIND_CODECS.report.maxChars`). */
const SHARED_CODE_MAX = KIND_CODECS.report.maxChars

// Pieces -------------------------------------------------------------------------------------

const categorySchema = v.picklist(CATEGORIES)
const ruleSetSchema = v.picklist(RULE_SET_IDS)
const subTypeSchema = v.picklist(Object.values(SUB_TYPES).flat())
const localDateSchema = v.custom<string>(isLocalDate, 'date')
const periodSchema = v.custom<string>(key => periodKindOf(key) !== null, 'period')
const keyIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{11}$/))
const publicKeySchema = v.pipe(v.string(), v.regex(/^[\w-]{87}$/))
const queryText = plainSchema(QUERY_MAX * 2)
/** `normalizeChinese` of a name of `max` characters: NFKC may spell one character out in many (㍿). */
const keyText = (max: number) => plainSchema(max * 40, 1)
const bilingualSchema = v.strictObject({ zh: nameSchema(REWARD_TEXT_MAX), en: nameSchema(REWARD_TEXT_MAX) })
const rewardTitleSchema = v.union([nameSchema(REWARD_TEXT_MAX), bilingualSchema])
const emojiSchema = nameSchema(EMOJI_MAX)
const areaSchema = v.union([
  v.strictObject({ district: v.picklist(LUZHOU_DISTRICTS) }),
  v.strictObject({ city: nameSchema(AREA_CITY_MAX) }),
])
const classRewardSchema = v.strictObject({
  id: plainSchema(REWARD_ID_MAX, 1),
  title: nameSchema(REWARD_TITLE_MAX),
  emoji: emojiSchema,
  cost: wholeSchema(REWARD_COST_MIN, REWARD_COST_MAX),
})

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A SortHero code's payload kept in a record (a joined class's invite, a stored report),
 * checked by that kind's own schema through its wire form and rebuilt from it.
 */
function codePayloadSchema<K extends PayloadKind>(kind: K) {
  const codec = KIND_CODECS[kind] as unknown as { toWire: (p: unknown) => unknown, schema: v.GenericSchema<unknown, PayloadOf[K]> }
  return v.pipe(
    v.unknown(),
    v.rawTransform<unknown, PayloadOf[K]>(({ dataset, addIssue, NEVER }) => {
      if (!isRecord(dataset.value)) {
        addIssue({ message: kind })
        return NEVER
      }
      let wire: unknown
      try {
        wire = codec.toWire(dataset.value)
      }
      catch {
        addIssue({ message: kind })
        return NEVER
      }
      const parsed = v.safeParse(codec.schema, wire)
      if (!parsed.success) {
        addIssue({ message: kind })
        return NEVER
      }
      return parsed.output
    }),
  )
}

/** Whether a record's fields form a valid payload of `kind` (its wire form passes the schema). */
function isPayload(kind: PayloadKind, payload: Record<string, unknown>): boolean {
  try {
    return v.is(KIND_CODECS[kind].schema as v.GenericSchema, (KIND_CODECS[kind].toWire as (p: unknown) => unknown)(payload))
  }
  catch {
    return false
  }
}

// Settings -----------------------------------------------------------------------------------

/** A setting row as a backup carries it (the device's own `lastBackupAt` is not carried). */
export type BackupSetting =
  | { key: 'mode', value: DeviceMode }
  | { key: 'teacher', value: TeacherProfile }
  | { key: 'ruleSet', value: RuleSetId }
  | { key: 'offLookup', value: 'allowed' | 'denied' }

const settingSchema = v.variant('key', [
  v.strictObject({ key: v.literal('mode'), value: v.picklist(DEVICE_MODES) }),
  v.strictObject({ key: v.literal('teacher'), value: v.strictObject({ name: nameSchema(NICKNAME_MAX), school: plainSchema(TEACHER_SCHOOL_MAX) }) }),
  v.strictObject({ key: v.literal('ruleSet'), value: ruleSetSchema }),
  v.strictObject({ key: v.literal('offLookup'), value: v.picklist(['allowed', 'denied']) }),
])

// Records ------------------------------------------------------------------------------------

const opt = <T extends v.GenericSchema>(schema: T) => v.optional(schema)

const householdSchema = v.strictObject({ id: idSchema, nickname: nameSchema(NICKNAME_MAX), district: v.picklist(DISTRICTS), createdAt: instantSchema })

const memberSchema = v.strictObject({
  id: idSchema,
  householdId: idSchema,
  nickname: nameSchema(NICKNAME_MAX),
  role: v.picklist(ROLES),
  avatar: emojiSchema,
  createdAt: instantSchema,
  removedAt: opt(instantSchema),
  readAloud: opt(v.boolean()),
})

const ledgerSchema = v.strictObject({
  id: idSchema,
  memberId: idSchema,
  at: instantSchema,
  reason: v.picklist(REASON_CODES),
  points: v.pipe(wholeSchema(-1_000_000, 1_000_000), v.check(n => n !== 0, 'zero')),
  sourceEventId: idSchema,
  day: opt(localDateSchema),
})

const taughtItemSchema = v.strictObject({
  id: idSchema,
  name: nameSchema(TAUGHT_NAME_MAX),
  key: keyText(TAUGHT_NAME_MAX),
  category: categorySchema,
  similarItemId: opt(idSchema),
  memberId: opt(idSchema),
  createdAt: instantSchema,
})

const missedQuerySchema = v.strictObject({ key: keyText(QUERY_MAX), query: queryText, count: v.pipe(countSchema, v.minValue(1)), firstAt: instantSchema, lastAt: instantSchema })
const correctionSchema = v.strictObject({ id: idSchema, itemId: idSchema, query: queryText, category: categorySchema, ruleSet: ruleSetSchema, at: instantSchema })
const lookupSchema = v.strictObject({ id: idSchema, itemId: idSchema, query: queryText, at: instantSchema })

const battleSchema = v.pipe(
  v.strictObject({
    id: idSchema,
    startedAt: instantSchema,
    finishedAt: instantSchema,
    mode: v.picklist(JUDGING_MODES),
    ruleSet: ruleSetSchema,
    teams: v.pipe(v.array(v.strictObject({ name: nameSchema(TEAM_NAME_MAX), colour: v.picklist(TEAM_COLOURS), score: countSchema })), v.maxLength(TEAM_COLOURS.length)),
    itemIds: v.pipe(v.array(idSchema), v.maxLength(100)),
    results: v.pipe(v.array(v.strictObject({
      itemId: idSchema,
      answer: categorySchema,
      correctTeams: v.pipe(v.array(wholeSchema(0, TEAM_COLOURS.length - 1)), v.maxLength(TEAM_COLOURS.length)),
      turn: opt(v.strictObject({ team: wholeSchema(0, TEAM_COLOURS.length - 1), chosen: v.nullable(categorySchema) })),
    })), v.maxLength(100)),
  }),
  v.check(battle => isConsistentBattle(battle as ClassBattle), 'battle'),
)

const masterySchema = v.strictObject({
  memberId: idSchema,
  itemId: idSchema,
  box: wholeSchema(1, LEITNER_BOXES),
  due: instantSchema,
  right: countSchema,
  wrong: countSchema,
  lastAt: instantSchema,
  lastWrong: v.boolean(),
})

const answerSchema = v.strictObject({ id: idSchema, roundId: idSchema, memberId: idSchema, card: idSchema, correct: v.boolean(), at: instantSchema })

const roundSchema = v.pipe(
  v.strictObject({ id: idSchema, roundId: idSchema, memberId: idSchema, mode: v.picklist(LEARN_MODES), finishedAt: instantSchema, total: wholeSchema(0, 1000), correct: wholeSchema(0, 1000), stars: v.picklist([1, 2, 3]) }),
  v.check(round => round.correct <= round.total, 'correct ≤ total'),
)

const awarenessSchema = v.pipe(
  v.strictObject({ id: idSchema, memberId: idSchema, at: instantSchema, score: wholeSchema(0, 100), total: wholeSchema(1, 100), passed: v.boolean() }),
  v.check(check => check.score <= check.total, 'score ≤ total'),
)

const rewardSchema = v.strictObject({
  id: idSchema,
  title: rewardTitleSchema,
  emoji: emojiSchema,
  cost: wholeSchema(REWARD_COST_MIN, REWARD_COST_MAX),
  source: v.picklist(REWARD_SOURCES),
  createdAt: instantSchema,
  archivedAt: opt(instantSchema),
})

const voucherSchema = v.strictObject({
  id: idSchema,
  code: v.pipe(v.string(), v.regex(/^SH-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)),
  rewardId: idSchema,
  rewardTitle: rewardTitleSchema,
  emoji: emojiSchema,
  memberId: idSchema,
  memberName: nameSchema(NICKNAME_MAX),
  cost: wholeSchema(REWARD_COST_MIN, REWARD_COST_MAX),
  createdAt: instantSchema,
  usedAt: opt(instantSchema),
})

const categoryLogSchema = v.pipe(
  v.strictObject({ bags: wholeSchema(0, MAX_BAGS_PER_CATEGORY), sortedBags: wholeSchema(0, MAX_BAGS_PER_CATEGORY), kg: opt(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_KG_PER_CATEGORY))) }),
  v.check(entry => entry.sortedBags <= entry.bags, 'sorted ≤ bags'),
)

const logDaySchema = v.strictObject({
  date: localDateSchema,
  entries: v.strictObject(Object.fromEntries(CATEGORIES.map(c => [c, opt(categoryLogSchema)])) as Record<(typeof CATEGORIES)[number], v.OptionalSchema<typeof categoryLogSchema, undefined>>),
  loggedBy: opt(idSchema),
  createdAt: instantSchema,
  updatedAt: instantSchema,
})

const badgeSchema = v.strictObject({ id: idSchema, code: v.picklist(BADGES.map(b => b.code)), memberId: opt(idSchema), earnedAt: instantSchema })

const taughtBarcodeSchema = v.strictObject({
  code: plainSchema(SCANNED_TEXT_MAX, 1),
  itemId: opt(idSchema),
  material: opt(plainSchema(40, 1)),
  category: categorySchema,
  sub: opt(subTypeSchema),
  memberId: opt(idSchema),
  createdAt: instantSchema,
})

const offCacheSchema = v.strictObject({ code: plainSchema(32, 1), fetchedAt: instantSchema, body: v.nullable(offReplySchema) })

const schoolClassSchema = v.strictObject({
  id: idSchema,
  school: nameSchema(SCHOOL_NAME_MAX),
  name: nameSchema(CLASS_NAME_MAX),
  teacher: nameSchema(NICKNAME_MAX),
  area: areaSchema,
  periodKind: v.picklist(PERIOD_KINDS),
  ruleSet: ruleSetSchema,
  rewards: v.pipe(v.array(classRewardSchema), v.maxLength(CLASS_REWARDS_MAX)),
  revision: wholeSchema(1, 2 ** 31),
  startPeriod: periodSchema,
  createdAt: instantSchema,
  summarySeq: countSchema,
})

const enrollmentSchema = v.pipe(
  v.strictObject({
    classId: idSchema,
    householdId: idSchema,
    nickname: nameSchema(NICKNAME_MAX),
    children: wholeSchema(0, HOUSEHOLD_PEOPLE_MAX),
    adults: wholeSchema(0, HOUSEHOLD_PEOPLE_MAX),
    seq: countSchema,
    publicKey: publicKeySchema,
    kid: keyIdSchema,
    enrolledAt: instantSchema,
    updatedAt: instantSchema,
  }),
  v.check(({ classId, householdId, nickname, children, adults, seq, publicKey }) => isPayload('enrollment', { classId, householdId, nickname, children, adults, seq, publicKey }), 'enrollment'),
)

const storedReportSchema = v.pipe(
  v.strictObject({ classId: idSchema, householdId: idSchema, period: periodSchema, seq: countSchema, report: codePayloadSchema('report'), importedAt: instantSchema }),
  v.check(r => r.report.classId === r.classId && r.report.period === r.period && r.report.seq === r.seq, 'report matches its keys'),
)

const classItemSchema = v.strictObject({ id: idSchema, classId: idSchema, name: nameSchema(TAUGHT_NAME_MAX), key: keyText(TAUGHT_NAME_MAX), category: categorySchema, acceptedAt: instantSchema })

const redeemedVoucherSchema = v.strictObject({
  id: idSchema,
  kid: keyIdSchema,
  voucherId: idSchema,
  householdId: idSchema,
  nickname: nameSchema(NICKNAME_MAX),
  title: nameSchema(REWARD_TEXT_MAX),
  points: wholeSchema(REWARD_COST_MIN, REWARD_COST_MAX),
  issuedAt: instantSchema,
  usedAt: instantSchema,
})

const joinedClassSchema = v.pipe(
  v.strictObject({
    classId: idSchema,
    invite: codePayloadSchema('class-invite'),
    teacherKid: keyIdSchema,
    nickname: nameSchema(NICKNAME_MAX),
    children: wholeSchema(0, HOUSEHOLD_PEOPLE_MAX),
    adults: wholeSchema(0, HOUSEHOLD_PEOPLE_MAX),
    enrollSeq: countSchema,
    joinedAt: instantSchema,
    updatedAt: instantSchema,
  }),
  v.check(joined => joined.invite.classId === joined.classId, 'invite matches its class'),
)

const sharedReportSchema = v.pipe(
  v.strictObject({ id: idSchema, classId: idSchema, period: periodSchema, seq: countSchema, report: codePayloadSchema('report'), data: plainSchema(SHARED_CODE_MAX, 1), sharedAt: instantSchema }),
  v.check(r => r.report.classId === r.classId && r.report.period === r.period && r.report.seq === r.seq, 'report matches its keys'),
)

const rollupUnitSchema = v.strictObject({
  id: idSchema,
  level: v.picklist(ROLLUP_LEVELS),
  name: nameSchema(SCHOOL_NAME_MAX),
  area: areaSchema,
  periodKind: v.picklist(PERIOD_KINDS),
  createdAt: instantSchema,
  summarySeq: countSchema,
})

const trustedUnitSchema = v.strictObject({
  id: idSchema,
  level: v.picklist(SUMMARY_LEVELS),
  parentId: idSchema,
  kid: keyIdSchema,
  publicKey: publicKeySchema,
  name: nameSchema(SCHOOL_NAME_MAX),
  parentName: v.union([v.literal(''), nameSchema(SCHOOL_NAME_MAX)]),
  firstSeenAt: instantSchema,
})

const storedSummarySchema = v.pipe(
  v.strictObject({ id: idSchema, unitId: idSchema, parentId: idSchema, period: periodSchema, seq: countSchema, summary: codePayloadSchema('class-summary'), importedAt: instantSchema }),
  v.check(s => s.summary.unitId === s.unitId && s.summary.period === s.period && s.summary.seq === s.seq, 'summary matches its keys'),
)

// The tables ---------------------------------------------------------------------------------

/** What each table holds: the app's record types (settings without the device's own). */
export interface BackupTables {
  households: Household[]
  members: Member[]
  ledger: LedgerEntry[]
  settings: BackupSetting[]
  taughtItems: TaughtItem[]
  missedQueries: MissedQuery[]
  corrections: Correction[]
  lookups: LookupRecord[]
  classBattles: ClassBattle[]
  masteries: Mastery[]
  answers: AnswerRecord[]
  rounds: RoundRecord[]
  awarenessChecks: AwarenessCheck[]
  rewards: Reward[]
  vouchers: Voucher[]
  logDays: LogDay[]
  badges: Badge[]
  taughtBarcodes: TaughtBarcode[]
  offCache: OffCacheEntry[]
  schoolClasses: SchoolClass[]
  enrollments: Enrollment[]
  classReports: StoredReport[]
  classItems: ClassItem[]
  redeemedVouchers: RedeemedVoucher[]
  joinedClasses: JoinedClass[]
  sharedReports: SharedReport[]
  rollupUnits: RollupUnit[]
  trustedUnits: TrustedUnit[]
  summaries: StoredSummary[]
}

export type BackupTable = keyof BackupTables

/** One schema per record of each table. */
export const RECORD_SCHEMAS: { [T in BackupTable]: v.GenericSchema } = {
  households: householdSchema,
  members: memberSchema,
  ledger: ledgerSchema,
  settings: settingSchema,
  taughtItems: taughtItemSchema,
  missedQueries: missedQuerySchema,
  corrections: correctionSchema,
  lookups: lookupSchema,
  classBattles: battleSchema,
  masteries: masterySchema,
  answers: answerSchema,
  rounds: roundSchema,
  awarenessChecks: awarenessSchema,
  rewards: rewardSchema,
  vouchers: voucherSchema,
  logDays: logDaySchema,
  badges: badgeSchema,
  taughtBarcodes: taughtBarcodeSchema,
  offCache: offCacheSchema,
  schoolClasses: schoolClassSchema,
  enrollments: enrollmentSchema,
  classReports: storedReportSchema,
  classItems: classItemSchema,
  redeemedVouchers: redeemedVoucherSchema,
  joinedClasses: joinedClassSchema,
  sharedReports: sharedReportSchema,
  rollupUnits: rollupUnitSchema,
  trustedUnits: trustedUnitSchema,
  summaries: storedSummarySchema,
}

/** Every table a backup carries, in the order they are written and summarised. */
export const BACKUP_TABLES = Object.keys(RECORD_SCHEMAS) as BackupTable[]

/**
 * A record's primary key as one string (compound keys joined), as the database keys it: what
 * "the same record" means when a backup is merged into a device that has data.
 */
export const PRIMARY_KEYS: { [T in BackupTable]: (record: BackupTables[T][number]) => string } = {
  households: r => r.id,
  members: r => r.id,
  ledger: r => r.id,
  settings: r => r.key,
  taughtItems: r => r.id,
  missedQueries: r => r.key,
  corrections: r => r.id,
  lookups: r => r.id,
  classBattles: r => r.id,
  masteries: r => `${r.memberId}\u0000${r.itemId}`,
  answers: r => r.id,
  rounds: r => r.id,
  awarenessChecks: r => r.id,
  rewards: r => r.id,
  vouchers: r => r.id,
  logDays: r => r.date,
  badges: r => r.id,
  taughtBarcodes: r => r.code,
  offCache: r => r.code,
  schoolClasses: r => r.id,
  enrollments: r => `${r.classId}\u0000${r.householdId}`,
  classReports: r => `${r.classId}\u0000${r.householdId}\u0000${r.period}`,
  classItems: r => r.id,
  redeemedVouchers: r => r.id,
  joinedClasses: r => r.classId,
  sharedReports: r => r.id,
  rollupUnits: r => r.id,
  trustedUnits: r => r.id,
  summaries: r => r.id,
}

/**
 * The unique indexes besides primary keys (schema.ts): a record that would repeat one of these
 * is a duplicate too (the same award, the same taught name, voucher code or class item).
 */
export const UNIQUE_KEYS: { [T in BackupTable]?: (record: BackupTables[T][number]) => string } = {
  ledger: r => r.sourceEventId,
  taughtItems: r => r.key,
  vouchers: r => r.code,
  classItems: r => `${r.classId}\u0000${r.key}`,
}
