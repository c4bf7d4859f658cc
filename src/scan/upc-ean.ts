/**
 * EAN-13, EAN-8, UPC-A and UPC-E from one binarized row.
 *
 * A port of ZXing's UPCEANReader family (Java, Apache-2.0) rather than a use of @zxing/library's:
 * its UPC-E reader is broken in 0.23 (decodeMiddle returns the wrong shape, the check-digit
 * patterns are mistyped and UPC-E never decodes), and its EAN-8/UPC-A readers are not exported.
 * The matching rules (bar-width variances, guard patterns, quiet zones, which start guard to try)
 * are ZXing's, with one stricter rule for the middle and end guards (see findGuardPattern); the
 * row loop and the decision which read to trust live in decoder-core.ts.
 *
 * A row is a Uint8Array of 0 (white) and 1 (black), `size` pixels long. Functions return null
 * instead of throwing: most rows of most frames hold no barcode, and exceptions are slow.
 */
import { isValidGtin, isValidUpcE } from '../domain/gtin'
import { isWhite, nextSet, nextUnset, patternMatchVariance, recordPattern } from './oned'

export type UpcEanFormat = 'ean_13' | 'ean_8' | 'upc_a' | 'upc_e'

export interface UpcEanRead {
  text: string
  format: UpcEanFormat
}

const MAX_AVG_VARIANCE = 0.48
const MAX_INDIVIDUAL_VARIANCE = 0.7

const START_END_PATTERN = [1, 1, 1]
const MIDDLE_PATTERN = [1, 1, 1, 1, 1]
const UPCE_END_PATTERN = [1, 1, 1, 1, 1, 1]

/** Bar/space widths of digits 0–9 in the L (odd parity) code set. */
const L_PATTERNS = [
  [3, 2, 1, 1],
  [2, 2, 2, 1],
  [2, 1, 2, 2],
  [1, 4, 1, 1],
  [1, 1, 3, 2],
  [1, 2, 3, 1],
  [1, 1, 1, 4],
  [1, 3, 1, 2],
  [1, 2, 1, 3],
  [3, 1, 1, 2],
]
/** L patterns, then G (even parity) patterns at index 10–19: the L patterns reversed. */
const L_AND_G_PATTERNS = [...L_PATTERNS, ...L_PATTERNS.map(p => [...p].reverse())]

/** EAN-13's first digit, encoded as the L/G parities of the next six (bit set = G). */
const EAN13_FIRST_DIGIT_ENCODINGS = [0x00, 0x0B, 0x0D, 0x0E, 0x13, 0x19, 0x1C, 0x15, 0x16, 0x1A]
/** UPC-E's number system (row) and check digit (column), encoded as the parities of its six digits. */
const UPCE_NUMSYS_AND_CHECK_DIGIT_PATTERNS = [
  [0x38, 0x34, 0x32, 0x31, 0x2C, 0x26, 0x23, 0x2A, 0x29, 0x25],
  [0x07, 0x0B, 0x0D, 0x0E, 0x13, 0x19, 0x1C, 0x15, 0x16, 0x1A],
]

/**
 * Finds `pattern` at or after `offset`; returns [start, end) of it or null. With `anchored`, the
 * pattern must start at `offset` itself: ZXing slides forward past any bars that do not match,
 * which lets a blurred UPC-A pass as an EAN-8 (four digits, "middle guard" found two digits
 * later, four more digits). Middle and end guards always follow the digits directly, so the
 * decoder anchors them; only the start guard is searched for.
 */
function findGuardPattern(row: Uint8Array, size: number, offset: number, whiteFirst: boolean, pattern: readonly number[], anchored = false): [number, number] | null {
  const counters = new Int32Array(pattern.length)
  const from = whiteFirst ? nextUnset(row, size, offset) : nextSet(row, size, offset)
  const last = pattern.length - 1
  let position = 0
  let patternStart = from
  let white = whiteFirst
  for (let x = from; x < size; x++) {
    if ((row[x] === 0) === white) {
      counters[position]++
    }
    else {
      if (position === last) {
        if (patternMatchVariance(counters, pattern, MAX_INDIVIDUAL_VARIANCE) < MAX_AVG_VARIANCE) return [patternStart, x]
        if (anchored) return null
        patternStart += counters[0] + counters[1]
        counters.copyWithin(0, 2, position + 1)
        counters[position - 1] = 0
        counters[position] = 0
        position--
      }
      else {
        position++
      }
      counters[position] = 1
      white = !white
    }
  }
  return null
}

/** The best-matching digit pattern index at `offset` (widths left in `counters`), or -1. */
function decodeDigit(row: Uint8Array, size: number, counters: Int32Array, offset: number, patterns: readonly (readonly number[])[]): number {
  if (!recordPattern(row, size, offset, counters)) return -1
  let bestVariance = MAX_AVG_VARIANCE
  let bestMatch = -1
  for (let i = 0; i < patterns.length; i++) {
    const variance = patternMatchVariance(counters, patterns[i]!, MAX_INDIVIDUAL_VARIANCE)
    if (variance < bestVariance) {
      bestVariance = variance
      bestMatch = i
    }
  }
  return bestMatch
}

function sum(counters: Int32Array): number {
  let total = 0
  for (let i = 0; i < counters.length; i++) total += counters[i]
  return total
}

/**
 * The first start guard (bar-space-bar) preceded by a quiet zone at least as wide as itself,
 * searching from `from`.
 */
export function findStartGuard(row: Uint8Array, size: number, from = 0): [number, number] | null {
  let next = from
  for (;;) {
    const range = findGuardPattern(row, size, next, false, START_END_PATTERN)
    if (!range) return null
    const [start, end] = range
    next = end
    const quietStart = start - (end - start)
    if (quietStart >= 0 && isWhite(row, quietStart, start)) return range
  }
}

interface Middle {
  digits: string
  end: number
}

function decodeEan13Middle(row: Uint8Array, size: number, startEnd: number): Middle | null {
  const counters = new Int32Array(4)
  let offset = startEnd
  let digits = ''
  let parities = 0
  for (let x = 0; x < 6; x++) {
    const match = decodeDigit(row, size, counters, offset, L_AND_G_PATTERNS)
    if (match < 0) return null
    digits += match % 10
    offset += sum(counters)
    if (match >= 10) parities |= 1 << (5 - x)
  }
  const first = EAN13_FIRST_DIGIT_ENCODINGS.indexOf(parities)
  if (first < 0) return null
  const middle = findGuardPattern(row, size, offset, true, MIDDLE_PATTERN, true)
  if (!middle) return null
  offset = middle[1]
  for (let x = 0; x < 6; x++) {
    const match = decodeDigit(row, size, counters, offset, L_PATTERNS)
    if (match < 0) return null
    digits += match
    offset += sum(counters)
  }
  return { digits: `${first}${digits}`, end: offset }
}

function decodeEan8Middle(row: Uint8Array, size: number, startEnd: number): Middle | null {
  const counters = new Int32Array(4)
  let offset = startEnd
  let digits = ''
  for (let half = 0; half < 2; half++) {
    if (half === 1) {
      const middle = findGuardPattern(row, size, offset, true, MIDDLE_PATTERN, true)
      if (!middle) return null
      offset = middle[1]
    }
    for (let x = 0; x < 4; x++) {
      const match = decodeDigit(row, size, counters, offset, L_PATTERNS)
      if (match < 0) return null
      digits += match
      offset += sum(counters)
    }
  }
  return { digits, end: offset }
}

function decodeUpcEMiddle(row: Uint8Array, size: number, startEnd: number): Middle | null {
  const counters = new Int32Array(4)
  let offset = startEnd
  let digits = ''
  let parities = 0
  for (let x = 0; x < 6; x++) {
    const match = decodeDigit(row, size, counters, offset, L_AND_G_PATTERNS)
    if (match < 0) return null
    digits += match % 10
    offset += sum(counters)
    if (match >= 10) parities |= 1 << (5 - x)
  }
  for (let numberSystem = 0; numberSystem <= 1; numberSystem++) {
    const check = UPCE_NUMSYS_AND_CHECK_DIGIT_PATTERNS[numberSystem]!.indexOf(parities)
    if (check >= 0) return { digits: `${numberSystem}${digits}${check}`, end: offset }
  }
  return null
}

/**
 * Decodes one symbol of `format` whose start guard is `startGuard`; checks the end guard, the
 * quiet zone after it and the check digit, as ZXing does.
 */
function decodeSymbol(row: Uint8Array, size: number, startGuard: [number, number], format: 'ean_13' | 'ean_8' | 'upc_e'): UpcEanRead | null {
  const middle = format === 'ean_13'
    ? decodeEan13Middle(row, size, startGuard[1])
    : format === 'ean_8' ? decodeEan8Middle(row, size, startGuard[1]) : decodeUpcEMiddle(row, size, startGuard[1])
  if (!middle) return null
  const endGuard = format === 'upc_e'
    ? findGuardPattern(row, size, middle.end, true, UPCE_END_PATTERN, true)
    : findGuardPattern(row, size, middle.end, false, START_END_PATTERN, true)
  if (!endGuard) return null
  const end = endGuard[1]
  const quietEnd = end + (end - endGuard[0])
  if (quietEnd >= size || !isWhite(row, end, quietEnd)) return null
  const valid = format === 'upc_e' ? isValidUpcE(middle.digits) : isValidGtin(middle.digits)
  if (!valid) return null
  return { text: middle.digits, format }
}

/**
 * Reads an EAN/UPC symbol from a binarized row, trying EAN-13 (which also yields UPC-A: an
 * EAN-13 starting with 0), then EAN-8, then UPC-E from the first start guard with a quiet zone,
 * like ZXing's MultiFormatUPCEANReader. Only the formats in `formats` are tried or returned.
 */
export function decodeUpcEanRow(row: Uint8Array, size: number, formats: ReadonlySet<string>): UpcEanRead | null {
  const startGuard = findStartGuard(row, size)
  if (!startGuard) return null
  if (formats.has('ean_13') || formats.has('upc_a')) {
    const read = decodeSymbol(row, size, startGuard, 'ean_13')
    if (read) {
      if (read.text[0] === '0' && formats.has('upc_a')) return { ...read, text: read.text.slice(1), format: 'upc_a' }
      if (formats.has('ean_13')) return read
    }
  }
  if (formats.has('ean_8')) {
    const read = decodeSymbol(row, size, startGuard, 'ean_8')
    if (read) return read
  }
  if (formats.has('upc_e')) {
    const read = decodeSymbol(row, size, startGuard, 'upc_e')
    if (read) return read
  }
  return null
}
