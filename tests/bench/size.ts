/**
 * Size of the JavaScript the first page loads: the entry chunk and everything it imports
 * statically (lazy routes and the lazily loaded data layer are not counted), gzipped with zlib's
 * default level as a static host would serve it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const kb = (bytes: number) => Math.round(bytes / 1024 * 10) / 10

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
}

export interface FirstPageSize {
  files: Array<{ file: string, gzipBytes: number }>
  totalGzipKb: number
  /** The lazily loaded dictionary chunk, for the record. */
  dictionaryGzipKb: number
}

/** Builds the app into `outDir` and measures its first page. */
export async function measureFirstPage(outDir = 'dist'): Promise<FirstPageSize> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
  const entryKey = Object.keys(manifest).find(key => manifest[key]!.isEntry)
  if (!entryKey) throw new Error('no entry chunk in the build manifest')
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const imported of manifest[key]!.imports ?? []) visit(imported)
  }
  visit(entryKey)
  const files = [...seen].map((key) => {
    const file = manifest[key]!.file
    return { file, gzipBytes: gzipSync(readFileSync(join(outDir, file))).length }
  })
  const total = files.reduce((sum, f) => sum + f.gzipBytes, 0)
  const dictionary = Object.values(manifest).find(chunk => /dictionary/.test(chunk.file) && chunk.file.endsWith('.js'))
  const dictionaryBytes = dictionary ? gzipSync(readFileSync(join(outDir, dictionary.file))).length : 0
  return { files, totalGzipKb: kb(total), dictionaryGzipKb: kb(dictionaryBytes) }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureFirstPage()
  for (const f of result.files) console.log(`${(f.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${f.file}`)
  console.log(`${String(result.totalGzipKb).padStart(7)} KB  first page JS, gzipped (budget 100 KB)`)
  if (result.totalGzipKb > 100) process.exitCode = 1
}
