/**
 * How a typed search is kept with a miss, a correction or an opened answer: bounded, so a
 * pasted page does not fill the database (or a backup). Its own module, so that the lookup's first
 * screen, which imports `domain/lookup`, does not carry it.
 */

/** Characters of a search kept with a miss, a correction or an opened answer (a paste can be a page). */
export const QUERY_MAX = 100

/** A typed search as it is kept: trimmed, and cut to its first `QUERY_MAX` characters. */
export function clipQuery(query: string): string {
  const chars = Array.from(query.trim())
  return chars.length > QUERY_MAX ? chars.slice(0, QUERY_MAX).join('').trim() : query.trim()
}
