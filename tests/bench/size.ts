/**
 * `npm run size`: builds the app, serves it as a static host would and measures, in Chromium,
 * the JavaScript each entry route really fetches before the network goes idle (see
 * first-load.ts), plus the whole precache and the dictionary.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium'
import { serveStatic } from '../support/static-server'
import type { RouteLoad } from './first-load'
import { measureFirstLoad } from './first-load'

const kb = (bytes: number) => Math.round(bytes / 1024 * 10) / 10

export interface SizeReport {
  welcome: RouteLoad
  lookup: RouteLoad
  /** The larger of the two routes: the budgeted figure. */
  firstLoadGzipKb: number
  /** Everything the service worker precaches, as stored (uncompressed). */
  precacheKb: number
  dictionaryGzipKb: number
}

/** Sum of the sizes of the files the service worker precaches. */
function precacheBytes(outDir: string): number {
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8')
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map(m => m[1]!)
  return urls.reduce((sum, url) => sum + statSync(join(outDir, url)).size, 0)
}

/** Builds into `outDir` and measures it. */
export async function measureSizes(outDir = 'dist'): Promise<SizeReport> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  const server = await serveStatic(outDir, { gzip: false })
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })
  try {
    const { welcome, lookup } = await measureFirstLoad(browser, server.url)
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>
    const dictionary = Object.values(manifest).filter(chunk => /dictionary/.test(chunk.file) && chunk.file.endsWith('.js'))
    return {
      welcome,
      lookup,
      firstLoadGzipKb: Math.max(welcome.totalGzipKb, lookup.totalGzipKb),
      precacheKb: kb(precacheBytes(outDir)),
      dictionaryGzipKb: kb(dictionary.reduce((sum, chunk) => sum + gzipSync(readFileSync(join(outDir, chunk.file))).length, 0)),
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await measureSizes()
  for (const route of [report.welcome, report.lookup]) {
    console.log(`\n${route.route} (app took over at ${route.hydratingMs ?? '?'} ms, mounted at ${route.mountedMs ?? '?'} ms)`)
    for (const s of route.scripts) console.log(`${(s.gzipBytes / 1024).toFixed(1).padStart(7)} KB  @${String(s.startMs).padStart(5)} ms  ${s.file}`)
    console.log(`${String(route.totalGzipKb).padStart(7)} KB  fetched before the network went idle, gzipped`)
  }
  console.log(`\nsize.first_load_js_gz_kb = ${report.firstLoadGzipKb} KB (budget 100 KB)`)
  console.log(`precache = ${report.precacheKb} KB (budget 2048 KB); dictionary = ${report.dictionaryGzipKb} KB gzipped`)
  if (report.firstLoadGzipKb > 100 || report.precacheKb > 2048) process.exitCode = 1
}
