// @vitest-environment node
import path from 'node:path'
import { BARCODE_FIXTURES } from '../../tests/fixtures/paths'
import { describe, expect, it } from 'vitest'
import { listImages, readPng } from '../cli/decode'
import { mayHoldCode128 } from './code128'
import { luminanceRow } from './pixels'
import { binarizeRow } from './row-binarizer'
import { BitArray, Code128Reader } from './zxing'

const reader = new Code128Reader()

/** What ZXing's own reader says about a row: does it decode? */
function zxingReads(row: Uint8Array): boolean {
  const bits = new BitArray(row.length)
  row.forEach((black, i) => black && bits.set(i))
  try {
    reader.decodeRow(0, bits, new Map())
    return true
  }
  catch {
    return false
  }
}

describe('mayHoldCode128', () => {
  it('never skips a row ZXing reads, on every row of the Code 128 test images, both ways', () => {
    const dir = path.join(BARCODE_FIXTURES, 'code128-1')
    let read = 0
    let skipped = 0
    for (const name of listImages(dir)) {
      const image = readPng(path.join(dir, name))
      const luminance = new Uint8Array(image.width)
      const row = new Uint8Array(image.width)
      for (let y = 0; y < image.height; y += 2) {
        luminanceRow(image, y, luminance)
        if (!binarizeRow(luminance, image.width, row)) continue
        for (const line of [row, row.slice().reverse()]) {
          const zxing = zxingReads(line)
          const may = mayHoldCode128(line, line.length)
          if (zxing) read++
          if (!may) skipped++
          expect(zxing && !may, `${name} row ${y}`).toBe(false)
        }
      }
    }
    // The test means something only if both cases occur often.
    expect(read).toBeGreaterThan(100)
    expect(skipped).toBeGreaterThan(100)
  })

  it('never skips a row ZXing reads, on generated Code 128 rows with jittered widths', () => {
    // Widths of Code 128 values 0–9 (in code set B the characters " " to ")"), START B and STOP.
    const VALUES = [[2, 1, 2, 2, 2, 2], [2, 2, 2, 1, 2, 2], [2, 2, 2, 2, 2, 1], [1, 2, 1, 2, 2, 3], [1, 2, 1, 3, 2, 2], [1, 3, 1, 2, 2, 2], [1, 2, 2, 2, 1, 3], [1, 2, 2, 3, 1, 2], [1, 3, 2, 2, 1, 2], [2, 2, 1, 2, 1, 3]]
    const START_B = [2, 1, 1, 2, 1, 4]
    const STOP = [2, 3, 3, 1, 1, 1, 2]
    let seed = 2024
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0
      return seed / 2 ** 32
    }
    let read = 0
    for (let n = 0; n < 3000; n++) {
      const values = Array.from({ length: Math.floor(random() * 5) }, () => Math.floor(random() * 10))
      const check = values.reduce((sum, value, i) => sum + value * (i + 1), 104) % 103
      if (check > 9) continue
      const module = 1 + Math.floor(random() * 3)
      const widths = [5 + Math.floor(random() * 20), ...[START_B, ...values.map(v => VALUES[v]!), VALUES[check]!].flat(), ...STOP, 5 + Math.floor(random() * 20)]
        .map((width, i, all) => i === 0 || i === all.length - 1 ? width : width * module + (random() < 0.15 ? 1 : 0))
      const row = new Uint8Array(widths.reduce((a, b) => a + b, 0))
      widths.reduce((x, width, i) => {
        row.fill(i % 2, x, x + width)
        return x + width
      }, 0)
      if (zxingReads(row)) {
        read++
        expect(mayHoldCode128(row, row.length), widths.join(',')).toBe(true)
      }
    }
    expect(read).toBeGreaterThan(100)
  })
})
