import type { Stars } from './rounds'

/** The ways to play; each keeps its own rounds. */
export const LEARN_MODES = ['sort', 'quiz', 'challenge', 'mistakes', 'duo'] as const
export type LearnMode = (typeof LEARN_MODES)[number]

/**
 * What mastery and mistakes are tracked by: an item of the knowledge base ("banana-peel") or a
 * hand-written question ("q:dirty-container", see `questionCardId`).
 */
export type CardId = string

/** One answer as stored. */
export interface AnswerRecord {
  id: string
  roundId: string
  memberId: string
  card: CardId
  correct: boolean
  at: number
}

/** One member's part in a finished round. */
export interface RoundRecord {
  /** `${roundId}:${memberId}`: a duo round has two. */
  id: string
  roundId: string
  memberId: string
  mode: LearnMode
  finishedAt: number
  total: number
  correct: number
  stars: Stars
}

export interface PlayedAnswer {
  card: CardId
  correct: boolean
  at: number
}
