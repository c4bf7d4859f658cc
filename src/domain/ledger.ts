/**
 * The points ledger: every point a member earns or spends is one append-only entry. Balances and
 * histories are always derived from the entries, so there is no counter that can drift, and
 * awarding the same source event twice is a no-op (see `db/repos/ledger.ts`, which enforces it
 * with a unique index on `sourceEventId`).
 */

/**
 * Why points moved. Each later feature adds its own codes here, together with their translated
 * explanation under `ledger.reason.*` in the i18n messages.
 */
export const REASON_CODES = ['welcome', 'quiz-correct', 'round-finished', 'awareness-passed', 'log-day', 'sorted-day', 'streak-7', 'streak-30', 'taught-item', 'redeem'] as const

export type ReasonCode = (typeof REASON_CODES)[number]

/** Points a new member receives once, when joining the household. */
export const WELCOME_POINTS = 10

/** One line of the ledger. Never edited, never deleted. */
export interface LedgerEntry {
  id: string
  memberId: string
  /** When it was awarded, in UTC milliseconds. */
  at: number
  reason: ReasonCode
  /** Positive when earned, negative when spent. A whole number, never zero. */
  points: number
  /** Identifies the event that caused it ("welcome:<memberId>"); unique across the ledger. */
  sourceEventId: string
  /** The household's day the entry is about (a logged day, a streak), `YYYY-MM-DD`. */
  day?: string
}

/** What a feature asks the ledger to record; the repository adds the id. */
export type Award = Omit<LedgerEntry, 'id'>

export type AwardProblem = 'missing-member' | 'missing-source' | 'unknown-reason' | 'points-not-whole' | 'points-zero' | 'bad-time'

/**
 * Checks an award before it is written. Returns every problem found; an empty list means valid.
 */
export function validateAward(award: Award): AwardProblem[] {
  const problems: AwardProblem[] = []
  if (!award.memberId) problems.push('missing-member')
  if (!award.sourceEventId) problems.push('missing-source')
  if (!(REASON_CODES as readonly string[]).includes(award.reason)) problems.push('unknown-reason')
  if (!Number.isInteger(award.points)) problems.push('points-not-whole')
  else if (award.points === 0) problems.push('points-zero')
  if (!Number.isFinite(award.at) || award.at < 0) problems.push('bad-time')
  return problems
}

/**
 * Builds the source event id for an award, so that two features never collide and the same
 * event always maps to the same id ("welcome:m1", "quiz:round-7:q3").
 */
export function sourceEventId(kind: string, ...parts: Array<string | number>): string {
  return [kind, ...parts].join(':')
}

/** The balance of one member: the sum of that member's entries. */
export function balanceOf(entries: readonly LedgerEntry[], memberId: string): number {
  let total = 0
  for (const entry of entries) {
    if (entry.memberId === memberId) total += entry.points
  }
  return total
}

/** Balances of every member that has at least one entry. */
export function balancesByMember(entries: readonly LedgerEntry[]): Map<string, number> {
  const balances = new Map<string, number>()
  for (const entry of entries) balances.set(entry.memberId, (balances.get(entry.memberId) ?? 0) + entry.points)
  return balances
}

/** A member's entries, newest first (ties broken by id so the order is stable), at most `limit`. */
export function historyOf(entries: readonly LedgerEntry[], memberId: string, limit = Number.POSITIVE_INFINITY): LedgerEntry[] {
  return entries
    .filter(entry => entry.memberId === memberId)
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
    .slice(0, limit)
}

/**
 * Whether a member with `balance` points can spend `cost` points: a balance never goes below zero.
 */
export function canSpend(balance: number, cost: number): boolean {
  return Number.isInteger(cost) && cost > 0 && balance - cost >= 0
}
