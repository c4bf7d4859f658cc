/**
 * The decoder core: a pure function of plain pixel data, so the page, a Web Worker and Node
 * (tests, `npm run kb -- decode`, benchmarks) run exactly the same code. No Vue, no Dexie, no DOM.
 *
 * Why not just @zxing/library's MultiFormatReader: on ZXing's own black-box images
 * (BENCHMARKS.md, "Barcode decoder core") it never reads UPC-E (its port is broken), it misreads an UPC-A
 * as an EAN-8, and TRY_HARDER buys 25 more reads at the price of 6 misreads and a p95 of 56 ms.
 * A misread sends the user to the wrong bin, so this core would rather say nothing than something
 * wrong, and still reads as many images as ZXing with TRY_HARDER, at a ninth of its p95 time:
 *
 * 1. EAN/UPC come from our port of ZXing's readers (upc-ean.ts) with one stricter rule: middle
 *    and end guards must sit exactly where the digits end. ZXing slides forward to find them,
 *    which is how it reads half of a blurred UPC-A as an EAN-8.
 * 2. Quick pass: ZXing's 15 rows around the middle, each in both directions, but all of them,
 *    and the rows vote. A text contradicted by another read in at least half as many rows is
 *    not trusted; EAN-8 and UPC-E give way to any EAN-13/UPC-A in the frame, as they can be read
 *    out of a fragment of one. (Japanese books carry two real EAN-13s, the ISBN and a price code;
 *    a frame showing both about equally is ambiguous, and null lets the user aim again.)
 * 3. Only when that finds nothing: QR (a whole-image search, on a reduced copy of large frames),
 *    then a dense pass over up to 240 rows and 240 columns (barcodes standing upright, as on
 *    cans) where a code must be read in at least two lines. Extra lines find codes that are
 *    sharp in only a strip of the image, and also the odd misread line, hence two lines.
 *
 * Code 128 and QR come from @zxing/library (their ports are sound); zxing.ts explains the import.
 */
import type { ZXingQRCodeReader } from './zxing'
import type { PixelImage } from './pixels'
import type { UpcEanFormat } from './upc-ean'
import { Code128RowReader } from './code128'
import { assertPixelImage, luminanceColumn, luminancePlane, luminanceRow } from './pixels'
import { binarizeRow } from './row-binarizer'
import { decodeUpcEanRow } from './upc-ean'
import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from './zxing'

export type { PixelImage } from './pixels'

/** Format names as the Web's BarcodeDetector API spells them, so native and ZXing reads compare. */
export type BarcodeFormatName = UpcEanFormat | 'code_128' | 'qr_code'

export const BARCODE_FORMATS: readonly BarcodeFormatName[] = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128', 'qr_code']

export interface DecodeResult {
  text: string
  format: BarcodeFormatName
}

export interface DecodeOptions {
  /** Formats to look for; all of BARCODE_FORMATS by default. Fewer formats, less time. */
  formats?: readonly BarcodeFormatName[]
  /**
   * Run the QR search and the dense pass when the quick pass finds nothing (default true). A
   * camera loop on a slow phone may skip it on most frames.
   */
  secondPass?: boolean
}

/** ZXing's quick scan without TRY_HARDER: 15 rows, height/32 apart, alternating about the middle. */
const QUICK_ROWS = 15
const QUICK_ROW_SHIFT = 5
/**
 * The dense pass reads at most this many evenly spaced rows, and as many columns: every line of
 * a 240-pixel image. Measured on the black-box images: 128 lines read 8 fewer, every line 3 more;
 * but every line of a 1920×1080 frame that holds no barcode costs 3.7 times as much (173 ms
 * against 47 ms of CPU here), and a camera sends many such frames.
 */
const DENSE_MAX_LINES = 240
/** QR searches a plane whose short side is reduced (by an integer factor) towards this size. */
const QR_TARGET_SHORT_SIDE = 540

/** What the lines read: text → format and the distinct lines (rows or columns) that read it. */
type Tally = Map<string, { format: BarcodeFormatName, lines: Set<number> }>

function addVote(tally: Tally, text: string, format: BarcodeFormatName, line: number): void {
  const vote = tally.get(text)
  if (vote) vote.lines.add(line)
  else tally.set(text, { format, lines: new Set([line]) })
}

function isShortCode(format: BarcodeFormatName): boolean {
  return format === 'ean_8' || format === 'upc_e'
}

/**
 * The text the lines agree on, or null: the winner must be read in at least `minLines` lines,
 * and a runner-up read in half as many or more makes the frame ambiguous.
 */
function decideTally(tally: Tally, minLines: number): DecodeResult | null {
  let candidates = [...tally].map(([text, vote]) => ({ text, format: vote.format, lines: vote.lines.size }))
  if (candidates.some(c => !isShortCode(c.format))) candidates = candidates.filter(c => !isShortCode(c.format))
  candidates.sort((a, b) => b.lines - a.lines)
  const [best, second] = candidates
  if (!best || best.lines < minLines) return null
  if (second && second.lines * 2 >= best.lines) return null
  return { text: best.text, format: best.format }
}

/**
 * Scratch buffers for one line length, reused across lines and calls: decoding is synchronous,
 * and a camera sends frames of one size, so a worker decoding frame after frame allocates nothing.
 */
class LineScanner {
  readonly luminance: Uint8Array
  private readonly bits: Uint8Array
  private readonly reversed: Uint8Array
  private readonly buckets = new Uint32Array(32)
  private readonly code128: Code128RowReader

  constructor(readonly length: number) {
    this.luminance = new Uint8Array(length)
    this.bits = new Uint8Array(length)
    this.reversed = new Uint8Array(length)
    this.code128 = new Code128RowReader(length)
  }

  /**
   * Reads the line now in `this.luminance` in both directions (a barcode may be upside down) and
   * adds what it finds to `tally` under `line`.
   */
  scan(line: number, formats: ReadonlySet<string>, tally: Tally): void {
    const { length, bits, reversed } = this
    if (!binarizeRow(this.luminance, length, bits, this.buckets)) return
    for (let i = 0; i < length; i++) reversed[i] = bits[length - 1 - i]
    for (const pixels of [bits, reversed]) {
      const read = decodeUpcEanRow(pixels, length, formats)
      if (read) addVote(tally, read.text, read.format, line)
      const text = formats.has('code_128') ? this.code128.decode(pixels, line) : null
      if (text !== null) addVote(tally, text, 'code_128', line)
    }
  }
}

/** The last two scanners used: one for rows and one for columns of the current frame size. */
const scanners: LineScanner[] = []
function scannerFor(length: number): LineScanner {
  let scanner = scanners.find(s => s.length === length)
  if (!scanner) {
    scanner = new LineScanner(length)
    scanners.unshift(scanner)
    scanners.length = Math.min(scanners.length, 2)
  }
  return scanner
}

function scanRows(image: PixelImage, rows: readonly number[], formats: ReadonlySet<string>, tally: Tally): void {
  const scanner = scannerFor(image.width)
  for (const y of rows) {
    luminanceRow(image, y, scanner.luminance)
    scanner.scan(y, formats, tally)
  }
}

/** Columns get line numbers after the rows', so a row and a column never count as one line. */
function scanColumns(image: PixelImage, columns: readonly number[], formats: ReadonlySet<string>, tally: Tally): void {
  const scanner = scannerFor(image.height)
  for (const x of columns) {
    luminanceColumn(image, x, scanner.luminance)
    scanner.scan(image.height + x, formats, tally)
  }
}

function quickRows(height: number): number[] {
  const step = Math.max(1, height >> QUICK_ROW_SHIFT)
  const middle = height >> 1
  const rows: number[] = []
  for (let i = 0; i < QUICK_ROWS; i++) {
    const distance = step * ((i + 1) >> 1)
    const y = (i & 1) === 0 ? middle + distance : middle - distance
    if (y < 0 || y >= height) break
    rows.push(y)
  }
  return rows
}

function denseLines(length: number): number[] {
  const step = Math.max(1, Math.ceil(length / DENSE_MAX_LINES))
  const lines: number[] = []
  for (let i = step >> 1; i < length; i += step) lines.push(i)
  return lines
}

let qrReader: ZXingQRCodeReader | undefined

function decodeQr(image: PixelImage): DecodeResult | null {
  const scale = Math.max(1, Math.floor(Math.min(image.width, image.height) / QR_TARGET_SHORT_SIDE))
  const plane = luminancePlane(image, scale)
  qrReader ??= new QRCodeReader()
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(plane.data, plane.width, plane.height)))
    return { text: qrReader.decode(bitmap).getText(), format: 'qr_code' }
  }
  catch {
    // ZXing throws when it finds no QR code; Reed–Solomon has already rejected damaged ones.
    return null
  }
}

/**
 * Decodes the barcode in `image`, or returns null when there is none or the read is not
 * trustworthy. EAN/UPC come back as their digits (UPC-A as 12, UPC-E as its 8 printed digits),
 * Code 128 and QR as their text.
 * @throws RangeError when `data` is smaller than `width`×`height` pixels of `format`.
 */
export function decode(image: PixelImage, options: DecodeOptions = {}): DecodeResult | null {
  assertPixelImage(image)
  const formats: ReadonlySet<string> = new Set(options.formats ?? BARCODE_FORMATS)
  const linear = [...formats].some(f => f !== 'qr_code')

  if (linear) {
    const tally: Tally = new Map()
    scanRows(image, quickRows(image.height), formats, tally)
    const read = decideTally(tally, 1)
    if (read) return read
  }
  if (options.secondPass === false) return null

  if (formats.has('qr_code')) {
    const read = decodeQr(image)
    if (read) return read
  }
  if (linear) {
    const tally: Tally = new Map()
    scanRows(image, denseLines(image.height), formats, tally)
    scanColumns(image, denseLines(image.width), formats, tally)
    return decideTally(tally, 2)
  }
  return null
}
