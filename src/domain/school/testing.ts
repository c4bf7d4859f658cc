/**
 * Small builders for tests and benchmarks of the school side (like `db/testing.ts`): a tally
 * with what a test is about, the largest weekly report the app can send, and households that
 * sign codes without a database of their own.
 */
import type { NamedItem, ReportPayload } from '../codes/payloads'
import type { DeviceKeyPair, Signer } from '../codes/signing'
import type { Tally } from './tally'
import { CATEGORIES } from '../categories'
import { toBase64Url } from '../codes/base64url'
import { encodeCode } from '../codes/codec'
import { generateDeviceKeyPair, keyIdOf, signerFor } from '../codes/signing'
import { REPORT_LIST_MAX, REPORT_TEXT_BUDGET } from '../codes/payloads'
import { emptyTally } from './tally'

/** A tally of one household: every field zero except those given. */
export function tallyOf(fields: Partial<Omit<Tally, 'categories'>> & { sortedKg?: number, mixedKg?: number } = {}): Tally {
  const { sortedKg = 0, mixedKg = 0, ...rest } = fields
  const tally = { ...emptyTally(), ...rest }
  tally.categories.other = { sortedBags: sortedKg > 0 ? 1 : 0, mixedBags: mixedKg > 0 ? 1 : 0, sortedKgTenths: Math.round(sortedKg * 10), mixedKgTenths: Math.round(mixedKg * 10) }
  return tally
}

/**
 * The largest weekly report a household can send: every list at its count limit, the names
 * together using the whole text budget, and every figure at what a busy week of a big family
 * can reach (20 bags a day in every bin, 100 kg weighed, a large sequence number). `names` are
 * real item names to draw the lists from (the knowledge base's), so the text compresses as
 * everyday names do.
 */
export function largestWeeklyReport(classId: string, period: string, names: readonly string[]): ReportPayload {
  const perName = Math.floor(REPORT_TEXT_BUDGET / (2 * REPORT_LIST_MAX))
  const chosen = [...new Set(names.filter(name => Array.from(name).length === perName))].slice(0, 2 * REPORT_LIST_MAX)
  if (chosen.length < 2 * REPORT_LIST_MAX) throw new Error(`need ${2 * REPORT_LIST_MAX} names of ${perName} characters`)
  const taught: NamedItem[] = chosen.slice(0, REPORT_LIST_MAX).map((name, i) => ({ name, category: CATEGORIES[i % 4]! }))
  const missed = chosen.slice(REPORT_LIST_MAX).map((query, i) => ({ query, count: 1 + i * 7 }))
  const tally = emptyTally()
  for (const c of CATEGORIES) tally.categories[c] = { sortedBags: 123, mixedBags: 17, sortedKgTenths: 6543, mixedKgTenths: 457 }
  Object.assign(tally, { daysLogged: 7, aware: 7, members: 9, points: 2345, rounds: 140, correct: 1234, answered: 1400 })
  return { classId, period, seq: 1_234_567, tally, streakDays: 365, taught, missed }
}

/** A household device as far as codes go: its key, and codes it signs for one class. */
export interface FakeHousehold {
  householdId: string
  nickname: string
  key: DeviceKeyPair
  signer: Signer
  /** Its signed enrollment in the class. */
  enrollment: () => Promise<string>
  /** A signed report for `period` with the given figures. */
  report: (period: string, seq: number, tally: Tally, extra?: Partial<ReportPayload>) => Promise<string>
}

/**
 * A household that joined `classId`, made with the domain alone (no database): for tests and
 * benchmarks that need many households' codes quickly.
 */
export async function fakeHousehold(classId: string, nickname: string, members = 3): Promise<FakeHousehold> {
  const pair = await generateDeviceKeyPair()
  const key: DeviceKeyPair = { privateKey: pair.privateKey, publicKey: toBase64Url(pair.publicKey), kid: await keyIdOf(pair.publicKey) }
  const signer = signerFor(key.kid, key.privateKey)
  const householdId = crypto.randomUUID()
  return {
    householdId,
    nickname,
    key,
    signer,
    enrollment: () => encodeCode('enrollment', { classId, householdId, nickname, children: 1, adults: members - 1, seq: 1, publicKey: key.publicKey }, signer),
    report: (period, seq, tally, extra = {}) => encodeCode('report', { classId, period, seq, tally, streakDays: 0, taught: [], missed: [], ...extra }, signer),
  }
}
