import type { Category } from './categories'
import { CATEGORIES } from './categories'

/**
 * The awareness check (知晓率): ten questions balanced across the four bins; eight right marks a
 * member "aware" for 180 days. Household awareness is aware members over members, and the same
 * sum (never an average of rates) rolls up to class, school and city.
 */

export const AWARENESS_QUESTIONS = 10
export const AWARENESS_PASS_MARK = 8
export const AWARENESS_VALID_DAYS = 180
/** Members are reminded to retake the check this many days before it expires. */
export const AWARENESS_REMIND_DAYS = 14
/** The campaign's target for the share of residents who know the rules. */
export const AWARENESS_TARGET = 0.9

const DAY = 24 * 60 * 60 * 1000

export interface AwarenessCheck {
  id: string
  memberId: string
  at: number
  score: number
  total: number
  passed: boolean
}

export interface PoolEntry {
  itemId: string
  category: Category
}

/**
 * Draws a check: ten items from the vetted pool, two or three per bin (which bins get three is
 * random), in random order.
 */
export function composeAwarenessCheck(pool: readonly PoolEntry[], random: () => number): PoolEntry[] {
  const byCategory = new Map<Category, PoolEntry[]>(CATEGORIES.map(c => [c, pool.filter(e => e.category === c)]))
  const order = [...CATEGORIES].sort(() => random() - 0.5)
  const base = Math.floor(AWARENESS_QUESTIONS / CATEGORIES.length)
  const extra = AWARENESS_QUESTIONS - base * CATEGORIES.length
  const drawn: PoolEntry[] = []
  order.forEach((category, index) => {
    const wanted = base + (index < extra ? 1 : 0)
    const candidates = [...byCategory.get(category)!]
    for (let i = 0; i < wanted && candidates.length > 0; i++) drawn.push(candidates.splice(Math.floor(random() * candidates.length), 1)[0]!)
  })
  for (let i = drawn.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[drawn[i], drawn[j]] = [drawn[j]!, drawn[i]!]
  }
  return drawn
}

/** Grades a check: how many chosen bins match, and whether that passes. */
export function gradeAwareness(questions: readonly PoolEntry[], chosen: readonly (Category | null)[]): { score: number, total: number, passed: boolean } {
  const score = questions.filter((question, i) => chosen[i] === question.category).length
  return { score, total: questions.length, passed: score >= AWARENESS_PASS_MARK }
}

export type AwarenessState = 'aware' | 'expired' | 'not-yet'

export interface AwarenessStatus {
  state: AwarenessState
  /** The latest pass, if any. */
  passedAt?: number
  /** When awareness lapses (or lapsed). */
  validUntil?: number
  /** True when the member should take the check (again) soon. */
  remind: boolean
}

/** A member's status from their checks. */
export function awarenessStatus(checks: readonly AwarenessCheck[], now: number): AwarenessStatus {
  const lastPass = checks.filter(c => c.passed).sort((a, b) => b.at - a.at)[0]
  if (!lastPass) return { state: 'not-yet', remind: true }
  const validUntil = lastPass.at + AWARENESS_VALID_DAYS * DAY
  if (now >= validUntil) return { state: 'expired', passedAt: lastPass.at, validUntil, remind: true }
  return { state: 'aware', passedAt: lastPass.at, validUntil, remind: validUntil - now <= AWARENESS_REMIND_DAYS * DAY }
}

/**
 * The start of the awareness period a pass at `now` belongs to: a pass while still aware renews
 * the same period (so its points are not awarded twice); otherwise it starts a new one.
 */
export function awarenessPeriodStart(checks: readonly AwarenessCheck[], now: number): number {
  const passes = checks.filter(c => c.passed && c.at <= now).sort((a, b) => a.at - b.at)
  let start: number | undefined
  for (const pass of passes) {
    if (start === undefined || pass.at >= start + AWARENESS_VALID_DAYS * DAY) start = pass.at
  }
  return start !== undefined && now < start + AWARENESS_VALID_DAYS * DAY ? start : now
}

/** Household (or any group's) awareness: aware members over members. */
export function groupAwareness(memberIds: readonly string[], checks: readonly AwarenessCheck[], now: number): { aware: number, total: number, rate: number | null } {
  const aware = memberIds.filter(id => awarenessStatus(checks.filter(c => c.memberId === id), now).state === 'aware').length
  return { aware, total: memberIds.length, rate: memberIds.length > 0 ? aware / memberIds.length : null }
}
