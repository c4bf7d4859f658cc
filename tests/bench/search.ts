/**
 * Search over the whole dictionary: index build time (cold, as a phone meets it on first use)
 * and per-query latency for 1,000 queries mixing Chinese, pinyin, initials, English and misses.
 */
import type { Item } from '../../src/domain/item'
import { dictionaryPinyinData } from '../../src/cli/kb-vite-plugin'
import { LOOKUP_LEXICON } from '../../src/data/guess-table'
import { ALL_ITEMS } from '../../src/data/items/index'
import { pinyinReader } from '../../src/domain/pinyin'
import { buildSearchIndex, search } from '../../src/domain/search'

/** Small deterministic PRNG, so every run times the same queries. */
function mulberry32(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6D2B79F5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type QueryKind = 'chinese' | 'pinyin' | 'initials' | 'english' | 'miss'

/** 1,000 queries built from the knowledge base itself, in fixed proportions. */
export function benchQueries(items: readonly Item[], pinyinOf: (text: string) => string[], seed = 19095): Array<{ kind: QueryKind, query: string }> {
  const random = mulberry32(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const queries: Array<{ kind: QueryKind, query: string }> = []
  const add = (kind: QueryKind, count: number, make: () => string) => {
    for (let i = 0; i < count; i++) queries.push({ kind, query: make() })
  }
  add('chinese', 100, () => pick(items).zh)
  add('chinese', 50, () => Array.from(pick(items).zh).slice(0, 1 + Math.floor(random() * 2)).join(''))
  add('chinese', 50, () => `${pick(['用过的', '旧的', '坏掉的', '吃剩的'])}${pick(items).zh}${pick(['', '怎么扔', '扔哪里'])}`)
  add('chinese', 50, () => {
    const item = pick(items.filter(i => i.aliases?.length))
    return pick(item.aliases!)
  })
  add('pinyin', 80, () => pinyinOf(pick(items).zh).join(''))
  add('pinyin', 60, () => pinyinOf(pick(items).zh).filter(Boolean).join(' '))
  add('pinyin', 60, () => pinyinOf(pick(items).zh).join('').slice(0, 3 + Math.floor(random() * 4)))
  add('initials', 150, () => pinyinOf(pick(items).zh).filter(Boolean).map(s => s[0]).join(''))
  add('english', 150, () => pick(items).en)
  add('english', 50, () => `${pick(items).en}s`)
  add('english', 50, () => {
    const word = pick(items).en
    const at = 1 + Math.floor(random() * (word.length - 2))
    return word.slice(0, at) + word.slice(at + 1)
  })
  add('miss', 75, () => Array.from({ length: 4 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(''))
  add('miss', 75, () => Array.from({ length: 3 }, () => String.fromCharCode(0x4E00 + Math.floor(random() * 0x5000))).join(''))
  return queries
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const round = (ms: number) => Math.round(ms * 1000) / 1000

export interface SearchBench {
  items: number
  buildColdMs: number
  buildWarmMedianMs: number
  p50Ms: number
  p95Ms: number
  byKind: Record<QueryKind, { p50: number, p95: number, hitRate: number }>
}

export function runSearchBench(): SearchBench {
  // The app's index: the shipped pinyin and the guess table (see `src/data/dictionary.ts`).
  const pinyinOf = pinyinReader(dictionaryPinyinData())
  let start = performance.now()
  let index = buildSearchIndex(ALL_ITEMS, pinyinOf, LOOKUP_LEXICON)
  const buildColdMs = performance.now() - start
  const warm: number[] = []
  for (let i = 0; i < 7; i++) {
    start = performance.now()
    index = buildSearchIndex(ALL_ITEMS, pinyinOf, LOOKUP_LEXICON)
    warm.push(performance.now() - start)
  }
  warm.sort((a, b) => a - b)

  const queries = benchQueries(ALL_ITEMS, pinyinOf)
  // One untimed pass, as a page that has been open a moment; then the timed pass.
  for (const { query } of queries) search(index, query)
  const times: number[] = []
  const byKind = new Map<QueryKind, { times: number[], hits: number }>()
  for (const { kind, query } of queries) {
    start = performance.now()
    const hits = search(index, query)
    const elapsed = performance.now() - start
    times.push(elapsed)
    const bucket = byKind.get(kind) ?? { times: [], hits: 0 }
    bucket.times.push(elapsed)
    if (hits.length > 0) bucket.hits++
    byKind.set(kind, bucket)
  }
  times.sort((a, b) => a - b)
  return {
    items: ALL_ITEMS.length,
    buildColdMs: round(buildColdMs),
    buildWarmMedianMs: round(warm[3]!),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    byKind: Object.fromEntries([...byKind].map(([kind, { times: t, hits }]) => {
      t.sort((a, b) => a - b)
      return [kind, { p50: round(percentile(t, 50)), p95: round(percentile(t, 95)), hitRate: Math.round((hits / t.length) * 100) / 100 }]
    })) as SearchBench['byKind'],
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(runSearchBench())
