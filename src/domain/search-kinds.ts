/**
 * The kinds of match the search knows and how sure each is, on their own: the pages that rank
 * or label results import these without pulling the search itself, which loads with the
 * dictionary.
 */

/**
 * How a hit matched, best first:
 * - `exact`, `alias`: the query is a name or an alias;
 * - `contained`: the query ends with the name (the head noun), perhaps after modifiers that
 *   changed the item (空的药瓶 → an empty pill bottle);
 * - `homophone`: the query sounds exactly like a name (电尺 → 电池), searched only when nothing
 *   sure was found;
 * - `guess`: the thing was judged from its form, material or modifiers;
 * - `tail`: the name ends with the query (纽扣电池 for 电池);
 * - `prefix`: the name starts with the query (typing);
 * - `containing`: the name contains the query elsewhere;
 * - `mention`: the name appears inside the query but is not its head (酸奶 in 酸奶瓶);
 * - `fuzzy`: a typo.
 */
export const MATCH_KINDS = ['exact', 'alias', 'contained', 'homophone', 'guess', 'tail', 'prefix', 'containing', 'mention', 'fuzzy'] as const
export type MatchKind = (typeof MATCH_KINDS)[number]

/** How far an answer can be trusted; the UI shows the three differently. */
export type Certainty = 'sure' | 'guess' | 'suggestion'

/** The certainty of each kind of match. */
export const CERTAINTY: Readonly<Record<MatchKind, Certainty>> = {
  exact: 'sure',
  alias: 'sure',
  contained: 'sure',
  guess: 'guess',
  homophone: 'suggestion',
  tail: 'suggestion',
  prefix: 'suggestion',
  containing: 'suggestion',
  mention: 'suggestion',
  fuzzy: 'suggestion',
}

