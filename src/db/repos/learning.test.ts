import { beforeEach, describe, expect, it } from 'vitest'
import { balanceOf } from '@/domain/ledger'
import { LEARNING_POINTS } from '@/domain/rounds'
import type { SortHeroDb } from '../db'
import { freshDb } from '../testing'
import { awarenessChecksOf, masteriesOf, recentResults, saveAwarenessCheck, saveRound } from './learning'

const DAY = 86_400_000
let db: SortHeroDb
beforeEach(() => {
  db = freshDb()
})

const answers = (...results: boolean[]) => results.map((correct, i) => ({ card: `item-${i}`, correct, at: 1000 + i }))

describe('saveRound', () => {
  it('saves the round, its answers, masteries and points in one go', async () => {
    const record = await saveRound(db, { roundId: 'r1', mode: 'sort', memberId: 'kid', answers: answers(true, false, true), finishedAt: 2000 })
    expect(record).toMatchObject({ id: 'r1:kid', total: 3, correct: 2, stars: 2 })
    expect(await db.answers.count()).toBe(3)
    const masteries = await masteriesOf(db, 'kid')
    expect(masteries.get('item-0')).toMatchObject({ box: 2, lastWrong: false })
    expect(masteries.get('item-1')).toMatchObject({ box: 1, lastWrong: true })
    expect(balanceOf(await db.ledger.toArray(), 'kid')).toBe(2 * LEARNING_POINTS.correctAnswer + LEARNING_POINTS.roundFinished)
  })

  it('changes nothing when the same round is saved again', async () => {
    const round = { roundId: 'r1', mode: 'quiz' as const, memberId: 'kid', answers: answers(true, true), finishedAt: 2000 }
    await saveRound(db, round)
    await saveRound(db, round)
    expect(await db.rounds.count()).toBe(1)
    expect(await db.answers.count()).toBe(2)
    expect(await db.ledger.count()).toBe(3)
  })

  it('credits each member of a duo round separately', async () => {
    await saveRound(db, { roundId: 'duo', mode: 'duo', memberId: 'kid', answers: answers(true), finishedAt: 1 })
    await saveRound(db, { roundId: 'duo', mode: 'duo', memberId: 'mum', answers: answers(false), finishedAt: 1 })
    const ledger = await db.ledger.toArray()
    expect(balanceOf(ledger, 'kid')).toBe(LEARNING_POINTS.correctAnswer + LEARNING_POINTS.roundFinished)
    expect(balanceOf(ledger, 'mum')).toBe(LEARNING_POINTS.roundFinished)
  })

  it('applies a card answered twice in one round in order', async () => {
    await saveRound(db, { roundId: 'r', mode: 'sort', memberId: 'kid', answers: [{ card: 'x', correct: false, at: 1 }, { card: 'x', correct: true, at: 2 }], finishedAt: 3 })
    expect((await masteriesOf(db, 'kid')).get('x')).toMatchObject({ box: 2, right: 1, wrong: 1 })
  })

  it('refuses an empty round', async () => {
    await expect(saveRound(db, { roundId: 'r', mode: 'sort', memberId: 'kid', answers: [], finishedAt: 1 })).rejects.toMatchObject({ code: 'learn.emptyRound' })
  })

  it('reads recent results oldest first', async () => {
    await saveRound(db, { roundId: 'r', mode: 'sort', memberId: 'kid', answers: answers(true, false, true, true), finishedAt: 1 })
    expect(await recentResults(db, 'kid', 3)).toEqual([false, true, true])
  })
})

describe('saveAwarenessCheck', () => {
  it('awards the pass points once per awareness period', async () => {
    expect((await saveAwarenessCheck(db, { memberId: 'mum', score: 6, total: 10, at: 0 })).pointsAwarded).toBe(false)
    expect((await saveAwarenessCheck(db, { memberId: 'mum', score: 8, total: 10, at: DAY })).pointsAwarded).toBe(true)
    expect((await saveAwarenessCheck(db, { memberId: 'mum', score: 10, total: 10, at: 30 * DAY })).pointsAwarded).toBe(false)
    expect((await saveAwarenessCheck(db, { memberId: 'mum', score: 9, total: 10, at: 400 * DAY })).pointsAwarded).toBe(true)
    expect(balanceOf(await db.ledger.toArray(), 'mum')).toBe(2 * LEARNING_POINTS.awarenessPassed)
    expect((await awarenessChecksOf(db, ['mum'])).map(c => c.passed)).toEqual([false, true, true, true])
  })
})
