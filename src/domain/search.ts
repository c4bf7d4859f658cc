import type { EnglishWord } from './text'
import { englishWords, hasChinese, normalizeChinese, normalizePinyin, withinOneEdit } from './text'

/**
 * "Where does it go?" search over the knowledge base (and what a household taught the app).
 *
 * A query is matched against every name and alias in Chinese (substring and prefix), pinyin (full,
 * with or without spaces and tones, or initials) and English (case-insensitive, singular/plural),
 * allowing one typo in pinyin or English words of four letters or more. Descriptive queries that
 * contain an item's name ("有油污的外卖餐盒", "used battery") find that item, the longest
 * contained name first. Results are ranked by how they matched: exact name, alias, prefix,
 * contained item, containing item, fuzzy.
 *
 * Speed: every column (names, pinyin, initials, English stems) is packed into one string, so each
 * kind of match is one native `indexOf` sweep instead of a loop over ten thousand names; contained
 * names are looked up by the query's substrings; typos are only looked for when the exact kinds
 * left room in the results. `npm run bench` holds it to its budget.
 *
 * Pure: pinyin comes in precomputed (`pinyinOf`), so the shipped app needs no pinyin library.
 */

/** Anything searchable: a knowledge-base item or a taught name. */
export interface SearchDoc {
  id: string
  zh: string
  aliases?: readonly string[]
  en?: string
  enAliases?: readonly string[]
}

/** Pinyin of a Chinese string, one syllable (toneless, ü as v) per character; '' for none. */
export type PinyinOf = (text: string) => readonly string[] | undefined

export const MATCH_KINDS = ['exact', 'alias', 'prefix', 'contained', 'containing', 'fuzzy'] as const
export type MatchKind = (typeof MATCH_KINDS)[number]

export type MatchField = 'zh' | 'alias' | 'en' | 'enAlias'

export interface SearchHit {
  /** Index of the document in the array the index was built from. */
  doc: number
  id: string
  kind: MatchKind
  field: MatchField
  /** How the query met the text: by its characters, its pinyin, its initials or its English. */
  via: 'chinese' | 'pinyin' | 'initials' | 'english'
  /** The name or alias that matched, as written. */
  text: string
  /** The part of `text` to highlight, as [start, end) in UTF-16 units; null for the whole. */
  highlight: readonly [number, number] | null
}

interface ChineseEntry {
  doc: number
  field: 'zh' | 'alias'
  text: string
  /** `normalizeChinese(text)`. */
  key: string
  /** Pinyin of the whole text ("dianchi"); Latin letters and digits in the name count as typed. */
  pinyin: string
  /**
   * Where each character's (code point's) syllable starts in `pinyin`, plus the end. Only
   * matches need it (highlights, syllable boundaries), so it is worked out on first use.
   */
  syllableStarts?: number[]
  initials: string
  /**
   * How many other names contain this one (电池 is in 干电池, 纽扣电池 …): a head word that
   * many names share is what a short, ambiguous query such as initials most likely means.
   */
  generality: number
}

interface EnglishEntry {
  doc: number
  field: 'en' | 'enAlias'
  text: string
  words: EnglishWord[]
  stems: string[]
}

/**
 * One column of strings packed into a single string, each preceded by "\n" and the whole ended
 * by one, so a native `indexOf` finds every occurrence and a binary search maps it to an entry.
 * Needles never contain "\n", so no match straddles two entries.
 */
class PackedColumn {
  readonly text: string
  readonly starts: Int32Array

  constructor(values: readonly string[]) {
    this.starts = new Int32Array(values.length)
    let offset = 1
    values.forEach((value, i) => {
      this.starts[i] = offset
      offset += value.length + 1
    })
    this.text = `\n${values.join('\n')}\n`
  }

  private entryAt(at: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle]! <= at) low = middle
      else high = middle - 1
    }
    return low
  }

  /** Visits every occurrence of `needle` as (entry index, offset inside that entry's value). */
  forEach(needle: string, visit: (entry: number, offset: number) => void): void {
    if (!needle) return
    for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + 1)) {
      const entry = this.entryAt(at)
      visit(entry, at - this.starts[entry]!)
    }
  }

  /** Visits the entries whose value starts with `needle`. */
  forEachPrefix(needle: string, visit: (entry: number) => void): void {
    if (!needle) return
    const marked = `\n${needle}`
    for (let at = this.text.indexOf(marked); at >= 0; at = this.text.indexOf(marked, at + 1)) visit(this.entryAt(at + 1))
  }
}

function addTo<K>(groups: Map<K, number[]>, key: K, value: number): void {
  const group = groups.get(key)
  if (group) group.push(value)
  else groups.set(key, [value])
}

export interface SearchIndex {
  docs: readonly SearchDoc[]
  pinyinOf: PinyinOf
  chinese: ChineseEntry[]
  english: EnglishEntry[]
  keys: PackedColumn
  pinyins: PackedColumn
  initials: PackedColumn
  /** Each entry's stems as " a b ": word runs are found with native string search. */
  stemLines: PackedColumn
  /** Each entry's lower-case words as typed, " a b ", for prefixes while typing. */
  wordLines: PackedColumn
  byKey: Map<string, number[]>
  byPinyin: Map<string, number[]>
  byPinyinLength: Map<number, number[]>
  byPinyinFirst: Map<number, number[]>
  byPinyinSecond: Map<number, number[]>
  byStemLine: Map<string, number[]>
  byWordCount: Map<number, number[]>
}

const PLAIN_SYLLABLE = /^[a-z]+$/
const ASCII_ALNUM = /^[a-z0-9]$/i

/** Latin letters in a name (9V电池, A4纸) count as typed, so "dianchi" is not 9V电池's full pinyin. */
function syllableOf(given: string | undefined, char: string): string {
  // Syllables from the build are already normalized; only other characters need it.
  if (given) return PLAIN_SYLLABLE.test(given) ? given : normalizePinyin(given)
  return ASCII_ALNUM.test(char) ? char.toLowerCase() : normalizePinyin(char)
}

function chineseEntry(doc: number, field: 'zh' | 'alias', text: string, pinyinOf: PinyinOf): ChineseEntry {
  const syllables = pinyinOf(text) ?? []
  let pinyin = ''
  let initials = ''
  let i = 0
  for (const char of text) {
    const syllable = syllableOf(syllables[i++], char)
    pinyin += syllable
    if (syllable) initials += syllable[0]
  }
  return { doc, field, text, key: normalizeChinese(text), pinyin, initials, generality: 0 }
}

/** The entry's syllable starts (see `ChineseEntry.syllableStarts`), computed once. */
function syllableStarts(index: SearchIndex, entry: ChineseEntry): number[] {
  if (entry.syllableStarts) return entry.syllableStarts
  const syllables = index.pinyinOf(entry.text) ?? []
  const starts: number[] = []
  let offset = 0
  let i = 0
  for (const char of entry.text) {
    starts.push(offset)
    offset += syllableOf(syllables[i++], char).length
  }
  starts.push(offset)
  entry.syllableStarts = starts
  return starts
}

const stemLine = (stems: readonly string[]) => ` ${stems.join(' ')} `

const GENERAL_WORD_MAX = 4

/** Fills in `generality` by counting, over all names, the short substrings they contain. */
function countGenerality(entries: ChineseEntry[]): void {
  const counts = new Map<string, number>()
  for (const { key } of entries) if (key.length >= 2 && key.length <= GENERAL_WORD_MAX) counts.set(key, 0)
  for (const { key } of entries) {
    // UTF-16 slices: names are BMP characters; a rare supplementary one only makes a part that
    // no key equals.
    for (let length = 2; length <= GENERAL_WORD_MAX; length++) {
      for (let start = 0; start + length <= key.length; start++) {
        const part = key.slice(start, start + length)
        const count = counts.get(part)
        if (count !== undefined) counts.set(part, count + 1)
      }
    }
  }
  for (const entry of entries) entry.generality = Math.max(0, (counts.get(entry.key) ?? 1) - 1)
}

/** Builds the index once; searching it allocates little. */
export function buildSearchIndex(docs: readonly SearchDoc[], pinyinOf: PinyinOf): SearchIndex {
  const chinese: ChineseEntry[] = []
  const english: EnglishEntry[] = []
  const addEnglish = (doc: number, field: 'en' | 'enAlias', text: string) => {
    const words = englishWords(text)
    if (words.length > 0) english.push({ doc, field, text, words, stems: words.map(w => w.stem) })
  }
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!
    chinese.push(chineseEntry(i, 'zh', doc.zh, pinyinOf))
    if (doc.aliases) for (const alias of doc.aliases) chinese.push(chineseEntry(i, 'alias', alias, pinyinOf))
    if (doc.en) addEnglish(i, 'en', doc.en)
    if (doc.enAliases) for (const alias of doc.enAliases) addEnglish(i, 'enAlias', alias)
  }
  countGenerality(chinese)
  const index: SearchIndex = {
    docs,
    pinyinOf,
    chinese,
    english,
    keys: new PackedColumn(chinese.map(e => e.key)),
    pinyins: new PackedColumn(chinese.map(e => e.pinyin)),
    initials: new PackedColumn(chinese.map(e => e.initials)),
    stemLines: new PackedColumn(english.map(e => stemLine(e.stems))),
    wordLines: new PackedColumn(english.map(e => stemLine(e.words.map(w => e.text.slice(w.start, w.end).toLowerCase())))),
    byKey: new Map(),
    byPinyin: new Map(),
    byPinyinLength: new Map(),
    byPinyinFirst: new Map(),
    byPinyinSecond: new Map(),
    byStemLine: new Map(),
    byWordCount: new Map(),
  }
  chinese.forEach(({ key, pinyin }, i) => {
    if (key) addTo(index.byKey, key, i)
    if (!pinyin) return
    if (pinyin.length >= 4) addTo(index.byPinyin, pinyin, i)
    addTo(index.byPinyinLength, pinyin.length, i)
    addTo(index.byPinyinFirst, pinyin.charCodeAt(0), i)
    if (pinyin.length > 1) addTo(index.byPinyinSecond, pinyin.charCodeAt(1), i)
  })
  english.forEach(({ stems }, i) => {
    addTo(index.byStemLine, stemLine(stems), i)
    addTo(index.byWordCount, stems.length, i)
  })
  return index
}

const KIND_RANK: Record<MatchKind, number> = { exact: 0, alias: 1, prefix: 2, contained: 3, containing: 4, fuzzy: 5 }

interface Candidate extends SearchHit {
  /** Within a kind, lower sorts first. */
  tiebreak: number
}

const isName = (field: MatchField) => (field === 'zh' || field === 'en' ? 0 : 1)

/** Orders candidates: by kind, then the kind's own tiebreak, names before aliases, shorter text. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind]
    || a.tiebreak - b.tiebreak
    || isName(a.field) - isName(b.field)
    || a.text.length - b.text.length
    || a.doc - b.doc
}

/** Name matches beat alias matches of the same kind ("exact" stays "exact" only for names). */
function nameOrAlias(field: MatchField, kind: 'exact' | 'alias'): MatchKind {
  return kind === 'exact' && (field === 'alias' || field === 'enAlias') ? 'alias' : kind
}

function candidate(entry: ChineseEntry | EnglishEntry, via: SearchHit['via'], kind: MatchKind, highlight: SearchHit['highlight'], tiebreak: number): Candidate {
  return { doc: entry.doc, id: '', field: entry.field, via, text: entry.text, kind, highlight, tiebreak }
}

function spanOf(text: string, query: string): readonly [number, number] | null {
  const at = text.normalize('NFKC').toLowerCase().indexOf(query)
  return at < 0 ? null : [at, at + query.length]
}

/** Characters (code points) [from, to) of the entry, as a UTF-16 span of its text. */
function charSpan(entry: ChineseEntry, from: number, to: number): readonly [number, number] {
  let start = entry.text.length
  let end = entry.text.length
  let index = 0
  let offset = 0
  for (const char of entry.text) {
    if (index === from) start = offset
    if (index === to) {
      end = offset
      break
    }
    index++
    offset += char.length
  }
  return [Math.min(start, end), end]
}

/** How many characters the first `length` letters of pinyin starting at character `from` cover. */
function charsCovering(starts: readonly number[], from: number, length: number): number {
  const end = starts[from]! + length
  let i = from
  while (i < starts.length - 1 && starts[i]! < end) i++
  return i
}

/** Every substring of `text` (by code point) at least `min` long, except `text` itself. */
function innerSubstrings(text: string, min: number): Set<string> {
  const chars = Array.from(text)
  const parts = new Set<string>()
  for (let length = min; length < chars.length; length++) {
    for (let start = 0; start + length <= chars.length; start++) parts.add(chars.slice(start, start + length).join(''))
  }
  return parts
}

/**
 * A cheap necessary condition for two strings to be one edit apart at their start: one of
 * their first two letters lines up. Rejects most names before `withinOneEdit` runs.
 */
function mayBeOneEditApart(a: string, b: string): boolean {
  const a0 = a.charCodeAt(0)
  const a1 = a.charCodeAt(1)
  const b0 = b.charCodeAt(0)
  const b1 = b.charCodeAt(1)
  return a0 === b0 || a1 === b1 || a0 === b1 || a1 === b0
}

type Offer = (candidate: Candidate) => void

/**
 * Among names that start with the query, head words that many names share come first (电池
 * before 电批 for "dian"), then shorter names.
 */
function prefixTiebreak(entry: ChineseEntry, length: number): number {
  return length - 1000 * Math.min(entry.generality, 50)
}

function searchChinese(index: SearchIndex, query: string, offer: Offer): void {
  index.keys.forEach(query, (i, offset) => {
    const entry = index.chinese[i]!
    if (offset > 0) offer(candidate(entry, 'chinese', 'containing', spanOf(entry.text, query), entry.key.length))
    else if (entry.key.length === query.length) offer(candidate(entry, 'chinese', nameOrAlias(entry.field, 'exact'), null, 0))
    else offer(candidate(entry, 'chinese', 'prefix', spanOf(entry.text, query), prefixTiebreak(entry, entry.key.length)))
  })
  // The most specific contained name wins: longer names sort first.
  for (const part of innerSubstrings(query, 1)) {
    for (const i of index.byKey.get(part) ?? []) offer(candidate(index.chinese[i]!, 'chinese', 'contained', null, -part.length))
  }
}

function searchPinyin(index: SearchIndex, query: string, offer: Offer): void {
  const ql = query.length
  index.pinyins.forEach(query, (i, offset) => {
    const entry = index.chinese[i]!
    const pl = entry.pinyin.length
    if (offset === 0) {
      if (pl === ql) offer(candidate(entry, 'pinyin', nameOrAlias(entry.field, 'exact'), null, 0))
      else offer(candidate(entry, 'pinyin', 'prefix', charSpan(entry, 0, charsCovering(syllableStarts(index, entry), 0, ql)), prefixTiebreak(entry, pl)))
      return
    }
    // Only at a syllable boundary: "chi" finds 电池 but "ianc" finds nothing.
    if (ql < 3) return
    const starts = syllableStarts(index, entry)
    const char = starts.indexOf(offset)
    if (char > 0 && starts[char - 1]! < offset) {
      offer(candidate(entry, 'pinyin', 'containing', charSpan(entry, char, charsCovering(starts, char, ql)), pl))
    }
  })
  if (ql >= 2) {
    index.initials.forEachPrefix(query, (i) => {
      const entry = index.chinese[i]!
      if (entry.initials.length === ql) offer(candidate(entry, 'initials', 'prefix', null, -1 - entry.generality))
      else offer(candidate(entry, 'initials', 'prefix', charSpan(entry, 0, ql), 100 + entry.initials.length))
    })
  }
  for (const part of innerSubstrings(query, 4)) {
    for (const i of index.byPinyin.get(part) ?? []) offer(candidate(index.chinese[i]!, 'pinyin', 'contained', null, -part.length))
  }
}

function searchPinyinTypos(index: SearchIndex, query: string, offer: Offer): void {
  const ql = query.length
  if (ql < 4) return
  for (let length = ql - 1; length <= ql + 1; length++) {
    for (const i of index.byPinyinLength.get(length) ?? []) {
      const entry = index.chinese[i]!
      if (mayBeOneEditApart(query, entry.pinyin) && withinOneEdit(query, entry.pinyin)) offer(candidate(entry, 'pinyin', 'fuzzy', null, length))
    }
  }
  // A typo while still typing: compare with the start of longer names' pinyin.
  if (ql < 5) return
  const q0 = query.charCodeAt(0)
  const q1 = query.charCodeAt(1)
  for (const group of [index.byPinyinFirst.get(q0), index.byPinyinFirst.get(q1), index.byPinyinSecond.get(q0), index.byPinyinSecond.get(q1)]) {
    for (const i of group ?? []) {
      const { pinyin } = index.chinese[i]!
      if (pinyin.length > ql + 1 && (withinOneEdit(query, pinyin, ql) || withinOneEdit(query, pinyin, ql - 1) || withinOneEdit(query, pinyin, ql + 1))) {
        offer(candidate(index.chinese[i]!, 'pinyin', 'fuzzy', null, 50 + pinyin.length))
      }
    }
  }
}

/** The query's English side, prepared once per search. */
interface EnglishQuery {
  words: EnglishWord[]
  stems: string[]
  /** The words as typed, lower case; the last may be unfinished. */
  raw: string[]
}

function searchEnglish(index: SearchIndex, query: EnglishQuery, offer: Offer): void {
  const n = query.stems.length
  const line = stemLine(query.stems)
  for (const i of index.byStemLine.get(line) ?? []) {
    const entry = index.english[i]!
    offer(candidate(entry, 'english', nameOrAlias(entry.field, 'exact'), null, 0))
  }
  // Typing: the words so far, the last one perhaps unfinished, start the name.
  const rawLast = query.raw[n - 1]!
  index.wordLines.forEachPrefix(` ${query.raw.join(' ')}`, (i) => {
    const entry = index.english[i]!
    const word = entry.words[n - 1]!
    offer(candidate(entry, 'english', 'prefix', [0, word.start + rawLast.length], entry.text.length))
  })
  // Names inside a longer description ("a used battery").
  for (let length = 1; length < n; length++) {
    for (let start = 0; start + length <= n; start++) {
      for (const i of index.byStemLine.get(stemLine(query.stems.slice(start, start + length))) ?? []) {
        const entry = index.english[i]!
        offer(candidate(entry, 'english', 'contained', null, -entry.text.length))
      }
    }
  }
  // Longer names that contain the query's words.
  index.stemLines.forEach(line, (i, offset) => {
    const entry = index.english[i]!
    if (entry.stems.length <= n) return
    let first = 0
    for (let at = 0; at < offset; at++) if (index.stemLines.text.charCodeAt(index.stemLines.starts[i]! + at) === 32) first++
    offer(candidate(entry, 'english', 'containing', [entry.words[first]!.start, entry.words[first + n - 1]!.end], entry.text.length))
  })
}

function searchEnglishTypos(index: SearchIndex, query: EnglishQuery, offer: Offer): void {
  const n = query.stems.length
  for (const i of index.byWordCount.get(n) ?? []) {
    const entry = index.english[i]!
    let typos = 0
    for (let w = 0; w < n && typos <= 1; w++) {
      const a = query.stems[w]!
      const b = entry.stems[w]!
      if (a === b) continue
      const wordLength = Math.max(query.words[w]!.end - query.words[w]!.start, b.length)
      if (wordLength >= 4 && mayBeOneEditApart(a, b) && withinOneEdit(a, b)) typos++
      else typos = 2
    }
    if (typos === 1) offer(candidate(entry, 'english', 'fuzzy', null, entry.text.length))
  }
}

/**
 * Searches the index. Returns at most `limit` documents, each with its best match, best first.
 */
export function search(index: SearchIndex, query: string, limit = 30): SearchHit[] {
  const trimmed = query.trim()
  if (!trimmed) return []
  const best = new Map<number, Candidate>()
  const offer: Offer = (found) => {
    const current = best.get(found.doc)
    if (!current || compareCandidates(found, current) < 0) best.set(found.doc, found)
  }

  if (hasChinese(trimmed)) {
    const key = normalizeChinese(trimmed)
    if (key) searchChinese(index, key, offer)
  }
  else {
    const pinyin = normalizePinyin(trimmed)
    const words = englishWords(trimmed)
    const english: EnglishQuery = { words, stems: words.map(w => w.stem), raw: words.map(w => trimmed.normalize('NFKC').slice(w.start, w.end).toLowerCase()) }
    if (pinyin) searchPinyin(index, pinyin, offer)
    if (words.length > 0) searchEnglish(index, english, offer)
    // Typos rank last, so they are only looked for while the results have room for them.
    if (best.size < limit) {
      if (pinyin) searchPinyinTypos(index, pinyin, offer)
      if (words.length > 0) searchEnglishTypos(index, english, offer)
    }
  }

  return [...best.values()]
    .sort(compareCandidates)
    .slice(0, limit)
    .map(({ tiebreak: _tiebreak, ...hit }) => ({ ...hit, id: index.docs[hit.doc]!.id }))
}

/**
 * Closest names for a query that found nothing: the most shared characters (Chinese) or the
 * smallest edit distance (pinyin and English), so the user can pick what they meant.
 */
export function suggest(index: SearchIndex, query: string, limit = 5): SearchHit[] {
  const trimmed = query.trim()
  if (!trimmed) return []
  const scored = new Map<number, { score: number, entry: ChineseEntry | EnglishEntry }>()
  const keep = (entry: ChineseEntry | EnglishEntry, score: number) => {
    const current = scored.get(entry.doc)
    if (score > 0 && (!current || score > current.score)) scored.set(entry.doc, { score, entry })
  }
  if (hasChinese(trimmed)) {
    // Grammatical words ("的", "了") and words like "old" or "used" say nothing about the thing.
    const chars = new Set(Array.from(normalizeChinese(trimmed)).filter(char => !FILLER_CHARACTERS.includes(char)))
    for (const entry of index.chinese) {
      const own = new Set(Array.from(entry.key))
      let shared = 0
      for (const char of own) if (chars.has(char)) shared++
      // Dice coefficient: shared characters relative to both lengths.
      keep(entry, (2 * shared) / (own.size + chars.size))
    }
  }
  else {
    const pinyin = normalizePinyin(trimmed)
    const lower = trimmed.toLowerCase()
    for (const entry of index.chinese) if (entry.pinyin) keep(entry, 1 - editDistance(pinyin, entry.pinyin) / Math.max(pinyin.length, entry.pinyin.length))
    for (const entry of index.english) keep(entry, 1 - editDistance(lower, entry.text.toLowerCase()) / Math.max(lower.length, entry.text.length))
  }
  return [...scored.values()]
    .filter(({ score }) => score >= 0.34)
    .sort((a, b) => b.score - a.score || a.entry.text.length - b.entry.text.length)
    .slice(0, limit)
    .map(({ entry }) => ({ doc: entry.doc, id: index.docs[entry.doc]!.id, kind: 'fuzzy', field: entry.field, via: 'key' in entry ? 'chinese' : 'english', text: entry.text, highlight: null }))
}

const FILLER_CHARACTERS = '的了过个些这那用旧坏破东西'

/** Levenshtein distance, for suggestions only (the hot path uses `withinOneEdit`). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
