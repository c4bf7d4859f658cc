/**
 * Primitives shared by the 1D readers, ported from ZXing's OneDReader and BitArray. A row is a
 * Uint8Array of 0 (white) and 1 (black), `size` pixels long.
 */

export function nextSet(row: Uint8Array, size: number, from: number): number {
  let i = from
  while (i < size && row[i] === 0) i++
  return i
}

export function nextUnset(row: Uint8Array, size: number, from: number): number {
  let i = from
  while (i < size && row[i] === 1) i++
  return i
}

/** True when every pixel in [start, end) is white: a quiet zone. */
export function isWhite(row: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (row[i] === 1) return false
  return true
}

/**
 * How far the measured widths are from `pattern`, as a fraction of the total width; Infinity when
 * any single element is off by more than `maxIndividualVariance` units.
 */
export function patternMatchVariance(counters: Int32Array, pattern: readonly number[], maxIndividualVariance: number): number {
  let total = 0
  let patternLength = 0
  for (let i = 0; i < counters.length; i++) {
    total += counters[i]
    patternLength += pattern[i]!
  }
  if (total < patternLength) return Infinity
  const unitBarWidth = total / patternLength
  const maxVariance = maxIndividualVariance * unitBarWidth
  let totalVariance = 0
  for (let i = 0; i < counters.length; i++) {
    const variance = Math.abs(counters[i] - pattern[i]! * unitBarWidth)
    if (variance > maxVariance) return Infinity
    totalVariance += variance
  }
  return totalVariance / total
}

/** Widths of the `counters.length` runs starting at `start`; false when the row ends too soon. */
export function recordPattern(row: Uint8Array, size: number, start: number, counters: Int32Array): boolean {
  counters.fill(0)
  if (start >= size) return false
  const n = counters.length
  let white = row[start] === 0
  let position = 0
  let i = start
  for (; i < size; i++) {
    if ((row[i] === 0) === white) {
      counters[position]++
    }
    else {
      if (++position === n) break
      counters[position] = 1
      white = !white
    }
  }
  return position === n || (position === n - 1 && i === size)
}
