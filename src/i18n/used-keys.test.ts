import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_EN, ALL_ZH, leaves } from './all-messages'

/** Every source file of the app that can show a text. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.(vue|ts)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : []
  })
}

// Written-out keys only: `t('learn.game.next')`; keys built at run time are checked by the
// message tests of their own tables.
const LITERAL_KEY = /\bt\(\s*'([\w.-]+)'/g

describe('message keys used in the code', () => {
  const used = new Map<string, string>()
  for (const file of sources(join(process.cwd(), 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(LITERAL_KEY)) used.set(match[1]!, file)
  }
  const zh = new Set(leaves(ALL_ZH).map(([key]) => key))
  const en = new Set(leaves(ALL_EN).map(([key]) => key))

  it('finds the keys it checks', () => {
    expect(used.size).toBeGreaterThan(300)
  })

  it('exist in both languages, so no screen shows a raw key', () => {
    const missing = [...used].filter(([key]) => !zh.has(key) || !en.has(key)).map(([key, file]) => `${key} (${file})`)
    expect(missing).toEqual([])
  })
})
