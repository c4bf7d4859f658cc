import { describe, expect, it } from 'vitest'
import { pickOne, seededRandom } from './random'

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const c = seededRandom(43)
    const first = Array.from({ length: 5 }, a)
    expect(Array.from({ length: 5 }, b)).toEqual(first)
    expect(Array.from({ length: 5 }, c)).not.toEqual(first)
  })

  it('stays in [0, 1) and spreads evenly', () => {
    const random = seededRandom(7)
    const buckets = Array.from({ length: 10 }, () => 0)
    for (let i = 0; i < 10_000; i++) {
      const x = random()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
      buckets[Math.floor(x * 10)]!++
    }
    for (const count of buckets) expect(count).toBeGreaterThan(850)
  })

  it('picks every choice sometimes, and nothing from an empty list', () => {
    const random = seededRandom(1)
    const seen = new Set(Array.from({ length: 100 }, () => pickOne(['a', 'b', 'c'], random)))
    expect([...seen].sort()).toEqual(['a', 'b', 'c'])
    expect(pickOne([], random)).toBeUndefined()
  })
})
