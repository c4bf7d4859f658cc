import type { Category } from './categories'
import type { Item } from './item'
import type { Award } from './ledger'
import type { PoolItem } from './mastery'
import type { RuleSet } from './rules'
import { sourceEventId } from './ledger'
import { itemDifficulty } from './quiz'
import { answerFor } from './rules'

/** A round of the sorting game or quiz has ten items. */
export const ROUND_SIZE = 10

/** Points for learning. Small and frequent, so that finishing always feels worth it. */
export const LEARNING_POINTS = {
  correctAnswer: 2,
  roundFinished: 5,
  awarenessPassed: 50,
} as const

export type Stars = 1 | 2 | 3

/** Stars for a finished round: finishing always earns one; 6 of 10 two; 9 of 10 three. */
export function starsFor(correct: number, total: number): Stars {
  if (total <= 0) return 1
  const share = correct / total
  if (share >= 0.9) return 3
  if (share >= 0.6) return 2
  return 1
}

export interface FinishedRound {
  id: string
  memberId: string
  finishedAt: number
  /** Whether each answer, in order, was right. */
  results: readonly boolean[]
}

/**
 * The ledger awards for one member's finished round: points per right answer and for finishing.
 * Each award's source event names the round and the answer, so saving twice awards once.
 */
export function roundAwards(round: FinishedRound): Award[] {
  const awards: Award[] = round.results.flatMap((correct, index) => correct
    ? [{ memberId: round.memberId, at: round.finishedAt, reason: 'quiz-correct' as const, points: LEARNING_POINTS.correctAnswer, sourceEventId: sourceEventId('round', round.id, round.memberId, 'answer', index) }]
    : [])
  awards.push({ memberId: round.memberId, at: round.finishedAt, reason: 'round-finished', points: LEARNING_POINTS.roundFinished, sourceEventId: sourceEventId('round', round.id, round.memberId, 'finished') })
  return awards
}

export interface DuoTurn {
  itemId: string
  child: boolean
  parent: boolean
}

/** 小手拉大手: the items the child got right and the parent missed ("who taught whom"). */
export function childTaughtParent(turns: readonly DuoTurn[]): string[] {
  return turns.filter(turn => turn.child && !turn.parent).map(turn => turn.itemId)
}

/** The items the parent got right and the child missed. */
export function parentTaughtChild(turns: readonly DuoTurn[]): string[] {
  return turns.filter(turn => turn.parent && !turn.child).map(turn => turn.itemId)
}

/**
 * The bin `item` goes in under every one of `ruleSets`, or undefined where one city sorts it
 * differently (ordinary dry batteries in Shanghai and Beijing, say).
 */
export function sameBinEverywhere(item: Item, ruleSets: readonly RuleSet[]): Category | undefined {
  const bins = new Set(ruleSets.map(ruleSet => answerFor(item, ruleSet).category))
  return bins.size === 1 ? [...bins][0] : undefined
}

/**
 * The children's sorting pool as the round picker sees it: of the curated `ids`, the items that
 * exist, have a picture and go in the same bin under every rule set, so a child is never taught
 * one city's exception. The game and the duo round draw only from it; quizzes keep the full range.
 */
export function childrenPool(ids: readonly string[], itemsById: ReadonlyMap<string, Item>, ruleSets: readonly RuleSet[]): PoolItem[] {
  return ids.flatMap((id) => {
    const item = itemsById.get(id)
    const category = item?.emoji ? sameBinEverywhere(item, ruleSets) : undefined
    return item && category ? [{ id, category, difficulty: itemDifficulty(item) }] : []
  })
}
