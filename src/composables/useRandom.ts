import type { Random } from '@/domain/random'
import { seededRandom } from '@/domain/random'

/**
 * A fixed seed in localStorage under this key makes every round, shuffle and awareness check
 * repeatable: browser tests set it before the app loads (a teacher could use it to replay a demo).
 */
export const SEED_KEY = 'sorthero.seed'

let source: Random | undefined

function initialSeed(): number {
  const fixed = typeof localStorage === 'undefined' ? null : localStorage.getItem(SEED_KEY)
  if (fixed !== null && /^\d+$/.test(fixed)) return Number(fixed)
  return Math.floor(Math.random() * 2 ** 32)
}

/** The one source of randomness of the learning pages (seeded once per page load). */
export function useRandom(): Random {
  source ??= seededRandom(initialSeed())
  return source
}
