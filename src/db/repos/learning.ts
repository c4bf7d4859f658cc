import type { SortHeroDb } from '../db'
import type { AwarenessCheck } from '@/domain/awareness'
import type { AnswerRecord, LearnMode, PlayedAnswer, RoundRecord } from '@/domain/learning'
import type { Mastery } from '@/domain/mastery'
import Dexie from 'dexie'
import { AWARENESS_PASS_MARK, awarenessPeriodStart } from '@/domain/awareness'
import { DomainError } from '@/domain/errors'
import { sourceEventId } from '@/domain/ledger'
import { recordAnswer } from '@/domain/mastery'
import { LEARNING_POINTS, roundAwards, starsFor } from '@/domain/rounds'
import { newId } from '@/domain/ids'
import { awardPoints } from './ledger'

/** Every mastery of one member, by card. */
export async function masteriesOf(db: SortHeroDb, memberId: string): Promise<Map<string, Mastery>> {
  const rows = await db.masteries.where('memberId').equals(memberId).toArray()
  return new Map(rows.map(m => [m.itemId, m]))
}

/** Whether each of a member's last `count` answers was right, oldest first. */
export async function recentResults(db: SortHeroDb, memberId: string, count = 30): Promise<boolean[]> {
  const rows = await db.answers.where('[memberId+at]').between([memberId, Dexie.minKey], [memberId, Dexie.maxKey]).reverse().limit(count).toArray()
  return rows.reverse().map(r => r.correct)
}

export interface RoundToSave {
  roundId: string
  mode: LearnMode
  memberId: string
  answers: readonly PlayedAnswer[]
  finishedAt: number
}

/**
 * Saves one member's finished round in a single transaction: the round, every answer, the
 * updated masteries and the points. Saving the same round again changes nothing.
 */
export async function saveRound(db: SortHeroDb, round: RoundToSave): Promise<RoundRecord> {
  if (round.answers.length === 0) throw new DomainError('learn.emptyRound')
  const id = `${round.roundId}:${round.memberId}`
  return db.transaction('rw', [db.rounds, db.answers, db.masteries, db.ledger], async () => {
    const existing = await db.rounds.get(id)
    if (existing) return existing
    const correct = round.answers.filter(a => a.correct).length
    const record: RoundRecord = {
      id,
      roundId: round.roundId,
      memberId: round.memberId,
      mode: round.mode,
      finishedAt: round.finishedAt,
      total: round.answers.length,
      correct,
      stars: starsFor(correct, round.answers.length),
    }
    await db.rounds.add(record)
    const answers: AnswerRecord[] = round.answers.map(a => ({ id: newId(), roundId: round.roundId, memberId: round.memberId, card: a.card, correct: a.correct, at: a.at }))
    await db.answers.bulkAdd(answers)
    // Answers are applied in order, so a card seen twice in one round ends in the right box.
    const masteries = new Map<string, Mastery>()
    for (const answer of round.answers) {
      const previous = masteries.get(answer.card) ?? await db.masteries.get([round.memberId, answer.card])
      masteries.set(answer.card, recordAnswer(previous, round.memberId, answer.card, answer.correct, answer.at))
    }
    await db.masteries.bulkPut([...masteries.values()])
    for (const award of roundAwards({ id: round.roundId, memberId: round.memberId, finishedAt: round.finishedAt, results: round.answers.map(a => a.correct) })) {
      await awardPoints(db, award)
    }
    return record
  })
}

/** Every awareness check of the given members. */
export async function awarenessChecksOf(db: SortHeroDb, memberIds: readonly string[]): Promise<AwarenessCheck[]> {
  const perMember = await Promise.all(memberIds.map(id => db.awarenessChecks.where('[memberId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray()))
  return perMember.flat()
}

/**
 * Records an awareness check. A pass earns its points once per awareness period: passing
 * again while still aware renews the date but awards nothing more.
 */
export async function saveAwarenessCheck(db: SortHeroDb, check: { memberId: string, score: number, total: number, at: number }): Promise<{ check: AwarenessCheck, pointsAwarded: boolean }> {
  return db.transaction('rw', [db.awarenessChecks, db.ledger], async () => {
    const earlier = await db.awarenessChecks.where('[memberId+at]').between([check.memberId, Dexie.minKey], [check.memberId, Dexie.maxKey]).toArray()
    const record: AwarenessCheck = { id: newId(), ...check, passed: check.score >= AWARENESS_PASS_MARK }
    await db.awarenessChecks.add(record)
    let pointsAwarded = false
    if (record.passed) {
      const periodStart = awarenessPeriodStart(earlier, check.at)
      const result = await awardPoints(db, {
        memberId: check.memberId,
        at: check.at,
        reason: 'awareness-passed',
        points: LEARNING_POINTS.awarenessPassed,
        sourceEventId: sourceEventId('awareness', check.memberId, periodStart),
      })
      pointsAwarded = result.added
    }
    return { check: record, pointsAwarded }
  })
}
