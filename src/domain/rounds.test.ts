import type { Item } from './item'
import type { RuleSet } from './rules'
import { describe, expect, it } from 'vitest'
import { balanceOf, validateAward } from './ledger'
import { childrenPool, childTaughtParent, LEARNING_POINTS, parentTaughtChild, roundAwards, sameBinEverywhere, starsFor } from './rounds'

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

describe('the children\'s pool', () => {
  const national: RuleSet = { id: 'national', categoryNames: {}, overrides: {} }
  const city: RuleSet = { id: 'shanghai', categoryNames: {}, overrides: { 'aa-battery': { category: 'other', sub: 'misc', reason: { zh: '城市规则', en: 'city rule' } } } }
  const items: Item[] = [
    { id: 'apple', zh: '苹果', en: 'apple', category: 'kitchen', sub: 'fruit', emoji: '🍎' },
    { id: 'aa-battery', zh: '5号电池', en: 'AA battery', category: 'hazardous', sub: 'battery', emoji: '🔋' },
    { id: 'thermometer', zh: '水银体温计', en: 'mercury thermometer', category: 'hazardous', sub: 'mercury', emoji: '🌡️', tip: { zh: '放回硬盒里。', en: 'Put it back in its case.' } },
    { id: 'pager', zh: '寻呼机', en: 'pager', category: 'recyclable', sub: 'electronics' },
  ]
  const byId = new Map(items.map(i => [i.id, i]))

  it('knows the bin an item keeps under every rule set, and when a city differs', () => {
    expect(sameBinEverywhere(byId.get('apple')!, [national, city])).toBe('kitchen')
    expect(sameBinEverywhere(byId.get('aa-battery')!, [national])).toBe('hazardous')
    expect(sameBinEverywhere(byId.get('aa-battery')!, [national, city])).toBeUndefined()
  })

  it('keeps only known items with a picture whose bin no city changes, in the listed order', () => {
    const pool = childrenPool(['thermometer', 'apple', 'aa-battery', 'pager', 'no-such-item'], byId, [national, city])
    expect(pool).toEqual([
      { id: 'thermometer', category: 'hazardous', difficulty: 2 },
      { id: 'apple', category: 'kitchen', difficulty: 1 },
    ])
  })

  it('keeps an item a city would change when that city is not among the rule sets', () => {
    expect(childrenPool(['aa-battery'], byId, [national]).map(p => p.id)).toEqual(['aa-battery'])
  })
})
