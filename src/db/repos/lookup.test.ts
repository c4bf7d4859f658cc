import { beforeEach, describe, expect, it } from 'vitest'
import type { SortHeroDb } from '../db'
import { freshDb } from '../testing'
import { correctGuess, forgetTaughtItem, recordCorrection, recordLookup, recordMiss, restoreTaughtItem, teachItem } from './lookup'

let db: SortHeroDb
beforeEach(() => {
  db = freshDb()
})
const nothingKnown = () => false

describe('teachItem', () => {
  it('saves the lesson and clears the matching missed query', async () => {
    await recordMiss(db, '电子烟弹', 1)
    const taught = await teachItem(db, { name: ' 电子烟弹 ', category: 'hazardous', similarItemId: 'e-cigarette', memberId: 'm1' }, nothingKnown, 2)
    expect(taught).toMatchObject({ name: '电子烟弹', key: '电子烟弹', category: 'hazardous', similarItemId: 'e-cigarette', memberId: 'm1', createdAt: 2 })
    expect(await db.taughtItems.get(taught.id)).toEqual(taught)
    expect(await db.missedQueries.count()).toBe(0)
    expect(await db.ledger.toArray()).toMatchObject([{ memberId: 'm1', reason: 'taught-item', points: 2, sourceEventId: `taught:${taught.id}` }])
  })

  it('refuses a name the knowledge base knows, or one taught before', async () => {
    await expect(teachItem(db, { name: '电池', category: 'other' }, key => key === '电池')).rejects.toMatchObject({ code: 'lookup.name.known' })
    await teachItem(db, { name: '小风扇', category: 'recyclable' }, nothingKnown)
    await expect(teachItem(db, { name: '小 风扇', category: 'other' }, nothingKnown)).rejects.toMatchObject({ code: 'lookup.name.known' })
    expect(await db.taughtItems.count()).toBe(1)
  })

  it('refuses an unknown category', async () => {
    await expect(teachItem(db, { name: '东西', category: 'compost' as never }, nothingKnown)).rejects.toMatchObject({ code: 'lookup.category' })
  })

  it('forgets a lesson and can restore it', async () => {
    const taught = await teachItem(db, { name: '小风扇', category: 'recyclable' }, nothingKnown)
    const forgotten = await forgetTaughtItem(db, taught.id)
    expect(forgotten).toEqual(taught)
    expect(await db.taughtItems.count()).toBe(0)
    await restoreTaughtItem(db, forgotten!)
    expect(await db.taughtItems.get(taught.id)).toEqual(taught)
  })
})

describe('correctGuess', () => {
  const guess = { name: '某某牌塑料瓶', itemId: 'plastic-bottle', category: 'other' as const, ruleSet: 'national' as const, memberId: 'm1' }

  it('records the correction and teaches the name with the household\'s bin', async () => {
    const { taught, correction } = await correctGuess(db, guess, nothingKnown, 7)
    expect(await db.corrections.toArray()).toEqual([correction])
    expect(correction).toMatchObject({ itemId: 'plastic-bottle', query: '某某牌塑料瓶', category: 'other', ruleSet: 'national', at: 7 })
    expect(await db.taughtItems.toArray()).toEqual([taught])
    expect(taught).toMatchObject({ name: '某某牌塑料瓶', category: 'other', memberId: 'm1' })
    // The taught name is the household's own answer, not "like a plastic bottle".
    expect(taught.similarItemId).toBeUndefined()
    expect(await db.ledger.count()).toBe(1)
  })

  it('saves nothing when the name cannot be taught', async () => {
    await teachItem(db, { name: '某某牌塑料瓶', category: 'recyclable' }, nothingKnown)
    await expect(correctGuess(db, guess, nothingKnown)).rejects.toMatchObject({ code: 'lookup.name.known' })
    expect(await db.corrections.count()).toBe(0)
    expect(await db.taughtItems.count()).toBe(1)
    expect(await db.ledger.count()).toBe(0)
  })
})

describe('recordMiss', () => {
  it('counts repeats of the same query, however it was spaced', async () => {
    await recordMiss(db, '神秘物品', 1)
    await recordMiss(db, ' 神秘 物品 ', 5)
    expect(await db.missedQueries.toArray()).toEqual([{ key: '神秘物品', query: '神秘 物品', count: 2, firstAt: 1, lastAt: 5 }])
  })

  it('ignores an empty query', async () => {
    await recordMiss(db, '  ')
    expect(await db.missedQueries.count()).toBe(0)
  })
})

describe('recordCorrection and recordLookup', () => {
  it('stores a correction with the rule set that answered', async () => {
    const correction = await recordCorrection(db, { itemId: 'aa-battery', query: '电池', category: 'other', ruleSet: 'national' }, 9)
    expect(await db.corrections.toArray()).toEqual([correction])
    expect(correction).toMatchObject({ itemId: 'aa-battery', category: 'other', ruleSet: 'national', at: 9 })
  })

  it('keeps only the most recent 200 lookups', async () => {
    for (let i = 0; i < 205; i++) await recordLookup(db, `item-${i}`, '', i)
    const kept = await db.lookups.orderBy('at').toArray()
    expect(kept).toHaveLength(200)
    expect(kept[0]!.itemId).toBe('item-5')
  })
})
