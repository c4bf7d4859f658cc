/**
 * `npm run bench`: runs every benchmark, writes the flat results to bench-results.json (merged
 * with what is there, so one benchmark can be rerun alone) and the table between the markers in
 * BENCHMARKS.md, with the machine and the date.
 */
import type { BenchResult } from './record'
import { describeMachine } from './machine'
import { recordResults, resultsTable } from './record'
import { runDecodeBench } from './decode'
import { runHouseholdBench } from './household'
import { runSchoolBench } from './school'
import { runSearchBench } from './search'
import { runSelfTestBench } from './selftest'
import { measureSizes } from './size'
import { runTrustFuzz } from './trust'

const results: BenchResult[] = []

const size = await measureSizes()
results.push(
  { key: 'size.first_load_js_gz_kb', value: size.firstLoadGzipKb, unit: 'KB', budget: '≤ 100', what: `JS Chromium fetched before the network went idle (service workers blocked), gzip, the larger of #/welcome for a first visit (${size.welcome.totalGzipKb} KB, ${size.welcome.scripts.length} scripts) and #/lookup for a returning household (${size.lookup.totalGzipKb} KB, ${size.lookup.scripts.length} scripts)` },
  { key: 'size.precache_kb', value: size.precacheKb, unit: 'KB', budget: '≤ 2048', what: 'everything the service worker precaches, as stored' },
  { key: 'size.dictionary_js_gz_kb', value: size.dictionaryGzipKb, unit: 'KB', what: 'the lazily loaded dictionary chunk(s), gzip' },
)

const searchBench = runSearchBench()
results.push(
  { key: 'kb.items', value: searchBench.items, unit: 'items', what: 'items in the knowledge base' },
  { key: 'search.build_ms', value: searchBench.buildColdMs, unit: 'ms', budget: '≤ 100', what: `search index build over the whole dictionary, first (cold) build; warm median ${searchBench.buildWarmMedianMs} ms` },
  { key: 'search.p50_ms', value: searchBench.p50Ms, unit: 'ms', what: 'median latency of 1,000 mixed queries' },
  { key: 'search.p95_ms', value: searchBench.p95Ms, unit: 'ms', budget: '≤ 1', what: `p95 latency of 1,000 mixed queries (${Object.entries(searchBench.byKind).map(([kind, r]) => `${kind} p95 ${r.p95} ms`).join(', ')})` },
)

const selfTest = runSelfTestBench()
const percent = (share: number) => Math.round(share * 1000) / 10
results.push(
  { key: 'kb.selftest_coverage', value: percent(selfTest.national.coverage), unit: '%', budget: '≥ 95', what: `self-test queries answered at all, national rules (${selfTest.national.queries} queries; Shanghai ${percent(selfTest.shanghai.coverage)} %)` },
  { key: 'kb.selftest_agreement', value: percent(selfTest.national.agreement), unit: '%', budget: '≥ 95', what: `answers in the expected bin, of those answered, national rules (Shanghai ${percent(selfTest.shanghai.agreement)} %)` },
  { key: 'kb.selftest_sure_wrong', value: percent(selfTest.national.sureWrong), unit: '%', budget: '≤ 1', what: `sure answers in the wrong bin, of all queries, national rules (Shanghai ${percent(selfTest.shanghai.sureWrong)} %)` },
  { key: 'kb.selftest_shanghai_agreement', value: percent(selfTest.shanghai.agreement), unit: '%', budget: '≥ 95', what: 'as kb.selftest_agreement, Shanghai rules' },
  { key: 'kb.selftest_shanghai_sure_wrong', value: percent(selfTest.shanghai.sureWrong), unit: '%', budget: '≤ 1', what: 'as kb.selftest_sure_wrong, Shanghai rules' },
)

const household = await runHouseholdBench()
results.push(
  { key: 'household.dashboard_ms', value: household.dashboardMs, unit: 'ms', budget: '≤ 20', what: `every dashboard figure for one household with ${household.days} days (three years) of logs; median of 15` },
  { key: 'household.log_write_ms', value: household.logWriteMs, unit: 'ms', budget: '≤ 20', what: `logging a day (day + points in one transaction) on top of three years, fake-indexeddb; median of 15, max ${household.logWriteMaxMs} ms` },
)

const school = await runSchoolBench()
results.push(
  { key: 'school.import50_ms', value: school.import50Ms, unit: 'ms', budget: '≤ 500', what: `a teacher importing 50 signed weekly reports (decode, verify ECDSA, check, write; one transaction each), fake-indexeddb; median of 5, max ${school.import50MaxMs} ms` },
  { key: 'school.class_dashboard_ms', value: school.classDashboardMs, unit: 'ms', budget: '≤ 100', what: `the class dashboard (rates, trend, leaderboard, names) over a year of weekly reports from 50 households (${school.reports} reports), read from fake-indexeddb; median of 15` },
  { key: 'school.school_dashboard_ms', value: school.schoolDashboardMs, unit: 'ms', budget: '≤ 200', what: `a school dashboard (ranking, rates, trend, who has not sent) over a year of 40 classes' weekly summaries (${school.summaries}), read from fake-indexeddb; median of 15` },
  { key: 'codes.report_chars', value: school.reportChars, unit: 'characters', budget: '≤ 600', what: 'the largest weekly report as a SortHero code\'s <data> (10 taught names, 10 missed searches, 100 characters of names, every figure at a busy week\'s maximum)' },
)

const decode = runDecodeBench()
const decodeCorrect = decode.perFolder.reduce((sum, f) => sum + f.correct, 0)
const decodeMisreads = decode.perFolder.reduce((sum, f) => sum + f.misreads, 0)
results.push(
  { key: 'decode.median_ms', value: decode.medianMs, unit: 'ms', budget: '≤ 2', what: 'barcode decode per image (decoder core only, RGBA in), tests/fixtures/barcodes' },
  { key: 'decode.p95_ms', value: decode.p95Ms, unit: 'ms', budget: '≤ 20', what: 'barcode decode per image, p95' },
  { key: 'decode.correct', value: decodeCorrect, unit: 'images', budget: '≥ 168', what: 'images decoded to their expected text, of 251 (ZXing must-pass at 0°: 168)' },
  { key: 'decode.misreads', value: decodeMisreads, unit: 'images', budget: '= 0', what: 'images decoded to a wrong text' },
)
const fuzz = await runTrustFuzz({ perGroup: 10_000 })
results.push(
  { key: 'trust.fuzz_cases', value: fuzz.cases, unit: 'inputs', budget: '≥ 10000', what: `malformed or adversarial inputs through the repository functions the pages call (10,000 each: backup file, backup link, the six code kinds, Open Food Facts reply; ${fuzz.accepted} stayed valid and were accepted), fake-indexeddb` },
  { key: 'trust.fuzz_failures', value: fuzz.failures, unit: 'inputs', budget: '= 0', what: 'inputs that threw, wrote while refused, or were refused without a message in both languages' },
  { key: 'trust.fuzz_ms', value: fuzz.ms, unit: 'ms', what: 'time of the whole fuzz run' },
)

const decodeTable = [
  '',
  '| folder | images | ZXing must-pass 0° | ZXing TRY_HARDER 0° | ours correct | ours misreads |',
  '|---|---:|---:|---:|---:|---:|',
  ...decode.perFolder.map(f => `| ${f.folder} | ${f.images} | ${f.mustPass} | ${f.zxingTryHarder} | ${f.correct} | ${f.misreads} |`),
].join('\n')

const date = new Date().toISOString().slice(0, 10)
recordResults(results, 'bench', [`Measured ${date} on ${describeMachine()}.`, '', resultsTable(results), decodeTable].join('\n'))

for (const r of results) console.log(`${r.key} = ${r.value} ${r.unit}${r.budget ? ` (budget ${r.budget} ${r.unit})` : ''}`)
