/** A source of numbers in [0, 1), like `Math.random`. */
export type Random = () => number

/**
 * A small, fast pseudo-random generator (mulberry32) from a 32-bit seed: the same seed gives the
 * same sequence, so a round, a shuffle or a check can be replayed in a test. Not for secrets.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One of `choices`, picked with `random`. */
export function pickOne<T>(choices: readonly T[], random: Random): T | undefined {
  return choices[Math.floor(random() * choices.length)]
}
