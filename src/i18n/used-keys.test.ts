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

describe('locale files', () => {
  // The build precompiles each locale file as one plain object literal (unplugin-vue-i18n): a
  // spread or a value imported from another file is silently dropped (errors.school went missing
  // that way). Parts are composed at run time instead (`features.ts`, `school.ts`).
  const dir = join(process.cwd(), 'src/i18n/locales')
  it.each(readdirSync(dir).filter(name => name.endsWith('.ts')))('%s is a plain literal', (name) => {
    const text = readFileSync(join(dir, name), 'utf8')
    expect(text).not.toMatch(/^\s*\.\.\./m)
    expect(text).not.toMatch(/\{\s*\.\.\./)
    expect(text).not.toMatch(/^import (?!type )/m)
  })
})
