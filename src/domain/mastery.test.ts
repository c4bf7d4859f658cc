import type { Mastery, PoolItem } from './mastery'
import { describe, expect, it } from 'vitest'
import { ANSWERS_TO_MASTER, answersToMaster, BOX_REST_DAYS, masterySummary, memberLevel, mistakes, pickRoundItems, recordAnswer } from './mastery'

const DAY = 86_400_000
const NOW = 1_800_000_000_000

/** A deterministic stand-in for Math.random. */
function seeded(seed = 1) {
  let state = seed
  return () => {
    state = (state * 16807) % 2147483647
    return (state - 1) / 2147483646
  }
}

const pool: PoolItem[] = Array.from({ length: 60 }, (_, i) => ({
  id: `item-${i}`,
  category: (['recyclable', 'hazardous', 'kitchen', 'other'] as const)[i % 4],
  difficulty: ((i % 3) + 1) as 1 | 2 | 3,
}))

describe('recordAnswer (Leitner boxes)', () => {
  it('starts a right first answer in box 2, and moves up one box per right answer', () => {
    let m = recordAnswer(undefined, 'm', 'x', true, NOW)
    expect(m).toMatchObject({ box: 2, right: 1, wrong: 0, lastWrong: false, due: NOW + BOX_REST_DAYS[2]! * DAY })
    for (const box of [3, 4, 5, 5]) {
      m = recordAnswer(m, 'm', 'x', true, NOW)
      expect(m.box).toBe(box)
    }
    expect(m.due).toBe(NOW + 21 * DAY)
  })

  it('sends a wrong answer back to box 1, due at once', () => {
    const good = recordAnswer(recordAnswer(undefined, 'm', 'x', true, NOW), 'm', 'x', true, NOW)
    const missed = recordAnswer(good, 'm', 'x', false, NOW + 5)
    expect(missed).toMatchObject({ box: 1, due: NOW + 5, right: 2, wrong: 1, lastWrong: true })
  })
})

describe('mistakes', () => {
  it('lists items whose last answer was wrong, newest first', () => {
    const a = recordAnswer(undefined, 'm', 'a', false, 1)
    const b = recordAnswer(undefined, 'm', 'b', false, 2)
    const c = recordAnswer(recordAnswer(undefined, 'm', 'c', false, 3), 'm', 'c', true, 4)
    expect(mistakes([a, b, c]).map(m => m.itemId)).toEqual(['b', 'a'])
  })
})

describe('progress toward mastered', () => {
  const answer = (previous: Mastery | undefined, correct: boolean) => recordAnswer(previous, 'm', 'x', correct, NOW)

  it('needs four right answers in a row, and counts down with each one', () => {
    expect(ANSWERS_TO_MASTER).toBe(4)
    let m: Mastery | undefined
    const left = [answersToMaster(m)]
    for (let i = 0; i < ANSWERS_TO_MASTER; i++) {
      m = answer(m, true)
      left.push(answersToMaster(m))
    }
    expect(left).toEqual([4, 3, 2, 1, 0])
    expect(answer(m, true).box).toBe(5)
  })

  it('starts again after a wrong answer', () => {
    expect(answersToMaster(answer(answer(answer(undefined, true), true), false))).toBe(ANSWERS_TO_MASTER)
  })

  it('after a perfect first round: nothing mastered yet, ten on the way, no mistakes', () => {
    const round = Array.from({ length: 10 }, (_, i) => recordAnswer(undefined, 'm', `item-${i}`, true, NOW))
    expect(masterySummary(round)).toEqual({ mastered: 0, learning: 10, mistakes: 0 })
  })

  it('tells mastered, on-the-way and missed items apart', () => {
    let mastered: Mastery | undefined
    for (let i = 0; i < ANSWERS_TO_MASTER; i++) mastered = answer(mastered, true)
    const missed = answer(mastered, false)
    expect(masterySummary([mastered!, missed, answer(undefined, true)])).toEqual({ mastered: 1, learning: 1, mistakes: 1 })
  })
})

describe('pickRoundItems', () => {
  const base = { pool, now: NOW, count: 10, level: 1 as const }

  it('picks ten distinct items covering all four bins', () => {
    const ids = pickRoundItems({ ...base, masteries: new Map(), random: seeded() })
    expect(new Set(ids).size).toBe(10)
    const categories = new Set(ids.map(id => pool.find(p => p.id === id)!.category))
    expect(categories.size).toBe(4)
  })

  it('brings a missed item back in the next round', () => {
    const first = pickRoundItems({ ...base, masteries: new Map(), random: seeded(2) })
    const missed = first[3]!
    const masteries = new Map<string, Mastery>(first.map(id => [id, recordAnswer(undefined, 'm', id, id !== missed, NOW)]))
    const next = pickRoundItems({ ...base, now: NOW + 60_000, masteries, random: seeded(3) })
    expect(next).toContain(missed)
    // The items answered right rest in box 2 for a day and do not come back yet.
    expect(next.filter(id => id !== missed && first.includes(id))).toEqual([])
  })

  it('prefers items at the member’s level', () => {
    const ids = pickRoundItems({ ...base, masteries: new Map(), random: seeded(4) })
    const hard = ids.filter(id => pool.find(p => p.id === id)!.difficulty === 3)
    expect(hard).toEqual([])
  })

  it('lets mastered items fade until their rest is over', () => {
    const masteries = new Map<string, Mastery>(pool.slice(0, 50).map(p => [p.id, { memberId: 'm', itemId: p.id, box: 5, due: NOW + DAY, right: 5, wrong: 0, lastAt: NOW, lastWrong: false }]))
    const ids = pickRoundItems({ ...base, level: 3, masteries, random: seeded(5) })
    expect(ids.every(id => !masteries.has(id))).toBe(true)
  })
})

describe('memberLevel', () => {
  const mastered = (n: number): Mastery[] => Array.from({ length: n }, (_, i) => ({ memberId: 'm', itemId: `i${i}`, box: 5, due: 0, right: 4, wrong: 0, lastAt: 0, lastWrong: false }))

  it.each([
    [0, [], 1],
    [12, Array.from({ length: 10 }, () => true), 2],
    [12, Array.from({ length: 10 }, (_, i) => i < 5), 1],
    [45, Array.from({ length: 20 }, (_, i) => i < 18), 3],
  ])('with %i mastered items and recent results %j → level %i', (count, results, level) => {
    expect(memberLevel(mastered(count), results)).toBe(level)
  })
})
