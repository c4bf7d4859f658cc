import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'

/** What the production build ships, read from the same dist/ the browser tests use. */
const dist = () => inject('distDir')

function manifest(): Record<string, { file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }> {
  return JSON.parse(readFileSync(join(dist(), '.vite/manifest.json'), 'utf8'))
}

function staticallyLoaded(): Set<string> {
  const chunks = manifest()
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const next of chunks[key]!.imports ?? []) visit(next)
  }
  visit(Object.keys(chunks).find(key => chunks[key]!.isEntry)!)
  return new Set([...seen].map(key => chunks[key]!.file))
}

describe('the production build', () => {
  it('ships no pinyin library: pinyin is data computed at build time', () => {
    const assets = readdirSync(join(dist(), 'assets')).filter(file => file.endsWith('.js'))
    for (const file of assets) {
      const code = readFileSync(join(dist(), 'assets', file), 'utf8')
      // pinyin-pro's dictionary spells readings with tone marks ("zhōng"); our data has none.
      expect(code, file).not.toMatch(/pinyin-pro|zhōng|guó/)
    }
  })

  it('loads the dictionary lazily, in its own chunk, and precaches it', () => {
    const dictionary = Object.values(manifest()).find(chunk => /dictionary/.test(chunk.file) && chunk.file.endsWith('.js'))
    expect(dictionary).toBeDefined()
    expect(staticallyLoaded().has(dictionary!.file)).toBe(false)
    const serviceWorker = readFileSync(join(dist(), 'sw.js'), 'utf8')
    expect(serviceWorker).toContain(dictionary!.file)
  })

  it('marks the scripts of the first screens to be compiled eagerly, and only those', () => {
    const hinted = (file: string) => readFileSync(join(dist(), file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')
    const chunks = Object.values(manifest())
    const fileOf = (pattern: RegExp) => chunks.find(chunk => pattern.test(chunk.file))!.file
    // The entry (with Vue and vue-i18n in it), and the files of the two pages a start can show.
    for (const file of [chunks.find(chunk => chunk.isEntry)!.file, fileOf(/\/welcome-page-[\w-]+\.js$/), fileOf(/\/lookup-page-[\w-]+\.js$/)]) expect(hinted(file), file).toBe(true)
    // Code loaded later (the database, the dictionary, other pages) compiles only what runs.
    for (const file of [fileOf(/\/dexie-[\w-]+\.js$/), fileOf(/\/MePage-[\w-]+\.js$/), chunks.find(chunk => /dictionary/.test(chunk.file) && chunk.file.endsWith('.js'))!.file]) expect(hinted(file), file).toBe(false)
  })
})
