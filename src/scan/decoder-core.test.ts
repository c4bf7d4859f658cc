// @vitest-environment node
// Node, not happy-dom: the decoder core must run without a DOM, and the images are read from disk.
import type { FolderResult } from '../cli/decode'
import type { PixelImage } from './decoder-core'
import path from 'node:path'
import { BARCODE_FIXTURES } from '../../tests/fixtures/paths'
import ZXing from '@zxing/library'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeFolders, readPng, readZxingCounts } from '../cli/decode'
import { decode } from './decoder-core'

const ROOT = BARCODE_FIXTURES
const counts = readZxingCounts(ROOT)
const folders = Object.keys(counts)
const image = (folder: string, file: string) => readPng(path.join(ROOT, folder, file))

/** RGBA → one byte of luminance a pixel, as a camera's Y plane would give it. */
function toLuminance({ data, width, height }: PixelImage): PixelImage {
  const out = new Uint8Array(width * height)
  for (let i = 0; i < out.length; i++) out[i] = (306 * data[i * 4]! + 601 * data[i * 4 + 1]! + 117 * data[i * 4 + 2]! + 512) >> 10
  return { data: out, width, height, format: 'luminance' }
}

/** Turns a luminance image a quarter turn clockwise: the barcode then stands upright. */
function rotate90({ data, width, height }: PixelImage): PixelImage {
  const out = new Uint8Array(width * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) out[x * height + (height - 1 - y)] = data[y * width + x]!
  }
  return { data: out, width: height, height: width, format: 'luminance' }
}

function rotate180({ data, width, height }: PixelImage): PixelImage {
  return { data: Uint8Array.from(data).reverse(), width, height, format: 'luminance' }
}

describe('decoder core on ZXing\'s black-box images', () => {
  let results: Map<string, FolderResult>
  beforeAll(() => {
    results = new Map(decodeFolders(folders.map(folder => path.join(ROOT, folder)), { warmup: 0 }).map(r => [r.folder, r]))
  }, 120_000)

  it('knows ZXing\'s must-pass count for all ten folders from SOURCE.txt (168 images)', () => {
    expect(folders).toHaveLength(10)
    expect(folders.reduce((sum, folder) => sum + counts[folder]!.mustPass, 0)).toBe(168)
  })

  it.each(folders)('%s: at least ZXing\'s must-pass count at 0°, and no misreads', (folder) => {
    const result = results.get(folder)!
    const misread = result.results.filter(r => r.got !== null && r.got !== r.expected).map(r => `${path.basename(r.file)}: ${r.got} ≠ ${r.expected}`)
    expect(misread, 'misreads').toEqual([])
    expect(result.images).toBeGreaterThan(0)
    expect(result.correct).toBeGreaterThanOrEqual(counts[folder]!.mustPass)
  })
})

describe('decode', () => {
  it('reads UPC-E as its eight printed digits, which @zxing/library 0.23 cannot', () => {
    expect(decode(image('upce-1', '1.png'))).toEqual({ text: '01234565', format: 'upc_e' })
  })

  it('names each format as BarcodeDetector does', () => {
    expect(decode(image('ean13-3', '01.png'))?.format).toBe('ean_13')
    expect(decode(image('ean8-1', '1.png'))).toEqual({ text: '48512343', format: 'ean_8' })
    expect(decode(image('upca-1', '2.png'))?.format).toBe('upc_a')
    expect(decode(image('code128-1', '1.png'))).toEqual({ text: '168901', format: 'code_128' })
  })

  it('reads an UPC-A that @zxing/library misreads as an EAN-8, or nothing — never the EAN-8', () => {
    const read = decode(image('upca-2', '02.png'))
    expect([null, '890444000335']).toContain(read?.text ?? null)
  })

  it('gives the same answer for luminance as for RGBA', () => {
    for (const [folder, file] of [['ean13-1', '1.png'], ['upca-2', '03.png'], ['code128-1', '4.png'], ['upce-1', '2.png']] as const) {
      const rgba = image(folder, file)
      expect(decode(toLuminance(rgba)), `${folder}/${file}`).toEqual(decode(rgba))
    }
  })

  it('reads barcodes upside down and standing upright', () => {
    const ean8 = toLuminance(image('ean8-1', '1.png'))
    expect(decode(rotate180(ean8))?.text).toBe('48512343')
    expect(decode(rotate90(ean8))?.text).toBe('48512343')
    expect(decode(rotate90(toLuminance(image('code128-1', '2.png'))))?.text).toBe('Code 128')
  })

  it('reads a QR code', () => {
    const text = 'SORTHERO:CLASS:3-2:7F2K'
    const matrix = new ZXing.QRCodeWriter().encode(text, ZXing.BarcodeFormat.QR_CODE, 0, 0, new Map())
    const scale = 4
    const quiet = 4 * scale
    const width = matrix.getWidth() * scale + 2 * quiet
    const data = new Uint8ClampedArray(width * width * 4).fill(255)
    for (let y = 0; y < width - 2 * quiet; y++) {
      for (let x = 0; x < width - 2 * quiet; x++) {
        if (!matrix.get(Math.floor(x / scale), Math.floor(y / scale))) continue
        const i = ((y + quiet) * width + x + quiet) * 4
        data.fill(0, i, i + 3)
      }
    }
    expect(decode({ data, width, height: width, format: 'rgba' })).toEqual({ text, format: 'qr_code' })
    expect(decode({ data, width, height: width, format: 'rgba' }, { formats: ['ean_13'] })).toBeNull()
  })

  it('looks only for the formats asked for', () => {
    const ean13 = image('ean13-3', '01.png')
    expect(decode(ean13, { formats: ['qr_code', 'code_128'] })).toBeNull()
    expect(decode(ean13, { formats: ['ean_13'] })?.format).toBe('ean_13')
    // An UPC-A is an EAN-13 starting with 0; asked for EAN-13 only, it comes back as one.
    expect(decode(image('upca-1', '2.png'), { formats: ['ean_13'] })).toMatchObject({ format: 'ean_13' })
  })

  it('returns null for frames without a barcode', () => {
    const width = 320
    const height = 240
    expect(decode({ data: new Uint8Array(width * height).fill(200), width, height, format: 'luminance' })).toBeNull()
    let seed = 12345
    const noise = Uint8Array.from({ length: width * height }, () => {
      seed = (seed * 1103515245 + 12345) >>> 0
      return seed >>> 24
    })
    expect(decode({ data: noise, width, height, format: 'luminance' })).toBeNull()
  })

  it('refuses pixel data smaller than its stated size', () => {
    expect(() => decode({ data: new Uint8Array(100), width: 10, height: 10, format: 'rgba' })).toThrow(RangeError)
    expect(() => decode({ data: new Uint8Array(100), width: 0, height: 10, format: 'luminance' })).toThrow(RangeError)
  })
})
