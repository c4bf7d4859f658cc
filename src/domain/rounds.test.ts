import { describe, expect, it } from 'vitest'
import { balanceOf, validateAward } from './ledger'
import { childTaughtParent, LEARNING_POINTS, parentTaughtChild, roundAwards, starsFor } from './rounds'

describe('starsFor', () => {
  it.each([
    [10, 10, 3],
    [9, 10, 3],
    [8, 10, 2],
    [6, 10, 2],
    [5, 10, 1],
    [0, 10, 1],
    [0, 0, 1],
  ])('%i of %i → %i stars', (correct, total, stars) => {
    expect(starsFor(correct, total)).toBe(stars)
  })
})

describe('roundAwards', () => {
  const round = { id: 'r1', memberId: 'kid', finishedAt: 1000, results: [true, false, true, true] }

  it('awards points per right answer and for finishing, all valid', () => {
    const awards = roundAwards(round)
    expect(awards).toHaveLength(4)
    expect(awards.every(a => validateAward(a).length === 0)).toBe(true)
    const entries = awards.map((a, i) => ({ ...a, id: String(i) }))
    expect(balanceOf(entries, 'kid')).toBe(3 * LEARNING_POINTS.correctAnswer + LEARNING_POINTS.roundFinished)
  })

  it('names every award by round, member and answer, so saving twice awards once', () => {
    const ids = roundAwards(round).map(a => a.sourceEventId)
    expect(new Set(ids).size).toBe(ids.length)
    expect(roundAwards(round).map(a => a.sourceEventId)).toEqual(ids)
    expect(roundAwards({ ...round, memberId: 'mum' }).map(a => a.sourceEventId).some(id => ids.includes(id))).toBe(false)
  })
})

describe('duo rounds', () => {
  const turns = [
    { itemId: 'bone', child: true, parent: false },
    { itemId: 'tissue', child: false, parent: true },
    { itemId: 'can', child: true, parent: true },
  ]
  it('says who taught whom', () => {
    expect(childTaughtParent(turns)).toEqual(['bone'])
    expect(parentTaughtChild(turns)).toEqual(['tissue'])
  })
})
