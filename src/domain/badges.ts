import type { AwarenessCheck } from './awareness'
import type { LocalDate } from './dates'
import type { RoundRecord } from './learning'
import type { LogDay } from './log'
import { AWARENESS_TARGET, groupAwareness } from './awareness'
import { addDays, dateToInstant, monthOf } from './dates'
import { COLLECTION_TARGET, collectionRate, streakRuns } from './log'

/**
 * Badges: earned once and kept for good, with the date. Household badges belong to the family;
 * member badges to one person. Which badges are earned is decided here from the records; the
 * repository stores the new ones and never removes any.
 */
export const BADGES = [
  { code: 'first-log', scope: 'household', emoji: '📝' },
  { code: 'streak-7', scope: 'household', emoji: '🔥' },
  { code: 'streak-30', scope: 'household', emoji: '🏅' },
  { code: 'civilized-family', scope: 'household', emoji: '🏡' },
  { code: 'first-lesson', scope: 'household', emoji: '🧑‍🏫' },
  { code: 'sorting-hero', scope: 'member', emoji: '🦸' },
  { code: 'three-stars', scope: 'member', emoji: '🌟' },
  { code: 'ten-rounds', scope: 'member', emoji: '🎓' },
] as const

export type BadgeCode = (typeof BADGES)[number]['code']

export interface Badge {
  /** The code, or `<code>:<memberId>` for a member badge. */
  id: string
  code: BadgeCode
  memberId?: string
  earnedAt: number
}

/** A 文明家庭 month needs most days logged, not two lucky ones. */
export const CIVILIZED_FAMILY_MIN_DAYS = 20

export interface BadgeFacts {
  /** Logged days: all of them, or (for an incremental check) whole months of them. */
  days: readonly LogDay[]
  /**
   * Logged dates for the streak badges, when they reach beyond `days` (the whole run of
   * consecutive days around a change); the dates of `days` otherwise.
   */
  dates?: readonly LocalDate[]
  rounds: readonly RoundRecord[]
  checks: readonly AwarenessCheck[]
  memberIds: readonly string[]
  /** When the household first taught the app a name, if ever. */
  firstTaughtAt?: number
}

function lastDayOfMonth(month: string): LocalDate {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
}

/**
 * Every badge the records earn, each with the moment it was earned: the first logged day, the
 * day a run of logging reached 7 or 30 days, the first calendar month with ≥ 70% collection and
 * ≥ 90% awareness at its end (文明家庭), the first taught name, and per member a pass of the
 * awareness check (垃圾分类小达人), a three-star round and ten finished rounds.
 */
export function earnedBadges(facts: BadgeFacts): Badge[] {
  const badges: Badge[] = []
  const household = (code: BadgeCode, earnedAt: number) => badges.push({ id: code, code, earnedAt })
  const member = (code: BadgeCode, memberId: string, earnedAt: number) => badges.push({ id: `${code}:${memberId}`, code, memberId, earnedAt })

  if (facts.days.length > 0) household('first-log', Math.min(...facts.days.map(d => d.createdAt)))
  const runs = streakRuns([...(facts.dates ?? []), ...facts.days.map(d => d.date)])
  for (const [length, code] of [[7, 'streak-7'], [30, 'streak-30']] as const) {
    const first = runs.find(run => run.length >= length)
    if (first) household(code, dateToInstant(addDays(first.start, length - 1)))
  }

  const months = [...new Set(facts.days.map(d => monthOf(d.date)))].sort()
  for (const month of months) {
    const inMonth = facts.days.filter(d => monthOf(d.date) === month)
    const rate = collectionRate(inMonth)
    const monthEnd = dateToInstant(lastDayOfMonth(month))
    const awareness = groupAwareness(facts.memberIds, facts.checks, monthEnd).rate
    if (inMonth.length >= CIVILIZED_FAMILY_MIN_DAYS && rate !== null && rate >= COLLECTION_TARGET && awareness !== null && awareness >= AWARENESS_TARGET) {
      household('civilized-family', monthEnd)
      break
    }
  }
  if (facts.firstTaughtAt !== undefined) household('first-lesson', facts.firstTaughtAt)

  for (const memberId of facts.memberIds) {
    const firstPass = facts.checks.filter(c => c.memberId === memberId && c.passed).sort((a, b) => a.at - b.at)[0]
    if (firstPass) member('sorting-hero', memberId, firstPass.at)
    const rounds = facts.rounds.filter(r => r.memberId === memberId).sort((a, b) => a.finishedAt - b.finishedAt)
    const threeStars = rounds.find(r => r.stars === 3)
    if (threeStars) member('three-stars', memberId, threeStars.finishedAt)
    if (rounds.length >= 10) member('ten-rounds', memberId, rounds[9]!.finishedAt)
  }
  return badges
}

/** The badges in `earned` that `held` does not have yet. */
export function newBadges(earned: readonly Badge[], held: readonly Pick<Badge, 'id'>[]): Badge[] {
  const ids = new Set(held.map(b => b.id))
  return earned.filter(b => !ids.has(b.id))
}
