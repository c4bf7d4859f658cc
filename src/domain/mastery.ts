import type { Category } from './categories'
import type { Difficulty } from './quiz'

/**
 * Spaced repetition with Leitner boxes, per member and item. A right answer moves the item up a
 * box and it rests longer before coming back; a wrong answer sends it to box 1, due at once, so
 * it returns in the very next round. Box 5 is "mastered": it only comes back after three weeks.
 */

export const LEITNER_BOXES = 5
export const MASTERED_BOX = 5
const DAY = 24 * 60 * 60 * 1000

/** Days an item rests in each box (index = box) before it is due again. */
export const BOX_REST_DAYS: readonly number[] = [0, 0, 1, 3, 7, 21]

export type Box = 1 | 2 | 3 | 4 | 5

export interface Mastery {
  memberId: string
  itemId: string
  box: Box
  /** When it is due for review, UTC ms. */
  due: number
  right: number
  wrong: number
  lastAt: number
  /** Whether the last answer was wrong: what "my mistakes" lists. */
  lastWrong: boolean
}

/** The item's mastery after one more answer. */
export function recordAnswer(previous: Mastery | undefined, memberId: string, itemId: string, correct: boolean, now: number): Mastery {
  const box: Box = correct ? (previous ? Math.min(previous.box + 1, MASTERED_BOX) as Box : 2) : 1
  return {
    memberId,
    itemId,
    box,
    due: now + BOX_REST_DAYS[box]! * DAY,
    right: (previous?.right ?? 0) + (correct ? 1 : 0),
    wrong: (previous?.wrong ?? 0) + (correct ? 0 : 1),
    lastAt: now,
    lastWrong: !correct,
  }
}

export function isMastered(mastery: Mastery): boolean {
  return mastery.box === MASTERED_BOX
}

/**
 * Right answers in a row that take a new item (or a missed one, back in box 1) to mastered: the
 * first right answer puts it in box 2 and each further one moves it up a box, with a rest of a
 * day, then three days, before the item comes back.
 */
export const ANSWERS_TO_MASTER = MASTERED_BOX - 1

/** How many more right answers in a row an item needs before it counts as mastered (0 once it is). */
export function answersToMaster(mastery: Mastery | undefined): number {
  return mastery ? MASTERED_BOX - mastery.box : ANSWERS_TO_MASTER
}

/**
 * A member's progress as the Learn page tells it: items mastered, items on their way there (right
 * last time, not mastered yet) and mistakes (wrong last time). A perfect first round leaves ten
 * items "on the way" and none mastered yet, which is why the page says both.
 */
export function masterySummary(masteries: Iterable<Mastery>): { mastered: number, learning: number, mistakes: number } {
  const summary = { mastered: 0, learning: 0, mistakes: 0 }
  for (const mastery of masteries) {
    if (isMastered(mastery)) summary.mastered++
    else if (mastery.lastWrong) summary.mistakes++
    else summary.learning++
  }
  return summary
}

/** Items whose last answer was wrong, most recent first: the member's "my mistakes". */
export function mistakes(masteries: readonly Mastery[]): Mastery[] {
  return masteries.filter(m => m.lastWrong).sort((a, b) => b.lastAt - a.lastAt)
}

/** An item as the round picker sees it. */
export interface PoolItem {
  id: string
  category: Category
  difficulty: Difficulty
}

/**
 * The level a member plays at, from how well they have done: new players start at 1, and each
 * level asks for more mastered items and a good recent record.
 */
export function memberLevel(masteries: readonly Mastery[], recentResults: readonly boolean[]): Difficulty {
  const mastered = masteries.filter(isMastered).length + masteries.filter(m => m.box >= 3).length / 2
  const accuracy = recentResults.length >= 10 ? recentResults.filter(Boolean).length / recentResults.length : 0
  if (mastered >= 40 && accuracy >= 0.85) return 3
  if (mastered >= 10 && accuracy >= 0.7) return 2
  return 1
}

export interface PickOptions {
  pool: readonly PoolItem[]
  masteries: ReadonlyMap<string, Mastery>
  now: number
  count: number
  level: Difficulty
  /** A random number in [0, 1); injected so rounds are reproducible in tests. */
  random: () => number
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

/**
 * Picks a round's items: first the mistakes that are due (up to half the round), then due
 * reviews, then new items at the member's level (and a few one level up), covering all four bins
 * where the pool allows; mastered items only when their three weeks are up. Returns ids in play
 * order (shuffled).
 */
export function pickRoundItems({ pool, masteries, now, count, level, random }: PickOptions): string[] {
  const chosen = new Set<string>()
  const take = (candidates: PoolItem[], limit: number) => {
    for (const item of candidates) {
      if (chosen.size >= count || limit <= 0) break
      if (chosen.has(item.id)) continue
      chosen.add(item.id)
      limit--
    }
  }
  const due = (item: PoolItem) => {
    const m = masteries.get(item.id)
    return m !== undefined && m.due <= now
  }
  const mistakesDue = pool.filter(item => due(item) && masteries.get(item.id)!.box === 1)
    .sort((a, b) => masteries.get(b.id)!.lastAt - masteries.get(a.id)!.lastAt)
  take(mistakesDue, Math.ceil(count / 2))
  const reviewsDue = shuffle(pool.filter(item => due(item) && masteries.get(item.id)!.box > 1), random)
    .sort((a, b) => masteries.get(a.id)!.box - masteries.get(b.id)!.box)
  take(reviewsDue, Math.ceil(count / 3))

  // New items: mostly at or below the member's level, one or two a level up, every bin covered.
  const fresh = shuffle(pool.filter(item => !masteries.has(item.id)), random)
  const atLevel = fresh.filter(item => item.difficulty <= level)
  const stretch = fresh.filter(item => item.difficulty === level + 1)
  for (const category of ['recyclable', 'hazardous', 'kitchen', 'other'] as const) {
    if (![...chosen].some(id => pool.find(item => item.id === id)?.category === category)) {
      take(atLevel.filter(item => item.category === category), 1)
    }
  }
  take(stretch, level < 3 ? 2 : 0)
  take(atLevel, count)
  // A pool that is running out of new items falls back to anything not yet mastered.
  take(shuffle(pool.filter(item => !masteries.get(item.id) || !isMastered(masteries.get(item.id)!)), random), count)
  take(shuffle([...pool], random), count)
  return shuffle([...chosen], random)
}
