/**
 * A tally: the numerators and denominators every level of the roll-up adds up. A household's
 * period report carries one, a class summary carries the sum of its households', a school
 * summary the sum of its classes'. Rates are only ever computed from a tally's sums, never by
 * averaging the rates below (see the README's "How the numbers are computed").
 *
 * Weights are whole tenths of a kilogram (100 g), so sums across a city stay exact integers.
 */
import type { Category } from '../categories'
import type { LogDay } from '../log'
import { CATEGORIES } from '../categories'
import { categoryWeights } from '../log'

export interface CategoryTally {
  /** Bags put out properly sorted. */
  sortedBags: number
  /** Bags put out mixed. */
  mixedBags: number
  /** Weight of the sorted bags, tenths of a kg (logged kg where weighed, typical bag weights otherwise). */
  sortedKgTenths: number
  /** Weight of the mixed bags, tenths of a kg. */
  mixedKgTenths: number
}

export interface Tally {
  categories: Record<Category, CategoryTally>
  /** Logged days, summed over households. */
  daysLogged: number
  /** Members with a valid pass of the awareness check … */
  aware: number
  /** … of all members. */
  members: number
  /** Points earned in the period (not counting spending or welcome points). */
  points: number
  /** Learning rounds finished. */
  rounds: number
  /** Right answers in those rounds … */
  correct: number
  /** … of all answers. */
  answered: number
}

/** A rate with the sums it comes from; `rate` is null when there is nothing to divide by. */
export interface Ratio {
  numerator: number
  denominator: number
  rate: number | null
}

/** A ratio of two sums. */
export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator > 0 ? numerator / denominator : null }
}

/** A tally of nothing. */
export function emptyTally(): Tally {
  return {
    categories: Object.fromEntries(CATEGORIES.map(c => [c, { sortedBags: 0, mixedBags: 0, sortedKgTenths: 0, mixedKgTenths: 0 }])) as Record<Category, CategoryTally>,
    daysLogged: 0,
    aware: 0,
    members: 0,
    points: 0,
    rounds: 0,
    correct: 0,
    answered: 0,
  }
}

/** Adds `b` into `into` (mutating it) and returns it. */
export function addInto(into: Tally, b: Tally): Tally {
  for (const c of CATEGORIES) {
    const x = into.categories[c]
    const y = b.categories[c]
    x.sortedBags += y.sortedBags
    x.mixedBags += y.mixedBags
    x.sortedKgTenths += y.sortedKgTenths
    x.mixedKgTenths += y.mixedKgTenths
  }
  into.daysLogged += b.daysLogged
  into.aware += b.aware
  into.members += b.members
  into.points += b.points
  into.rounds += b.rounds
  into.correct += b.correct
  into.answered += b.answered
  return into
}

/** The sum of many tallies, field by field. */
export function sumTallies(tallies: Iterable<Tally>): Tally {
  const sum = emptyTally()
  for (const tally of tallies) addInto(sum, tally)
  return sum
}

/**
 * The waste part of a tally from a set of log days: bags sorted and mixed, and their weights as
 * `log.ts` weighs them (rounded to 100 g per category), with the number of days.
 */
export function tallyLogDays(days: readonly LogDay[]): Pick<Tally, 'categories' | 'daysLogged'> {
  const { categories } = emptyTally()
  const kg = Object.fromEntries(CATEGORIES.map(c => [c, { sorted: 0, total: 0 }])) as Record<Category, { sorted: number, total: number }>
  for (const day of days) {
    for (const c of CATEGORIES) {
      const entry = day.entries[c]
      if (!entry || entry.bags === 0) continue
      categories[c].sortedBags += entry.sortedBags
      categories[c].mixedBags += entry.bags - entry.sortedBags
      const w = categoryWeights(c, entry)
      kg[c].sorted += w.sorted
      kg[c].total += w.total
    }
  }
  for (const c of CATEGORIES) {
    const total = Math.round(kg[c].total * 10)
    categories[c].sortedKgTenths = Math.min(total, Math.round(kg[c].sorted * 10))
    categories[c].mixedKgTenths = total - categories[c].sortedKgTenths
  }
  return { categories, daysLogged: days.length }
}

/** Collection rate (分类收集率): sorted weight over all weight. */
export function collectionOf(tally: Tally): Ratio {
  let sorted = 0
  let total = 0
  for (const c of CATEGORIES) {
    sorted += tally.categories[c].sortedKgTenths
    total += tally.categories[c].sortedKgTenths + tally.categories[c].mixedKgTenths
  }
  return ratio(sorted, total)
}

/** Awareness rate (知晓率): aware members over members. */
export function awarenessOf(tally: Tally): Ratio {
  return ratio(tally.aware, tally.members)
}

/** Learning accuracy: right answers over answers. */
export function accuracyOf(tally: Tally): Ratio {
  return ratio(tally.correct, tally.answered)
}

/** Points per member: what makes a family of two and a family of six comparable. */
export function pointsPerMember(tally: Tally): Ratio {
  return ratio(tally.points, tally.members)
}
