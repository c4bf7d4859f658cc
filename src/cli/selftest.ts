/**
 * The lookup self-test (`tests/fixtures/lookup-selftest/*.tsv`): real-world queries with the bin
 * each belongs in under the national rules and under Shanghai's, answered by exactly the app's
 * search (`classify`). `npm run bench` reports the numbers; `selftest.test.ts` holds the budgets.
 */
import type { Category } from '../domain/categories'
import type { RuleSetId } from '../domain/rules'
import type { Classification } from './kb'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { classify } from './kb'

/** Relative to the repository root, where `npm run` and Vitest run. */
export const SELFTEST_DIR = resolve('tests/fixtures/lookup-selftest')

const CODES: Readonly<Record<string, Category>> = { R: 'recyclable', H: 'hazardous', K: 'kitchen', O: 'other' }

export interface SelfTestQuery {
  query: string
  /** The bin under each rule set the file gives (Shanghai falls back to national when blank). */
  expected: Record<'national' | 'shanghai', Category>
  /** The guide the answers come from. */
  source: string
  /** File and line, for messages. */
  where: string
}

/** Reads every `.tsv` file of the self-test; throws on a malformed line. */
export function readSelfTest(dir = SELFTEST_DIR): SelfTestQuery[] {
  const queries: SelfTestQuery[] = []
  for (const file of readdirSync(dir).filter(name => name.endsWith('.tsv')).sort()) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return
      const where = `${file}:${i + 1}`
      const [query, national, shanghai, source] = line.split('\t')
      const nationalBin = CODES[national ?? '']
      const shanghaiBin = shanghai ? CODES[shanghai] : nationalBin
      if (!query?.trim() || !nationalBin || !shanghaiBin || !source?.trim()) throw new Error(`${where}: malformed line ${JSON.stringify(line)}`)
      queries.push({ query, expected: { national: nationalBin, shanghai: shanghaiBin }, source, where })
    })
  }
  return queries
}

export interface SelfTestReport {
  ruleSet: 'national' | 'shanghai'
  queries: number
  /** Queries the search answered at all, as a share of all queries. */
  coverage: number
  /** Answers in the expected bin, as a share of the answered queries. */
  agreement: number
  /** Sure answers in the wrong bin, as a share of all queries. */
  sureWrong: number
  /** Sure answers, as a share of all queries. */
  sure: number
  /** The queries answered in the wrong bin or not at all. */
  misses: Array<{ query: SelfTestQuery, got: Classification }>
}

/** Runs the self-test under one rule set. */
export function runSelfTest(ruleSet: 'national' | 'shanghai', queries: readonly SelfTestQuery[] = readSelfTest()): SelfTestReport {
  const answers = classify(queries.map(q => q.query), ruleSet satisfies RuleSetId)
  let answered = 0
  let agreeing = 0
  let sureWrong = 0
  let sure = 0
  const misses: SelfTestReport['misses'] = []
  answers.forEach((got, i) => {
    const query = queries[i]!
    if (got.sure) sure++
    if (got.category === null) {
      misses.push({ query, got })
      return
    }
    answered++
    if (got.category === query.expected[ruleSet]) agreeing++
    else {
      if (got.sure) sureWrong++
      misses.push({ query, got })
    }
  })
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of)
  return { ruleSet, queries: queries.length, coverage: share(answered, queries.length), agreement: share(agreeing, answered), sureWrong: share(sureWrong, queries.length), sure: share(sure, queries.length), misses }
}
