/**
 * `npm run audit`: builds the app, serves dist/ twice — as a plain static host (no compression)
 * and with gzip — and runs Lighthouse 12 (mobile profile: simulated slow 4G and a 4× slower CPU)
 * in Debian's Chromium on the welcome page of a first visit and on the lookup page of an
 * onboarded household, two runs each. Prints the four category scores, LCP, FCP and TBT per run,
 * and records the worst of each in bench-results.json (`audit.*`) and BENCHMARKS.md.
 *
 * The lookup page is audited as a returning household whose service worker cache is gone (as
 * after an eviction or a new phone restored from a backup): its household is in IndexedDB, but
 * everything is fetched from the network, which is the slow case.
 *
 * Lighthouse times the CPU work it observes: run it on a quiet machine.
 */
import type { Flags, Result } from 'lighthouse'
import type { BrowserContext } from 'playwright-core'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { describeMachine } from '../bench/machine'
import { recordResults } from '../bench/record'
import { onboardHousehold } from '../e2e/support/onboarding'
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium'
import { serveStatic } from '../support/static-server'

const RUNS = Number(process.env.AUDIT_RUNS ?? 2)

interface AuditRun {
  server: 'plain' | 'gzip'
  page: 'welcome' | 'lookup'
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  fcpMs: number
  tbtMs: number
  cls: number
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}

/** A Chromium whose default profile Playwright and Lighthouse share (Lighthouse over CDP). */
async function launch(): Promise<{ context: BrowserContext, port: number, close: () => Promise<void> }> {
  const port = await freePort()
  const profile = mkdtempSync(path.join(tmpdir(), 'sorthero-audit-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] })
  return {
    context,
    port,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Onboards a household through the welcome page, then drops the service worker and its caches. */
async function returningHousehold(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage()
  await page.goto(url)
  await onboardHousehold(page)
  // A returning household has finished at least one visit: what the app keeps for its next start
  // (the profile and the rule set, read before any database code loads) has been written, and
  // the app was cached for offline use (and said so).
  await page.waitForFunction(() => localStorage.getItem('sorthero.profile') !== null && localStorage.getItem('sorthero.ruleSet') !== null)
  await page.waitForFunction(() => localStorage.getItem('sorthero.offlineAnnounced') === '1', undefined, { timeout: 60_000 })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'service_workers,cache_storage' })
  await page.close()
}

function summarise(lhr: Result, server: AuditRun['server'], page: AuditRun['page']): AuditRun {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN)
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${page} (${server}): ${lhr.runtimeError.message}`)
  return {
    server,
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: metric('largest-contentful-paint'),
    fcpMs: metric('first-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
  }
}

/** What held a score back, for the console: every scored audit below 100. */
function shortfalls(lhr: Result): string[] {
  return Object.values(lhr.audits)
    .filter(a => a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'metricSavings'))
    .map(a => `${a.id} ${a.displayValue ?? a.score}`)
}

async function auditPage(server: AuditRun['server'], url: string, page: AuditRun['page']): Promise<AuditRun> {
  const browser = await launch()
  try {
    if (page === 'lookup') await returningHousehold(browser.context, url)
    const flags: Flags = { port: browser.port, output: 'json', logLevel: 'error', disableStorageReset: page === 'lookup' }
    const result = await lighthouse(`${url}#/${page}`, flags)
    if (!result) throw new Error('Lighthouse returned nothing')
    const run = summarise(result.lhr, server, page)
    // AUDIT_SAVE=<folder> keeps every Lighthouse report (JSON) for a closer look.
    if (process.env.AUDIT_SAVE) writeFileSync(path.join(process.env.AUDIT_SAVE, `${server}-${page}-${Date.now()}.json`), JSON.stringify(result.lhr))
    const missing = shortfalls(result.lhr)
    console.log(`${server.padEnd(5)} ${page.padEnd(7)} perf ${run.performance} a11y ${run.accessibility} bp ${run.bestPractices} seo ${run.seo}  LCP ${run.lcpMs} ms  FCP ${run.fcpMs} ms  TBT ${run.tbtMs} ms  CLS ${run.cls}${missing.length ? `\n      below 100: ${missing.join('; ')}` : ''}`)
    return run
  }
  finally {
    await browser.close()
  }
}

await build({ configFile: 'vite.config.ts', logLevel: 'warn' })
const runs: AuditRun[] = []
for (const server of ['plain', 'gzip'] as const) {
  const host = await serveStatic('dist', { gzip: server === 'gzip' })
  try {
    for (const page of ['welcome', 'lookup'] as const) {
      for (let i = 0; i < RUNS; i++) runs.push(await auditPage(server, host.url, page))
    }
  }
  finally {
    await host.close()
  }
}

const min = (key: keyof AuditRun) => Math.min(...runs.map(r => r[key] as number))
const max = (key: keyof AuditRun) => Math.max(...runs.map(r => r[key] as number))
const results = [
  { key: 'audit.performance_min', value: min('performance'), unit: '', budget: '≥ 95', what: 'Lighthouse Performance, worst run (mobile: simulated slow 4G, 4× CPU)' },
  { key: 'audit.lcp_ms_max', value: max('lcpMs'), unit: 'ms', budget: '≤ 2000', what: 'Largest Contentful Paint, worst run' },
  { key: 'audit.fcp_ms_max', value: max('fcpMs'), unit: 'ms', what: 'First Contentful Paint, worst run' },
  { key: 'audit.tbt_ms_max', value: max('tbtMs'), unit: 'ms', what: 'Total Blocking Time, worst run' },
  { key: 'audit.accessibility_min', value: min('accessibility'), unit: '', budget: '= 100', what: 'Lighthouse Accessibility, worst run' },
  { key: 'audit.best_practices_min', value: min('bestPractices'), unit: '', budget: '= 100', what: 'Lighthouse Best Practices, worst run' },
  { key: 'audit.seo_min', value: min('seo'), unit: '', budget: '= 100', what: 'Lighthouse SEO, worst run' },
]
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${describeMachine()}, Lighthouse 12.2.3, ${RUNS} runs per page and server.`,
  '',
  '| server | page | Performance | Accessibility | Best Practices | SEO | LCP | FCP | TBT | CLS |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...runs.map(r => `| ${r.server === 'plain' ? 'plain static (no compression)' : 'gzip'} | ${r.page === 'welcome' ? '#/welcome, first visit' : '#/lookup, returning household'} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} ms | ${r.fcpMs} ms | ${r.tbtMs} ms | ${r.cls} |`),
].join('\n')
recordResults(results, 'audit', table)
for (const r of results) console.log(`${r.key} = ${r.value}${r.unit ? ` ${r.unit}` : ''}${r.budget ? ` (budget ${r.budget})` : ''}`)
