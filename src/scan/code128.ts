/**
 * Code 128 from one binarized row. The decoding itself is @zxing/library's Code128Reader (its
 * port is sound: it reads all of ZXing's Code 128 test images). In front of it sits a cheap test
 * on run lengths of what that reader needs to succeed (mayHoldCode128): most rows hold no
 * Code 128, and letting ZXing find that out costs a pixel-by-pixel search and a thrown exception
 * per row, which made Code 128 four times as expensive as all the EAN/UPC formats together, and
 * on textured frames (carpet, foliage, printed text) passed its start-pattern search on many rows.
 * The test only skips rows ZXing cannot read, so it changes the time and not the result.
 */
import type { ZXingBitArray, ZXingCode128Reader } from './zxing'
import { patternMatchVariance } from './oned'
import { BitArray, Code128Reader } from './zxing'

/** ZXing's Code128Reader limits for matching a symbol's widths. */
const MAX_AVG_VARIANCE = 0.25
const MAX_INDIVIDUAL_VARIANCE = 0.7
const COUNTERS = new Int32Array(6)
/** Bar/space widths of STOP without its final bar, as ZXing decodes it. */
const STOP_PATTERN = [2, 3, 3, 1, 1, 1]
/** Bar/space widths of START A, START B and START C. */
const START_PATTERNS = [
  [2, 1, 1, 4, 1, 2],
  [2, 1, 1, 2, 1, 4],
  [2, 1, 1, 2, 3, 2],
]

/**
 * Writes the lengths of the alternating runs of `row` (from pixel 0, white or black) into `runs`
 * (at least `size` long) and returns how many there are.
 */
function runLengths(row: Uint8Array, size: number, runs: Int32Array): number {
  let count = 0
  let length = 0
  for (let x = 0; x < size; x++) {
    if (x > 0 && row[x] !== row[x - 1]) {
      runs[count++] = length
      length = 0
    }
    length++
  }
  if (size > 0) runs[count++] = length
  return count
}

function matchesStart(counters: Int32Array): boolean {
  for (const pattern of START_PATTERNS) {
    if (patternMatchVariance(counters, pattern, MAX_INDIVIDUAL_VARIANCE) < MAX_AVG_VARIANCE) return true
  }
  return false
}

/**
 * False when ZXing's Code128Reader cannot read this row, judged on run lengths (this runs on
 * every row of every frame). ZXing decodes from the first start pattern (START A, B or C, with
 * white before it of at least half its width; found in windows of six runs starting at a bar, as
 * in its findStartPattern) and needs a STOP symbol somewhere after it. So: that start pattern,
 * then a six-run window after it that matches STOP within ZXing's limits. Both are necessary for
 * a read, so skipping rows without them changes the time and not the result.
 */
export function mayHoldCode128(row: Uint8Array, size: number, runs: Int32Array = new Int32Array(size)): boolean {
  const count = runLengths(row, size, runs)
  const counters = COUNTERS
  let run = row[0] === 1 ? 0 : 1
  let start = row[0] === 1 ? 0 : runs[0]!
  let found = -1
  // A window is only judged when a run follows it, as in ZXing's loop.
  for (; run + 6 < count; start += runs[run]! + runs[run + 1]!, run += 2) {
    let width = 0
    for (let k = 0; k < 6; k++) width += counters[k] = runs[run + k]!
    // White over [max(0, start - trunc(width / 2)), start): the run before covers it.
    const whiteBefore = run > 0 ? runs[run - 1]! : 0
    if (Math.max(0, start - Math.trunc(width / 2)) < start - whiteBefore) continue
    if (matchesStart(counters)) {
      found = run + 6
      break
    }
  }
  if (found < 0) return false
  for (run = found; run + 6 <= count; run += 2) {
    for (let k = 0; k < 6; k++) counters[k] = runs[run + k]!
    if (patternMatchVariance(counters, STOP_PATTERN, MAX_INDIVIDUAL_VARIANCE) < MAX_AVG_VARIANCE) return true
  }
  return false
}

/** Reuses one ZXing reader and row buffer per row width. */
export class Code128RowReader {
  private readonly reader: ZXingCode128Reader = new Code128Reader()
  private readonly zxingRow: ZXingBitArray
  private readonly hints = new Map()
  private readonly runs: Int32Array

  constructor(private readonly size: number) {
    this.zxingRow = new BitArray(size)
    this.runs = new Int32Array(size)
  }

  /** The Code 128 text in the row, or null. `y` only labels ZXing's result points. */
  decode(row: Uint8Array, y: number): string | null {
    if (!mayHoldCode128(row, this.size, this.runs)) return null
    const zxingRow = this.zxingRow
    zxingRow.clear()
    for (let i = 0; i < this.size; i++) if (row[i]) zxingRow.set(i)
    try {
      return this.reader.decodeRow(y, zxingRow, this.hints).getText()
    }
    catch {
      // ZXing reports "not a Code 128 after all" (bad checksum, no stop pattern) by throwing.
      return null
    }
  }
}
