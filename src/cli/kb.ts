/**
 * `npm run kb -- <command>`: knowledge-base tools that use exactly the app's code.
 *
 *   classify FILE [--rules national|shanghai|beijing] [--json]
 *     Reads item names, one per line, and prints where each goes: TSV
 *     `query  category  item  kind  sure|unsure`, or with --json one object per line
 *     {"query","category","item","kind","sure"} (category and item null when nothing matched).
 *     kind is exact, alias, contained (the query ends with a known name: 用过的电池, 苹果手机),
 *     guess (judged from form, material or modifiers: 某某牌塑料瓶), fuzzy (any looser match: a
 *     homophone, a prefix, a longer name containing the query, a name mentioned in it, a typo)
 *     or none. sure is true for exact, alias and contained answers only.
 *
 *   decode DIR... [--json]
 *     Decodes black-box barcode folders (N.png beside N.txt with the expected text) with the
 *     app's decoder core and prints per folder: images, correct, misreads, median and p95 ms per
 *     image; --json prints one object per image instead: {"file","expected","got","ms"}.
 *     See decode.ts.
 */
import type { RuleSetId } from '../domain/rules'
import { readFileSync } from 'node:fs'
import { LOOKUP_LEXICON } from '../data/guess-table'
import { RULE_SETS } from '../data/rule-sets'
import { ALL_ITEMS } from '../data/items/index'
import { pinyinReader } from '../domain/pinyin'
import { answerFor, isRuleSetId } from '../domain/rules'
import { buildSearchIndex, search } from '../domain/search'
import { runDecodeCommand } from './decode'
import { dictionaryPinyinData } from './kb-vite-plugin'

export interface Classification {
  query: string
  category: string | null
  item: string | null
  kind: 'exact' | 'alias' | 'contained' | 'guess' | 'fuzzy' | 'none'
  /** Whether the app shows the answer as sure (not a guess or a suggestion). */
  sure: boolean
}

/** Builds the same index the app builds (same items, same build-time pinyin). */
export function appSearchIndex() {
  const pinyinOf = pinyinReader(dictionaryPinyinData())
  return buildSearchIndex(ALL_ITEMS, pinyinOf, LOOKUP_LEXICON)
}

/** Classifies each query with the app's search and the given rule set. */
export function classify(queries: readonly string[], ruleSetId: RuleSetId = 'national'): Classification[] {
  const index = appSearchIndex()
  const ruleSet = RULE_SETS[ruleSetId]
  return queries.map((query) => {
    const hit = search(index, query, 1)[0]
    if (!hit) return { query, category: null, item: null, kind: 'none', sure: false }
    const item = ALL_ITEMS[hit.doc]!
    const kind = hit.kind === 'exact' || hit.kind === 'alias' || hit.kind === 'contained' || hit.kind === 'guess' ? hit.kind : 'fuzzy'
    return { query, category: answerFor(item, ruleSet).category, item: item.zh, kind, sure: hit.certainty === 'sure' }
  })
}

function usage(message?: string): never {
  if (message) console.error(message)
  console.error('usage: npm run kb -- classify FILE [--rules national|shanghai|beijing] [--json]')
  console.error('       npm run kb -- decode DIR... [--json]')
  process.exit(2)
}

function main(args: string[]) {
  const [command, ...rest] = args
  if (command === 'decode') process.exit(runDecodeCommand(rest))
  if (command !== 'classify') usage(command ? `unknown command: ${command}` : undefined)
  let file: string | undefined
  let rules: RuleSetId = 'national'
  let json = false
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    if (arg === '--json') json = true
    else if (arg === '--rules') {
      const value = rest[++i]
      if (!isRuleSetId(value)) usage(`unknown rule set: ${value ?? ''}`)
      rules = value
    }
    else if (arg.startsWith('--rules=')) {
      const value = arg.slice('--rules='.length)
      if (!isRuleSetId(value)) usage(`unknown rule set: ${value}`)
      rules = value
    }
    else if (!file) file = arg
    else usage(`unexpected argument: ${arg}`)
  }
  if (!file) usage('classify needs a FILE')
  const queries = readFileSync(file, 'utf8').split(/\r?\n/).map(line => line.trim()).filter(Boolean)
  for (const row of classify(queries, rules)) {
    process.stdout.write(`${json ? JSON.stringify(row) : [row.query, row.category ?? '', row.item ?? '', row.kind, row.sure ? 'sure' : 'unsure'].join('\t')}\n`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2))
