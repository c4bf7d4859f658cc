/**
 * `npm run kb -- decode DIR... [--json]`: runs exactly the app's decoder core over black-box
 * folders laid out as ZXing's (`N.png` beside `N.txt` holding the exact expected text), such as
 * tests/fixtures/barcodes/*.
 *
 * Prints per folder: images, correct, misreads (a decoded text different from the .txt), and the
 * median and p95 milliseconds per image of the decode call alone — reading and inflating the PNG
 * is not timed, as a camera frame arrives as pixels. With --json, one object per image instead:
 * {"file","expected","got","ms"}, got null when nothing was read.
 */
import type { DecodeOptions } from '../scan/decoder-core'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { PNG } from 'pngjs'
import { decode } from '../scan/decoder-core'

export interface ImageResult {
  file: string
  expected: string
  got: string | null
  ms: number
}

export interface FolderResult {
  /** The folder's name, e.g. ean13-1. */
  folder: string
  dir: string
  images: number
  correct: number
  misreads: number
  medianMs: number
  p95Ms: number
  results: ImageResult[]
}

export interface DecodeFoldersOptions {
  /** Passed to the decoder as is. */
  decoder?: DecodeOptions
  /**
   * Untimed decodes before timing starts (default 3 each of the first image and of a noise frame
   * of its size, which walks every pass and fails), so the numbers are those of a decoder that
   * has seen a few camera frames, not of the JIT compiling it.
   */
  warmup?: number
  /** Called after each image, in order (the CLI streams --json lines with it). */
  onImage?: (result: ImageResult) => void
}

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const round = (ms: number) => Math.round(ms * 1000) / 1000

/** PNG → RGBA pixels, the same shape a canvas's ImageData has. */
export function readPng(file: string) {
  const png = PNG.sync.read(readFileSync(file))
  return { data: png.data, width: png.width, height: png.height, format: 'rgba' as const }
}

/** The images of a black-box folder in numeric order (1, 2, …, 10 rather than 1, 10, 2). */
export function listImages(dir: string): string[] {
  return readdirSync(dir)
    .filter(name => name.toLowerCase().endsWith('.png'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

/**
 * The expected text of `image`: its .txt, exactly (UTF-8, as ZXing's test reads it), except for
 * one final line break an editor may have added.
 */
export function expectedText(image: string): string {
  return readFileSync(image.replace(/\.png$/i, '.txt'), 'utf8').replace(/\r?\n$/, '')
}

/** ZXing's own bar for one black-box folder at 0°, from its test case's addTest line. */
export interface ZxingCounts {
  /** Images ZXing's test requires to decode without TRY_HARDER. */
  mustPass: number
  /** Images it requires with TRY_HARDER. */
  tryHarder: number
}

/**
 * ZXing's counts per folder from the SOURCE.txt beside the black-box folders, whose table rows
 * read `ean13-1  34  EAN_13  EAN13BlackBox1TestCase  (30, 32, 0deg); (27, 32, 180deg)`: the
 * first two numbers of the 0° addTest are the must-pass and TRY_HARDER counts.
 */
export function readZxingCounts(root: string): Record<string, ZxingCounts> {
  const counts: Record<string, ZxingCounts> = {}
  for (const line of readFileSync(join(root, 'SOURCE.txt'), 'utf8').split(/\r?\n/)) {
    const match = /^(\S+)\s+\d+\s+\S+\s+\S+\s+\((\d+),\s*(\d+),[^)]*\b0deg\)/.exec(line)
    if (match) counts[match[1]!] = { mustPass: Number(match[2]), tryHarder: Number(match[3]) }
  }
  return counts
}

/** A deterministic grey-noise frame: contrast in every row, and no barcode. */
function noiseFrame(width: number, height: number) {
  const data = new Uint8Array(width * height)
  let seed = 0x9E3779B9
  for (let i = 0; i < data.length; i++) {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    data[i] = seed & 0xFF
  }
  return { data, width, height, format: 'luminance' as const }
}

/**
 * The folders to decode for command-line arguments: a folder of images as given, a folder of
 * such folders (tests/fixtures/barcodes) as its subfolders; files such as SOURCE.txt, which a
 * shell glob brings along, are skipped. Throws for a path that does not exist.
 */
export function imageFolders(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (!existsSync(arg)) throw new Error(`no such folder: ${arg}`)
    if (!statSync(arg).isDirectory()) return []
    if (listImages(arg).length > 0) return [arg]
    return readdirSync(arg, { withFileTypes: true })
      .filter(entry => entry.isDirectory() && listImages(join(arg, entry.name)).length > 0)
      .map(entry => join(arg, entry.name))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  })
}

/** Decodes every image of every folder with the app's decoder core and scores it. */
export function decodeFolders(dirs: readonly string[], options: DecodeFoldersOptions = {}): FolderResult[] {
  let warmup = options.warmup ?? 3
  return dirs.map((dir) => {
    const results: ImageResult[] = []
    for (const name of listImages(dir)) {
      const file = join(dir, name)
      const expected = expectedText(file)
      const image = readPng(file)
      for (; warmup > 0; warmup--) {
        decode(image, options.decoder)
        decode(noiseFrame(image.width, image.height), options.decoder)
      }
      const start = performance.now()
      const read = decode(image, options.decoder)
      const ms = performance.now() - start
      const result = { file, expected, got: read?.text ?? null, ms: round(ms) }
      results.push(result)
      options.onImage?.(result)
    }
    const times = results.map(r => r.ms).sort((a, b) => a - b)
    const correct = results.filter(r => r.got === r.expected).length
    return {
      folder: basename(dir),
      dir,
      images: results.length,
      correct,
      misreads: results.filter(r => r.got !== null && r.got !== r.expected).length,
      medianMs: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      results,
    }
  })
}

/** The per-folder table the command prints, with a total line when there are several folders. */
export function formatTable(folders: readonly FolderResult[]): string {
  const rows = folders.map(f => [f.folder, f.images, f.correct, f.misreads, f.medianMs, f.p95Ms])
  if (folders.length > 1) {
    const times = folders.flatMap(f => f.results.map(r => r.ms)).sort((a, b) => a - b)
    const sum = (key: 'images' | 'correct' | 'misreads') => folders.reduce((total, f) => total + f[key], 0)
    rows.push(['all', sum('images'), sum('correct'), sum('misreads'), round(percentile(times, 50)), round(percentile(times, 95))])
  }
  const header = ['folder', 'images', 'correct', 'misreads', 'median_ms', 'p95_ms']
  const cells = [header, ...rows.map(row => row.map(String))]
  const widths = header.map((_, column) => Math.max(...cells.map(row => row[column]!.length)))
  return cells.map(row => row.map((cell, column) => column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)).join('  ')).join('\n')
}

/**
 * The `decode` command. Returns the process exit code: 0, or 2 for a usage error. A folder that
 * reads badly is a result to print, not a failure.
 */
export function runDecodeCommand(args: readonly string[]): number {
  const json = args.includes('--json')
  const unknown = args.find(arg => arg.startsWith('-') && arg !== '--json')
  let dirs: string[] = []
  let problem = unknown ? `unknown option: ${unknown}` : undefined
  try {
    dirs = imageFolders(args.filter(arg => !arg.startsWith('-')))
  }
  catch (error) {
    problem ??= (error as Error).message
  }
  problem ??= dirs.length === 0 ? 'decode needs a DIR with N.png and N.txt files' : undefined
  if (problem) {
    console.error(problem)
    console.error('usage: npm run kb -- decode DIR... [--json]')
    return 2
  }
  const folders = decodeFolders(dirs, json ? { onImage: result => process.stdout.write(`${JSON.stringify(result)}\n`) } : {})
  if (!json) process.stdout.write(`${formatTable(folders)}\n`)
  return 0
}
