/**
 * The barcode decoder core over ZXing's black-box images (tests/fixtures/barcodes): per folder
 * how many it reads correctly and how many it misreads, beside ZXing's own required counts at 0°
 * from SOURCE.txt, and the decode time per image over all of them.
 *
 * Timing is the decode call alone on RGBA pixels (PNG inflating is not timed: a camera frame
 * arrives as pixels), after a short warm-up (see decodeFolders), one image at a time, as a worker
 * decoding camera frames runs it. Methodology and the engines compared: BENCHMARKS.md.
 */
import path from 'node:path'
import { BARCODE_FIXTURES } from '../fixtures/paths'
import { decodeFolders, percentile, readZxingCounts } from '../../src/cli/decode'

export interface DecodeBenchFolder {
  folder: string
  images: number
  /** Images whose decoded text equals the .txt. */
  correct: number
  /** Images decoded to a text other than the .txt (not counting images left unread). */
  misreads: number
  /** ZXing's must-pass count without TRY_HARDER at 0° (the bar to meet or beat). */
  mustPass: number
  /** ZXing's required count with TRY_HARDER at 0°, for comparison. */
  zxingTryHarder: number
}

export interface DecodeBench {
  /** Median and p95 decode time per image over every image of every folder, ms. */
  medianMs: number
  p95Ms: number
  perFolder: DecodeBenchFolder[]
}

const round = (ms: number) => Math.round(ms * 1000) / 1000

/** Decodes every black-box folder under `root` (default: the copies in tests/fixtures/barcodes). */
export function runDecodeBench(root = BARCODE_FIXTURES): DecodeBench {
  const counts = readZxingCounts(root)
  const folders = decodeFolders(Object.keys(counts).map(folder => path.join(root, folder)))
  const times = folders.flatMap(f => f.results.map(r => r.ms)).sort((a, b) => a - b)
  return {
    medianMs: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    perFolder: folders.map(f => ({
      folder: f.folder,
      images: f.images,
      correct: f.correct,
      misreads: f.misreads,
      mustPass: counts[f.folder]!.mustPass,
      zxingTryHarder: counts[f.folder]!.tryHarder,
    })),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(runDecodeBench(), null, 2))
