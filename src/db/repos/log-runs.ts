import type { SortHeroDb } from '../db'
import type { LocalDate } from '@/domain/dates'
import { addDays } from '@/domain/dates'

/** Days read in the first step when walking out from a date to the ends of its run. */
const FIRST_STEP = 16

/**
 * How far consecutive logged days reach from `date` in one direction. Keys are read in steps
 * that double (16 days, then 32, 64 …), so a short run costs one small read and a three-year run
 * a handful, never the whole log.
 */
async function reach(db: SortHeroDb, date: LocalDate, direction: 1 | -1): Promise<LocalDate> {
  let end = date
  for (let step = FIRST_STEP; ; step *= 2) {
    const far = addDays(end, direction * step)
    const keys = direction < 0
      ? await db.logDays.where('date').between(far, end, true, false).primaryKeys()
      : await db.logDays.where('date').between(end, far, false, true).primaryKeys()
    const present = new Set(keys)
    while (present.has(addDays(end, direction))) end = addDays(end, direction)
    if (end !== far) return end
  }
}

/**
 * The first and last date of the run of consecutive logged days through `date`, counting
 * `date` itself as logged. Reads only the keys of the run and its edges, never the whole log.
 */
export async function runBounds(db: SortHeroDb, date: LocalDate): Promise<[LocalDate, LocalDate]> {
  return [await reach(db, date, -1), await reach(db, date, 1)]
}
