/**
 * Text as a backup carries it: what the app's own forms accept, bounded so that a hostile file
 * cannot hand the pages megabytes of one name. Counting is by grapheme (一个汉字, one emoji with
 * its modifiers = 1), as the forms count; a cap on UTF-16 code units stops a "character" made of
 * thousands of combining marks.
 */
import * as v from 'valibot'

/** UTF-16 code units one character may take at most (the longest emoji sequences take 15). */
export const UNITS_PER_CHARACTER = 16

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' })
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Characters as people count them: one per grapheme. */
export function graphemeCount(text: string): number {
  let count = 0
  for (const _ of segmenter.segment(text)) count++
  return count
}

/** Whether `text` is well-formed UTF-16 (MessagePack carries nothing else faithfully). */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text)
}

/** `text` with every lone surrogate replaced by U+FFFD, as any UTF-8 encoder would write it. */
export function wellFormed(text: string): string {
  return isWellFormed(text) ? text : text.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD')
}

/**
 * A name typed in one of the app's forms: not blank, at most `max` characters (graphemes) and
 * `max × UNITS_PER_CHARACTER` code units.
 */
export function nameSchema(max: number) {
  return v.pipe(
    v.string(),
    v.maxLength(max * UNITS_PER_CHARACTER),
    v.check(isWellFormed, 'lone surrogate'),
    v.check(text => text.trim().length > 0, 'blank'),
    v.check(text => graphemeCount(text) <= max, 'too long'),
  )
}

/** Free text of at most `max` code units (a search query, an id the app composed). */
export function plainSchema(max: number, min = 0) {
  return v.pipe(v.string(), v.minLength(min), v.maxLength(max), v.check(isWellFormed, 'lone surrogate'))
}

/** An identifier: a UUID, or a key the app composed from a few of them. */
export const idSchema = plainSchema(200, 1)

/** An instant, UTC milliseconds: a whole number from 0 (the built-in records) up to year 2200. */
export const instantSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Date.UTC(2200, 0, 1)))

/** A whole number from `min` to `max`. */
export function wholeSchema(min: number, max: number) {
  return v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max))
}

/** A count no device could honestly exceed. */
export const countSchema = wholeSchema(0, 1_000_000_000)
