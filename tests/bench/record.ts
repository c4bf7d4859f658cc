import { existsSync, readFileSync, writeFileSync } from 'node:fs'

export interface BenchResult {
  key: string
  value: number
  unit: string
  budget?: string
  what: string
}

const RESULTS_FILE = 'bench-results.json'
const DOC = 'BENCHMARKS.md'

/**
 * Merges `results` into bench-results.json (a flat object, so one benchmark can be rerun alone)
 * and replaces the section between `<!-- <section>:start -->` and `<!-- <section>:end -->` in
 * BENCHMARKS.md with `markdown`.
 */
export function recordResults(results: readonly BenchResult[], section: string, markdown: string): void {
  const previous = existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, number> : {}
  const flat = { ...previous, ...Object.fromEntries(results.map(r => [r.key, r.value])) }
  writeFileSync(RESULTS_FILE, `${JSON.stringify(flat, null, 2)}\n`)

  const start = `<!-- ${section}:start -->`
  const end = `<!-- ${section}:end -->`
  const doc = readFileSync(DOC, 'utf8')
  if (!doc.includes(start) || !doc.includes(end)) throw new Error(`${DOC} lacks the ${start} … ${end} markers`)
  writeFileSync(DOC, doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => `${start}\n${markdown}\n${end}`))
}

/** The results as a Markdown table (name, value, budget, what). */
export function resultsTable(results: readonly BenchResult[]): string {
  return [
    '| name | value | budget | what |',
    '|---|---|---|---|',
    ...results.map(r => `| \`${r.key}\` | ${r.value} ${r.unit} | ${r.budget ? `${r.budget} ${r.unit}` : '—'} | ${r.what} |`),
  ].join('\n')
}
