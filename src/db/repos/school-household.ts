/**
 * The household's side of the school features: joining a class from its invite (and taking in
 * the invite's updates), the enrollment code it answers with, its period reports (built from
 * its own records, shown before sharing, signed with a sequence number) and its vouchers as
 * signed codes. Nothing leaves the device except the codes the parent chooses to share.
 */
import type { SortHeroDb } from '../db'
import type { DecodedCode } from '@/domain/codes/codec'
import type { MissedSearch, NamedItem } from '@/domain/codes/payloads'
import type { LocalDate } from '@/domain/dates'
import type { Reward } from '@/domain/rewards'
import type { PeriodKey } from '@/domain/school/period'
import type { ReportDraft } from '@/domain/school/report'
import type { JoinedClass, SharedReport } from '@/domain/school/records'
import type { ImportOptions, ImportOutcome } from './school'
import Dexie from 'dexie'
import { encodeCode, openCode } from '@/domain/codes/codec'
import { codeDataOf } from '@/domain/codes/link'
import { HOUSEHOLD_PEOPLE_MAX } from '@/domain/codes/payloads'
import { accept, refuse } from '@/domain/codes/result'
import { localDate } from '@/domain/dates'
import { DomainError } from '@/domain/errors'
import { currentMembers, validateNickname } from '@/domain/household'
import { voucherCodePayload } from '@/domain/rewards'
import { periodKindOf, periodOf, periodOver, shiftPeriod } from '@/domain/school/period'
import { buildReportDraft, reportPayload } from '@/domain/school/report'
import { planInvite } from '@/domain/school/verify'
import { getHousehold } from './household'
import { awarenessChecksOf } from './learning'
import { ledgerOfMembers } from './ledger'
import { deviceSigner, nextSequence } from './keys'
import { setSetting } from './settings'

/** What the family tells the class about itself when it joins: no real names. */
export interface EnrollmentAnswers {
  nickname: string
  children: number
  adults: number
}

function checkedAnswers(answers: EnrollmentAnswers): EnrollmentAnswers {
  const nickname = validateNickname(answers.nickname)
  if (!nickname.ok) throw new DomainError(`nickname.${nickname.problem}`, { field: 'household' })
  const count = (n: number) => Number.isInteger(n) && n >= 0 && n <= HOUSEHOLD_PEOPLE_MAX
  if (!count(answers.children) || !count(answers.adults) || answers.children + answers.adults === 0) throw new DomainError('school.join.people', { max: HOUSEHOLD_PEOPLE_MAX })
  return { nickname: nickname.value, children: answers.children, adults: answers.adults }
}

/** The id a class's reward has in the household's catalogue. */
export function classRewardId(classId: string, rewardId: string): string {
  return `class:${classId}:${rewardId}`
}

/** Puts the class's rewards in the household's catalogue, archiving those the class dropped. */
async function syncClassRewards(db: SortHeroDb, joined: JoinedClass, now: number): Promise<void> {
  const prefix = classRewardId(joined.classId, '')
  const held = await db.rewards.where('id').between(prefix, `${prefix}\uFFFF`).toArray()
  const wanted = new Map(joined.invite.rewards.map(r => [classRewardId(joined.classId, r.id), r]))
  for (const reward of held) {
    if (!wanted.has(reward.id) && reward.archivedAt === undefined) await db.rewards.update(reward.id, { archivedAt: now })
  }
  for (const [id, r] of wanted) {
    const old = held.find(h => h.id === id)
    const reward: Reward = { id, title: r.title, emoji: r.emoji, cost: r.cost, source: 'class', createdAt: old?.createdAt ?? now }
    await db.rewards.put(reward)
  }
}

/**
 * Opens (or, with `write` false, only checks) a class invite whose signature `openCode` has
 * verified. A new class needs the family's `answers`; an update of a class already joined (a
 * higher revision signed by the same teacher key) replaces the stored invite and its rewards.
 */
export async function importInvite(db: SortHeroDb, code: DecodedCode<'class-invite'>, options: ImportOptions & { answers?: EnrollmentAnswers }, write: boolean): Promise<ImportOutcome> {
  const invite = code.payload
  const answers = options.answers ? checkedAnswers(options.answers) : undefined
  const now = options.now ?? Date.now()
  const run = async (): Promise<ImportOutcome> => {
    const joined = await db.joinedClasses.get(invite.classId)
    const plan = planInvite(joined, invite, code.kid)
    if (!plan.ok) return plan
    const details = { kind: 'class-invite' as const, className: invite.className, school: invite.school, teacher: invite.teacher, revision: invite.revision }
    if (write && plan.value !== 'unchanged') {
      if (!joined && !answers) throw new DomainError('school.join.answers')
      const kept = answers ?? { nickname: joined!.nickname, children: joined!.children, adults: joined!.adults }
      // New answers need a new enrollment code (a new sequence number); the same ones keep theirs.
      const sameAnswers = joined !== undefined && kept.nickname === joined.nickname && kept.children === joined.children && kept.adults === joined.adults
      const record: JoinedClass = { classId: invite.classId, invite, teacherKid: code.kid, ...kept, enrollSeq: sameAnswers ? joined.enrollSeq : 0, joinedAt: joined?.joinedAt ?? now, updatedAt: now }
      await db.joinedClasses.put(record)
      await syncClassRewards(db, record, now)
    }
    return accept({ action: plan.value, details })
  }
  return write ? db.transaction('rw', [db.joinedClasses, db.rewards], run) : run()
}

/**
 * Joins a class from its invite (a link, `#/code/…` or the bare data), or takes in an update of
 * a class already joined: the invite is verified, then the household's answers, the class's
 * rewards and, when `adoptRuleSet`, the class's rule set as this device's are written in one
 * transaction. A device without a household cannot join (`school.join.noHousehold`); a refused
 * invite changes nothing.
 */
export async function joinClass(db: SortHeroDb, text: string, options: ImportOptions & { answers?: EnrollmentAnswers, adoptRuleSet?: boolean }): Promise<ImportOutcome> {
  const data = codeDataOf(text)
  if (!data) return refuse('malformed')
  const opened = await openCode(data, { kinds: ['class-invite'] })
  if (!opened.ok) return opened
  const code = opened.value.code as DecodedCode<'class-invite'>
  return db.transaction('rw', [db.households, db.joinedClasses, db.rewards, db.settings], async () => {
    if (!await getHousehold(db)) throw new DomainError('school.join.noHousehold')
    const outcome = await importInvite(db, code, options, true)
    if (outcome.ok && options.adoptRuleSet) await setSetting(db, 'ruleSet', code.payload.ruleSet)
    return outcome
  })
}

/** The classes this household joined, in the order it joined them. */
export async function joinedClasses(db: SortHeroDb): Promise<JoinedClass[]> {
  return (await db.joinedClasses.toArray()).sort((a, b) => a.joinedAt - b.joinedAt)
}

/** One class this household joined, if it did. */
export function joinedClass(db: SortHeroDb, classId: string): Promise<JoinedClass | undefined> {
  return db.joinedClasses.get(classId)
}

async function joinedOrFail(db: SortHeroDb, classId: string): Promise<JoinedClass> {
  const joined = await db.joinedClasses.get(classId)
  if (!joined) throw new DomainError('school.join.missing')
  return joined
}

/** Changes what the family told a class; the next enrollment code carries it. */
export async function updateEnrollmentAnswers(db: SortHeroDb, classId: string, answers: EnrollmentAnswers, now = Date.now()): Promise<void> {
  const checked = checkedAnswers(answers)
  await db.transaction('rw', db.joinedClasses, async () => {
    await joinedOrFail(db, classId)
    await db.joinedClasses.update(classId, { ...checked, enrollSeq: 0, updatedAt: now })
  })
}

/**
 * The household's enrollment code for a class it joined, signed by this device. Showing it
 * again gives the same answers the same sequence number, so a teacher importing it twice sees
 * no change; changed answers get a new one.
 */
export async function enrollmentCode(db: SortHeroDb, classId: string): Promise<string> {
  const household = await getHousehold(db)
  if (!household) throw new DomainError('school.join.noHousehold')
  const joined = await joinedOrFail(db, classId)
  const signer = await deviceSigner(db)
  let seq = joined.enrollSeq
  if (!seq) {
    seq = await nextSequence(db)
    await db.joinedClasses.update(classId, { enrollSeq: seq })
  }
  return encodeCode('enrollment', { classId, householdId: household.id, nickname: joined.nickname, children: joined.children, adults: joined.adults, seq, publicKey: signer.publicKey }, signer)
}

/** The names the household's classes taught, for its lookups. */
export async function classItemsForLookup(db: SortHeroDb): Promise<NamedItem[]> {
  return (await db.joinedClasses.toArray()).flatMap(joined => joined.invite.items)
}

// Reports ------------------------------------------------------------------------------------

/**
 * The draft report of a period (the class's current one by default) from this household's
 * records, for the parent to review: its figures, and the taught names and missed searches it
 * may share.
 */
export async function loadReportDraft(db: SortHeroDb, classId: string, options: { today: LocalDate, now?: number, period?: PeriodKey, timeZone?: string }): Promise<ReportDraft> {
  const joined = await joinedOrFail(db, classId)
  const period = options.period ?? periodOf(options.today, joined.invite.periodKind)
  if (periodKindOf(period) !== joined.invite.periodKind) throw new DomainError('school.report.periodKind')
  const household = await getHousehold(db)
  if (!household) throw new DomainError('school.join.noHousehold')
  const members = currentMembers(await db.members.where('householdId').equals(household.id).toArray())
  const memberIds = members.map(m => m.id)
  const [days, ledger, rounds, checks, taught, misses] = await Promise.all([
    db.logDays.toArray(),
    ledgerOfMembers(db, memberIds),
    db.rounds.toArray(),
    awarenessChecksOf(db, memberIds),
    db.taughtItems.toArray(),
    db.missedQueries.toArray(),
  ])
  return buildReportDraft({ memberIds, days, ledger, rounds, checks, taught, misses }, period, { today: options.today, now: options.now ?? Date.now(), ...(options.timeZone ? { timeZone: options.timeZone } : {}) })
}

/**
 * Signs the report the parent reviewed, with the lists they kept, and records it as shared.
 * Returns the code's `<data>`; sharing the same period again later gives a newer report that
 * replaces this one on the teacher's device.
 */
export async function shareReport(db: SortHeroDb, classId: string, draft: ReportDraft, kept: { taught: readonly NamedItem[], missed: readonly MissedSearch[] }, now = Date.now()): Promise<SharedReport> {
  await joinedOrFail(db, classId)
  const signer = await deviceSigner(db)
  const seq = await nextSequence(db)
  const report = reportPayload(draft, { classId, seq, ...kept })
  const data = await encodeCode('report', report, signer)
  const shared: SharedReport = { id: `${classId}|${report.period}|${seq}`, classId, period: report.period, seq, report, data, sharedAt: now }
  await db.sharedReports.add(shared)
  return shared
}

/** The reports shared with a class, newest first. */
export async function sharedReportsOf(db: SortHeroDb, classId: string): Promise<SharedReport[]> {
  return (await db.sharedReports.where('[classId+period]').between([classId, Dexie.minKey], [classId, Dexie.maxKey]).toArray()).sort((a, b) => b.seq - a.seq)
}

/**
 * The joined classes whose last finished period has no shared report yet: what the reminder on
 * the Log page lists, with that period.
 */
export async function reportsDue(db: SortHeroDb, today: LocalDate): Promise<Array<{ classId: string, className: string, period: PeriodKey }>> {
  const due: Array<{ classId: string, className: string, period: PeriodKey }> = []
  for (const joined of await db.joinedClasses.toArray()) {
    const period = shiftPeriod(periodOf(today, joined.invite.periodKind), -1)
    if (!periodOver(period, today) || periodOf(localDate(joined.joinedAt), joined.invite.periodKind) > period) continue
    const shared = await db.sharedReports.where('[classId+period]').equals([joined.classId, period]).count()
    if (shared === 0) due.push({ classId: joined.classId, className: joined.invite.className, period })
  }
  return due
}

// Vouchers -----------------------------------------------------------------------------------

/**
 * A voucher as a signed SortHero code (kind `voucher`), for its QR: the teacher's device
 * verifies it with the household's enrolled key and honours it once.
 */
export async function voucherCodeData(db: SortHeroDb, voucherId: string): Promise<string> {
  const voucher = await db.vouchers.get(voucherId)
  if (!voucher) throw new DomainError('rewards.voucher.unknown', { code: voucherId })
  const member = await db.members.get(voucher.memberId)
  const source = voucher.rewardId.startsWith('campaign:') ? 'campaign' : voucher.rewardId.startsWith('class:') ? 'class' : 'household'
  const signer = await deviceSigner(db)
  return encodeCode('voucher', voucherCodePayload(voucher, source, member?.avatar ?? '🙂'), signer)
}
