/**
 * One image row to black and white, for 1D barcodes: a port of ZXing's
 * GlobalHistogramBinarizer.getBlackRow. The threshold comes from the row's own histogram (the
 * valley between its dark and light peaks), so uneven lighting across the frame matters less than
 * with one threshold for the whole image, and a -1 4 -1 sharpening filter keeps thin bars apart.
 */

const LUMINANCE_BITS = 5
const LUMINANCE_SHIFT = 8 - LUMINANCE_BITS
const BUCKETS = 1 << LUMINANCE_BITS

/**
 * The black point of a row from its 32-bucket histogram, or -1 when the row has too little
 * contrast to hold a barcode (ZXing gives up there too rather than risk a false read).
 */
function estimateBlackPoint(buckets: Uint32Array): number {
  let maxBucketCount = 0
  let firstPeak = 0
  let firstPeakSize = 0
  for (let x = 0; x < BUCKETS; x++) {
    if (buckets[x] > firstPeakSize) {
      firstPeak = x
      firstPeakSize = buckets[x]
    }
    if (buckets[x] > maxBucketCount) maxBucketCount = buckets[x]
  }
  // The second peak is the tallest once weighted by the square of its distance from the first.
  let secondPeak = 0
  let secondPeakScore = 0
  for (let x = 0; x < BUCKETS; x++) {
    const distance = x - firstPeak
    const score = buckets[x] * distance * distance
    if (score > secondPeakScore) {
      secondPeak = x
      secondPeakScore = score
    }
  }
  if (firstPeak > secondPeak) [firstPeak, secondPeak] = [secondPeak, firstPeak]
  if (secondPeak - firstPeak <= BUCKETS / 16) return -1
  // A low valley between the peaks, closer to the white one.
  let bestValley = secondPeak - 1
  let bestValleyScore = -1
  for (let x = secondPeak - 1; x > firstPeak; x--) {
    const fromFirst = x - firstPeak
    const score = fromFirst * fromFirst * (secondPeak - x) * (maxBucketCount - buckets[x])
    if (score > bestValleyScore) {
      bestValley = x
      bestValleyScore = score
    }
  }
  return bestValley << LUMINANCE_SHIFT
}

/**
 * Binarizes `luminance` (one row, `width` pixels) into `out`: 1 for black, 0 for white. Returns
 * false when the row has too little contrast to be worth decoding.
 */
export function binarizeRow(luminance: Uint8Array, width: number, out: Uint8Array, buckets = new Uint32Array(BUCKETS)): boolean {
  buckets.fill(0)
  for (let x = 0; x < width; x++) buckets[luminance[x] >> LUMINANCE_SHIFT]++
  const blackPoint = estimateBlackPoint(buckets)
  if (blackPoint < 0) return false
  out.fill(0, 0, width)
  if (width < 3) {
    for (let x = 0; x < width; x++) out[x] = luminance[x] < blackPoint ? 1 : 0
    return true
  }
  let left = luminance[0]
  let center = luminance[1]
  for (let x = 1; x < width - 1; x++) {
    const right = luminance[x + 1]
    // Math.trunc: ZXing's integer division rounds toward zero, and the threshold is that exact.
    out[x] = Math.trunc((center * 4 - left - right) / 2) < blackPoint ? 1 : 0
    left = center
    center = right
  }
  return true
}
