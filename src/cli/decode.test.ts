// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { BARCODE_FIXTURES } from '../../tests/fixtures/paths'
import { describe, expect, it } from 'vitest'
import { decodeFolders, formatTable, imageFolders, percentile } from './decode'

const ROOT = BARCODE_FIXTURES
const EAN8 = path.join(ROOT, 'ean8-1')

const kb = (...args: string[]) => execFileSync('npx', ['tsx', 'src/cli/kb.ts', ...args], { encoding: 'utf8' })

describe('kb decode', () => {
  it('prints one line per folder: images, correct, misreads, median and p95 ms', () => {
    const lines = kb('decode', EAN8).trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]!.split(/\s+/)).toEqual(['folder', 'images', 'correct', 'misreads', 'median_ms', 'p95_ms'])
    const [folder, images, correct, misreads, median, p95] = lines[1]!.trim().split(/\s+/)
    expect([folder, images, correct, misreads]).toEqual(['ean8-1', '8', '8', '0'])
    expect(Number(median)).toBeGreaterThan(0)
    expect(Number(p95)).toBeGreaterThanOrEqual(Number(median))
  }, 30_000)

  it('prints one JSON object per image with --json', () => {
    const lines = kb('decode', EAN8, '--json').trim().split('\n').map(line => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toHaveLength(8)
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['file', 'expected', 'got', 'ms'])
      expect(line.got).toBe(line.expected)
      expect(typeof line.ms).toBe('number')
    }
    expect(lines[0]).toMatchObject({ file: path.join(EAN8, '1.png'), expected: '48512343', got: '48512343' })
  }, 30_000)

  it('reports got null for an image it cannot read, and counts it neither correct nor misread', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'decode-'))
    // A blank white PNG, and an expected text that cannot be in it.
    const blank = new PNG({ width: 32, height: 16 })
    blank.data.fill(255)
    writeFileSync(path.join(dir, '1.png'), PNG.sync.write(blank))
    writeFileSync(path.join(dir, '1.txt'), '12345670\n')
    const [folder] = decodeFolders([dir], { warmup: 0 })
    expect(folder).toMatchObject({ images: 1, correct: 0, misreads: 0 })
    expect(folder!.results[0]).toMatchObject({ expected: '12345670', got: null })
    expect(kb('decode', dir, '--json').trim()).toMatch(/^\{"file":".*1\.png","expected":"12345670","got":null,"ms":[\d.]+\}$/)
  }, 30_000)

  it('takes a folder of folders, and skips files a shell glob brings along', () => {
    const dirs = imageFolders([ROOT, path.join(ROOT, 'SOURCE.txt')])
    expect(dirs.map(dir => path.basename(dir))).toEqual(['code128-1', 'ean8-1', 'ean13-1', 'ean13-2', 'ean13-3', 'ean13-4', 'upca-1', 'upca-2', 'upca-3', 'upce-1'])
    expect(() => imageFolders([path.join(ROOT, 'no-such-folder')])).toThrow(/no such folder/)
  })

  it('adds a total line when there are several folders', () => {
    const table = formatTable(decodeFolders([EAN8, path.join(ROOT, 'upce-1')], { warmup: 0 })).split('\n')
    expect(table.map(line => line.split(/\s+/).slice(0, 4))).toEqual([
      ['folder', 'images', 'correct', 'misreads'],
      ['ean8-1', '8', '8', '0'],
      ['upce-1', '3', '3', '0'],
      ['all', '11', '11', '0'],
    ])
  })

  it('exits with a usage message for a bad argument', () => {
    expect(() => execFileSync('npx', ['tsx', 'src/cli/kb.ts', 'decode', '--csv', EAN8], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/unknown option: --csv/)
  }, 30_000)
})

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1)
    expect(percentile(sorted, 50)).toBe(10)
    expect(percentile(sorted, 95)).toBe(19)
    expect(percentile([7], 95)).toBe(7)
  })
})
