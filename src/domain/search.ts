import type { Category, SubType } from './categories'
import type { Guess, ItemFacts, Lexicon, ModifierEffect } from './guess'
import type { Bilingual } from './item'
import type { Certainty, MatchKind } from './search-kinds'
import type { EnglishWord } from './text'
import { coreVariants, englishModifierEffects, guessFor, modifierEffects, stripQuery, variantFor } from './guess'
import { CERTAINTY, MATCH_KINDS } from './search-kinds'
import { englishWords, fuzzySyllable, hasChinese, normalizeChinese, normalizePinyin, withinOneEdit } from './text'

/**
 * "Where does it go?" search over the knowledge base (and what a household taught the app).
 *
 * A query is matched against every name and alias in Chinese, pinyin (full, with or without
 * spaces and tones, or initials) and English (case-insensitive, singular/plural), allowing one
 * typo in pinyin or English words of four letters or more, and homophones of Chinese names
 * (电尺 for 电池, the commonest pinyin-keyboard slip).
 *
 * The head noun decides. Chinese and English compounds put the thing last: 酸奶瓶 is a bottle,
 * 苹果手机 a phone, "battery charger" a charger. A known name counts as the answer only when it
 * ends the query (after question phrases, fillers, counts and particles are taken off:
 * 这个香蕉皮是什么垃圾); names found elsewhere in the query are modifiers, offered as
 * suggestions. Modifier words in front of the head may change the bin (沾油的纸, 大块骨头, 空的药瓶),
 * and a thing no name covers is judged from its form and material (某某牌塑料瓶 → a plastic
 * bottle). See `guess.ts` and the data in `src/data/guess-table.ts`.
 *
 * Every hit says how sure it is (`certainty`): `sure` for an exact name, an alias or a head-noun
 * match; `guess` when the answer was judged (`assumed` says as what); `suggestion` for anything
 * looser (a prefix, a name containing the query, a name mentioned inside it, a typo). Results are
 * ranked by kind (`MATCH_KINDS` order), then by the kind's own tiebreak.
 *
 * Speed: every column (names, pinyin, initials, English stems) is packed into one string, so each
 * kind of match is one native `indexOf` sweep instead of a loop over ten thousand names; names in
 * a query are looked up by its substrings; typos are only looked for when nothing sure was found.
 * `npm run bench` holds it to its budget.
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
  /** Knowledge-base items carry their bin, so modifiers and guesses can reason about them. */
  category?: Category
  sub?: SubType
}

/** Pinyin of a Chinese string, one syllable (toneless, ü as v) per character; '' for none. */
export type PinyinOf = (text: string) => readonly string[] | undefined

export type { Certainty, MatchKind } from './search-kinds'
export { CERTAINTY, MATCH_KINDS } from './search-kinds'

export type MatchField = 'zh' | 'alias' | 'en' | 'enAlias'

export interface SearchHit {
  /** Index of the document in the array the index was built from. */
  doc: number
  id: string
  kind: MatchKind
  certainty: Certainty
  field: MatchField
  /** How the query met the text: by its characters, its pinyin, its initials or its English. */
  via: 'chinese' | 'pinyin' | 'initials' | 'english'
  /** The name or alias that matched, as written (for a guess: the name of the item judged as). */
  text: string
  /** The part of `text` to highlight, as [start, end) in UTF-16 units; null for the whole. */
  highlight: readonly [number, number] | null
  /**
   * For guesses: what the thing was judged as, in both languages, for "按{zh}判断 · judged as
   * {en}" and a "right?" the user can confirm or correct.
   */
  assumed?: Bilingual
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

/** The lexicon with its words in sets and its item ids resolved to documents. */
interface PreparedLexicon {
  lexicon: Lexicon
  /** Words that separate words in a query (materials, connectors, modifiers, forms). */
  words: Set<string>
  /** Material words: a name ending in one is made of it (牛皮纸), others hide it (纸巾). */
  materials: readonly string[]
  /** Longest such word, in characters, to bound substring lookups. */
  longestWord: number
  /** Item id → document index. */
  docOf: Map<string, number>
  /** Documents that name a kind (`Lexicon.kinds`). */
  kinds: Set<number>
}

const EMPTY_LEXICON: Lexicon = { trailing: [], leading: [], trailingStates: [], modifiers: [], words: [], variants: {}, classVariants: [], guesses: [], kinds: [] }

export interface SearchIndex {
  docs: readonly SearchDoc[]
  pinyinOf: PinyinOf
  lexicon: PreparedLexicon
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
  /** Longest key, in UTF-16 units, to bound the substrings of a query worth looking up. */
  longestKey: number
  byPinyin: Map<string, number[]>
  /** Entries by fuzzy pinyin (`fuzzySyllable`), built on the first homophone search. */
  byFuzzyPinyin?: Map<string, number[]>
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

function prepareLexicon(lexicon: Lexicon, docs: readonly SearchDoc[]): PreparedLexicon {
  const words = new Set<string>()
  const add = (word: string) => {
    const key = normalizeChinese(word)
    if (key) words.add(key)
  }
  lexicon.words.forEach(add)
  for (const group of lexicon.modifiers) group.zh.forEach(add)
  const materials = new Set<string>()
  for (const rule of lexicon.guesses) {
    rule.forms.forEach(add)
    rule.materials?.forEach(add)
    rule.materials?.forEach(material => materials.add(normalizeChinese(material)))
  }
  const docOf = new Map<string, number>()
  docs.forEach((doc, i) => docOf.set(doc.id, i))
  let longestWord = 0
  for (const word of words) longestWord = Math.max(longestWord, word.length)
  const kinds = new Set(lexicon.kinds.flatMap(id => docOf.has(id) ? [docOf.get(id)!] : []))
  return { lexicon, words, materials: [...materials], longestWord, docOf, kinds }
}

/**
 * Builds the index once; searching it allocates little. `lexicon` (the guess table) lets the
 * search read modifiers and guess from form and material; without one it matches names only.
 */
export function buildSearchIndex(docs: readonly SearchDoc[], pinyinOf: PinyinOf, lexicon: Lexicon = EMPTY_LEXICON): SearchIndex {
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
    lexicon: prepareLexicon(lexicon, docs),
    chinese,
    english,
    keys: new PackedColumn(chinese.map(e => e.key)),
    pinyins: new PackedColumn(chinese.map(e => e.pinyin)),
    initials: new PackedColumn(chinese.map(e => e.initials)),
    stemLines: new PackedColumn(english.map(e => stemLine(e.stems))),
    wordLines: new PackedColumn(english.map(e => stemLine(e.words.map(w => e.text.slice(w.start, w.end).toLowerCase())))),
    byKey: new Map(),
    longestKey: 0,
    byPinyin: new Map(),
    byPinyinLength: new Map(),
    byPinyinFirst: new Map(),
    byPinyinSecond: new Map(),
    byStemLine: new Map(),
    byWordCount: new Map(),
  }
  chinese.forEach(({ key, pinyin }, i) => {
    if (key) {
      addTo(index.byKey, key, i)
      if (key.length > index.longestKey) index.longestKey = key.length
    }
    if (!pinyin) return
    addTo(index.byPinyin, pinyin, i)
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

const KIND_RANK = Object.fromEntries(MATCH_KINDS.map((kind, i) => [kind, i])) as Record<MatchKind, number>

interface Candidate {
  doc: number
  kind: MatchKind
  field: MatchField
  via: SearchHit['via']
  text: string
  highlight: SearchHit['highlight']
  assumed?: Bilingual
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
  return { doc: entry.doc, field: entry.field, via, text: entry.text, kind, highlight, tiebreak }
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

/** Every substring of `text` at least `min` long, except `text` itself, with where it starts. */
function innerSubstrings(text: string, min: number): Array<{ part: string, start: number }> {
  const parts: Array<{ part: string, start: number }> = []
  for (let length = min; length < text.length; length++) {
    for (let start = 0; start + length <= text.length; start++) parts.push({ part: text.slice(start, start + length), start })
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

/** What the literal search saw of the query among the names. */
interface Literal {
  /** The query occurs in some name (so it is a real word, not a slip of the keyboard). */
  found: boolean
  /** Some name ends with the query: those names are kinds of it (纸书皮 for 书皮). */
  tail: boolean
}

/** Names that equal, start, end or contain the query. */
function searchChinese(index: SearchIndex, query: string, offer: Offer): Literal {
  const literal: Literal = { found: false, tail: false }
  index.keys.forEach(query, (i, offset) => {
    const entry = index.chinese[i]!
    literal.found = true
    if (offset === 0) {
      if (entry.key.length === query.length) offer(candidate(entry, 'chinese', nameOrAlias(entry.field, 'exact'), null, 0))
      else offer(candidate(entry, 'chinese', 'prefix', spanOf(entry.text, query), prefixTiebreak(entry, entry.key.length)))
    }
    // The query ends the name: 电池 in 纽扣电池 is a kind of battery, more likely meant than
    // 电池充电器 (a charger). One character is more likely the start of a word being typed.
    else if (offset + query.length === entry.key.length && query.length > 1) {
      literal.tail = true
      offer(candidate(entry, 'chinese', 'tail', spanOf(entry.text, query), prefixTiebreak(entry, entry.key.length)))
    }
    else offer(candidate(entry, 'chinese', 'containing', spanOf(entry.text, query), entry.key.length))
  })
  return literal
}

// ---- reading a Chinese query: head noun, modifiers, guesses ----

/** Item facts of a document, when it is a knowledge-base item. */
function factsOf(index: SearchIndex, doc: number): ItemFacts | undefined {
  const { id, category, sub } = index.docs[doc]!
  return category && sub ? { id, category, sub } : undefined
}

/** The documents of a key (an item may own a name and an alias with the same key). */
function docsOfKey(index: SearchIndex, key: string): ChineseEntry[] {
  const entries = index.byKey.get(key)
  if (!entries) return []
  const seen = new Set<number>()
  const unique: ChineseEntry[] = []
  for (const i of entries) {
    const entry = index.chinese[i]!
    if (seen.has(entry.doc)) continue
    seen.add(entry.doc)
    unique.push(entry)
  }
  return unique
}

/** Known names and words inside a query, by where they start and end. */
interface Spans {
  /** [start, end) of every knowledge-base name inside the text, longest first. */
  names: Array<{ start: number, end: number, key: string }>
  /** endsWord[i]: a name or a lexicon word ends at position i. */
  endsWord: boolean[]
  /** known[i]: the text before position i is made entirely of names and lexicon words. */
  known: boolean[]
  /** plain[i]: the text before position i is made entirely of lexicon words (no names). */
  plain: boolean[]
}

function spansIn(index: SearchIndex, text: string): Spans {
  const names: Spans['names'] = []
  const endsWord = Array.from({ length: text.length + 1 }, () => false)
  const known = Array.from({ length: text.length + 1 }, () => false)
  const plain = Array.from({ length: text.length + 1 }, () => false)
  known[0] = true
  plain[0] = true
  const longest = Math.max(index.longestKey, index.lexicon.longestWord)
  for (let start = 0; start < text.length; start++) {
    for (let end = start + 1; end <= Math.min(text.length, start + longest); end++) {
      const part = text.slice(start, end)
      const isName = index.byKey.has(part)
      if (isName && end - start >= 2) names.push({ start, end, key: part })
      const isWord = index.lexicon.words.has(part)
      if (isName || isWord) {
        endsWord[end] = true
        if (known[start]) known[end] = true
      }
      if (isWord && plain[start]) plain[end] = true
    }
  }
  names.sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.end - a.end)
  return { names, endsWord, known, plain }
}

/**
 * Whether the name starting at `at` cuts another name in two (酸 | 奶瓶 cuts 酸奶, 节能 | 灯管
 * cuts 节能灯), unless what comes before ends in a known word (塑料 | 瓶盖). Such a head may
 * still be right (灯管) or not (奶瓶), so it is only a guess.
 */
function cutsAName(spans: Spans, at: number): boolean {
  if (spans.endsWord[at]) return false
  return spans.names.some(name => name.start < at && name.end > at)
}

/** The item named inside `text` before `end` that the thing most likely held: the longest name. */
function contentsOf(index: SearchIndex, spans: Spans, end: number): ItemFacts | undefined {
  for (const name of spans.names) {
    if (name.end > end) continue
    for (const entry of docsOfKey(index, name.key)) {
      const facts = factsOf(index, entry.doc)
      if (facts) return facts
    }
  }
  return undefined
}

/**
 * The text with every name blanked out unless the name is made of a material (塑料, 牛皮纸): in
 * 纸巾包装袋 the 纸 of 纸巾 is not what the bag is made of.
 */
function maskNames(index: SearchIndex, text: string, spans: Spans): string {
  if (spans.names.length === 0) return text
  const chars = text.split('')
  for (const name of spans.names) {
    const ownMaterial = index.lexicon.materials.some(material => name.key.endsWith(material))
    if (!ownMaterial) for (let i = name.start; i < name.end; i++) chars[i] = '\u0000'
  }
  return chars.join('')
}

/** A guess that the thing is `guess.item`, as a Chinese-side candidate. */
function guessCandidate(index: SearchIndex, guess: Pick<Guess, 'item' | 'assumed'>): Candidate | undefined {
  const doc = index.lexicon.docOf.get(guess.item)
  if (doc === undefined) return undefined
  return { doc, kind: 'guess', field: 'zh', via: 'chinese', text: index.docs[doc]!.zh, highlight: null, assumed: guess.assumed, tiebreak: 0 }
}

/**
 * Offers `entry` as the head noun of a query, changed by `effects` where they change it: an
 * item's own variant is still a sure answer, a class-wide one is a guess. A kind (塑料瓶, 电池)
 * after words the app does not know (`unknownBefore`: 某某牌) is a guess too. The unchanged item
 * stays on offer as a suggestion.
 */
function offerHead(index: SearchIndex, entry: ChineseEntry | EnglishEntry, effects: readonly ModifierEffect[], via: SearchHit['via'], tiebreak: number, offer: Offer, unknownBefore = false, anyItemIsKind = false): void {
  const facts = factsOf(index, entry.doc)
  const variant = facts ? variantFor(index.lexicon.lexicon, facts, effects) : undefined
  const doc = variant ? index.lexicon.docOf.get(variant.item) : undefined
  const asKind = unknownBefore && (anyItemIsKind || index.lexicon.kinds.has(entry.doc))
  if (!variant || doc === undefined) {
    if (!asKind) {
      offer(candidate(entry, via, 'contained', null, tiebreak))
      return
    }
    const own = index.docs[entry.doc]!
    offer({ ...candidate(entry, via, 'guess', null, tiebreak), assumed: { zh: own.zh, en: own.en ?? own.zh } })
    return
  }
  offer(candidate(entry, via, 'mention', null, tiebreak))
  const target = index.docs[doc]!
  const text = via === 'english' ? target.en ?? target.zh : target.zh
  const assumed = variant.assumed ?? (asKind ? { zh: target.zh, en: target.en ?? target.zh } : undefined)
  if (assumed) offer({ doc, kind: 'guess', field: 'zh', via, text, highlight: null, assumed, tiebreak })
  else offer({ doc, kind: 'contained', field: via === 'english' ? 'en' : 'zh', via, text, highlight: null, tiebreak })
}

/**
 * Reads one cleaned query (`core`): the longest name that ends it and is not cut out of a longer
 * word is the head; the words before it are modifiers. Returns false when no name ends it.
 */
function readHead(index: SearchIndex, core: string, effects: readonly ModifierEffect[], spans: Spans, offer: Offer): boolean {
  for (let at = 0; at < core.length; at++) {
    const tail = core.slice(at)
    const entries = docsOfKey(index, tail)
    if (entries.length === 0) continue
    const all = [...effects, ...modifierEffects(index.lexicon.lexicon, core.slice(0, at))]
    // A one-character head (纸, 书, 药) ends too many words to be sure after other names (糖果纸),
    // and a head that cuts a name in two may be the wrong reading: both are guesses.
    const doubtful = (tail.length === 1 && !spans.plain[at]) || cutsAName(spans, at)
    const unknownBefore = doubtful || !spans.known[at]
    for (const entry of entries) offerHead(index, entry, all, 'chinese', -tail.length, offer, unknownBefore, doubtful)
    return true
  }
  return false
}

/** Names inside the query that are not its head: what it mentions, offered as suggestions. */
function offerMentions(index: SearchIndex, spans: Spans, offer: Offer): void {
  for (const name of spans.names) {
    for (const entry of docsOfKey(index, name.key)) offer(candidate(entry, 'chinese', 'mention', null, -(name.end - name.start)))
  }
}

/**
 * Understands a Chinese query beyond its literal names (see the module comment): offers its head
 * noun, changed by its modifiers, or else a guess, and the names it mentions. Where names end
 * with the whole query (纸书皮, 塑料书皮 for 书皮), those kinds of it say more than a guess from its
 * last character would, so the form is only used when it is the whole query (叉子, 瓶子).
 */
function understandChinese(index: SearchIndex, key: string, literal: Literal, offer: Offer): void {
  const lexicon = index.lexicon.lexicon
  const { core, effects } = stripQuery(lexicon, key)
  const cores = [core, ...coreVariants(core)]
  for (const text of cores) {
    if (text !== key) {
      const exact = docsOfKey(index, text)
      if (exact.length > 0) {
        for (const entry of exact) offerHead(index, entry, effects, 'chinese', -text.length, offer)
        return
      }
    }
  }
  const spans = spansIn(index, core)
  offerMentions(index, spans, offer)
  for (const text of cores) {
    if (readHead(index, text, effects, text === core ? spans : spansIn(index, text), offer)) return
  }
  // Nothing names the thing: judge it from its form and material.
  for (const text of cores) {
    const textSpans = text === core ? spans : spansIn(index, text)
    const all = [...effects, ...modifierEffects(lexicon, text)]
    const judged = guessFor(lexicon, text, all, { masked: maskNames(index, text, textSpans), contentsBefore: end => contentsOf(index, textSpans, end) })
    if (!judged || (literal.tail && text === key && judged.form !== text)) continue
    const target = index.lexicon.docOf.get(judged.item)
    const facts = target === undefined ? undefined : factsOf(index, target)
    const variant = facts ? variantFor(lexicon, facts, all) : undefined
    const found = guessCandidate(index, variant ? { item: variant.item, assumed: variant.assumed ?? judged.assumed } : judged)
    if (found) {
      offer(found)
      return
    }
  }
}

/** The fuzzy-pinyin map, built once, on the first search that needs it (not every user does). */
function byFuzzyPinyin(index: SearchIndex): Map<string, number[]> {
  if (index.byFuzzyPinyin) return index.byFuzzyPinyin
  const map = new Map<string, number[]>()
  index.chinese.forEach((entry, i) => {
    const sound = entry.pinyin ? pinyinOfText(index, entry.text) : undefined
    if (sound) addTo(map, sound.fuzzy, i)
  })
  index.byFuzzyPinyin = map
  return map
}

/**
 * Pinyin of a Chinese text from the index's table, plain and fuzzy (`fuzzySyllable`), or
 * undefined if a character is unknown.
 */
function pinyinOfText(index: SearchIndex, text: string): { pinyin: string, fuzzy: string } | undefined {
  const syllables = index.pinyinOf(text) ?? []
  let pinyin = ''
  let fuzzy = ''
  let i = 0
  for (const char of text) {
    const syllable = syllableOf(syllables[i++], char)
    if (!syllable) return undefined
    pinyin += syllable
    fuzzy += fuzzySyllable(syllable)
  }
  return { pinyin, fuzzy }
}

/**
 * Homophones: the query typed with the wrong characters for the right sounds (电尺, 矿泉水平),
 * the commonest slip on a pinyin keyboard, also with the sounds many people confuse (过期药平
 * for 过期药品). No further typo on top: 钓鱼竿 is not a slip for 小鱼干.
 */
function searchHomophones(index: SearchIndex, key: string, offer: Offer): void {
  const sound = pinyinOfText(index, key)
  if (!sound || sound.pinyin.length < 4) return
  for (const i of index.byPinyin.get(sound.pinyin) ?? []) offer(candidate(index.chinese[i]!, 'chinese', 'homophone', null, 0))
  for (const i of byFuzzyPinyin(index).get(sound.fuzzy) ?? []) offer(candidate(index.chinese[i]!, 'chinese', 'homophone', null, 1))
}

function searchPinyin(index: SearchIndex, query: string, initials: boolean, offer: Offer): void {
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
    // Pinyin is typed from the start of a word, so a name that merely ends with the letters
    // (字典 for "dian") is no better than one containing them.
    if (char > 0 && starts[char - 1]! < offset) offer(candidate(entry, 'pinyin', 'containing', charSpan(entry, char, charsCovering(starts, char, ql)), pl))
  })
  if (initials && ql >= 2) {
    index.initials.forEachPrefix(query, (i) => {
      const entry = index.chinese[i]!
      if (entry.initials.length === ql) offer(candidate(entry, 'initials', 'prefix', null, -1 - entry.generality))
      else offer(candidate(entry, 'initials', 'prefix', charSpan(entry, 0, ql), 100 + entry.initials.length))
    })
  }
  // Names inside a longer pinyin query: the one that ends it (five letters or more) is its head.
  for (const { part, start } of innerSubstrings(query, 4)) {
    const entries = index.byPinyin.get(part)
    if (!entries) continue
    const isHead = start + part.length === ql && part.length >= 5
    for (const i of entries) offer(candidate(index.chinese[i]!, 'pinyin', isHead ? 'contained' : 'mention', null, -part.length))
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
  // Names inside a longer description: the one that ends it is its head ("a used battery"); the
  // words before it may change it ("greasy pizza box"); names elsewhere are mentions.
  for (let length = n - 1; length >= 1; length--) {
    for (let start = 0; start + length <= n; start++) {
      const isHead = start + length === n
      for (const i of index.byStemLine.get(stemLine(query.stems.slice(start, start + length))) ?? []) {
        const entry = index.english[i]!
        if (isHead) {
          const before = query.raw.slice(0, start)
          const effects = englishModifierEffects(index.lexicon.lexicon, before)
          offerHead(index, entry, effects, 'english', -entry.text.length, offer, before.some(word => !ENGLISH_FILLERS.has(word) && !index.lexicon.lexicon.modifiers.some(group => group.en?.includes(word))))
        }
        else offer(candidate(entry, 'english', 'mention', null, -entry.text.length))
      }
    }
  }
  // Longer names that contain the query's words.
  index.stemLines.forEach(line, (i, offset) => {
    const entry = index.english[i]!
    if (entry.stems.length <= n) return
    let first = 0
    for (let at = 0; at < offset; at++) if (index.stemLines.text.charCodeAt(index.stemLines.starts[i]! + at) === 32) first++
    // A name the query's words end ("used tea bag" for "tea bag") is a kind of the thing, more
    // likely meant than one they start ("tea bag wrapper"); typing still favours prefixes.
    const endsName = first + n === entry.stems.length
    offer(candidate(entry, 'english', 'containing', [entry.words[first]!.start, entry.words[first + n - 1]!.end], entry.text.length - (endsName ? 1000 : 0)))
  })
}

/** English words in front of a name that say nothing about the thing. */
const ENGLISH_FILLERS = new Set(['a', 'an', 'the', 'my', 'some', 'this', 'that', 'of', 'with', 'from'])

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
 * Latin text that is a word or a model name rather than pinyin initials: it has a digit (PS4,
 * 18650) or a capital letter (CD, iPad), as nobody capitalises initials they type.
 */
export function looksLikeWordOrModel(text: string): boolean {
  return /[0-9]/.test(text) || /[A-Z]/.test(text)
}

const isSure = (kind: MatchKind) => CERTAINTY[kind] === 'sure'

/**
 * Searches the index. Returns at most `limit` documents, each with its best match, best first,
 * each saying how sure it is.
 */
export function search(index: SearchIndex, query: string, limit = 30): SearchHit[] {
  const trimmed = query.trim()
  if (!trimmed) return []
  const best = new Map<number, Candidate>()
  let sure = false
  const offer: Offer = (found) => {
    if (isSure(found.kind)) sure = true
    const current = best.get(found.doc)
    if (!current || compareCandidates(found, current) < 0) best.set(found.doc, found)
  }

  if (hasChinese(trimmed)) {
    const key = normalizeChinese(trimmed)
    if (key) {
      const literal = searchChinese(index, key, offer)
      if (!sure) understandChinese(index, key, literal, offer)
      // The wrong characters for the right sounds: only for text no name contains (勺子 is a
      // word of its own, not a slip for 哨子).
      if (!sure && !literal.found && !index.lexicon.words.has(key)) searchHomophones(index, key, offer)
    }
  }
  else {
    const pinyin = normalizePinyin(trimmed)
    const words = englishWords(trimmed)
    const english: EnglishQuery = { words, stems: words.map(w => w.stem), raw: words.map(w => trimmed.normalize('NFKC').slice(w.start, w.end).toLowerCase()) }
    if (pinyin) searchPinyin(index, pinyin, !looksLikeWordOrModel(trimmed), offer)
    if (words.length > 0) searchEnglish(index, english, offer)
    // Typos rank last, so they are only looked for while the results have room for them.
    if (!sure && best.size < limit) {
      if (pinyin) searchPinyinTypos(index, pinyin, offer)
      if (words.length > 0) searchEnglishTypos(index, english, offer)
    }
  }

  return [...best.values()]
    .sort(compareCandidates)
    .slice(0, limit)
    .map(({ tiebreak: _tiebreak, ...hit }) => ({ ...hit, id: index.docs[hit.doc]!.id, certainty: CERTAINTY[hit.kind] }))
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
    .map(({ entry }) => ({ doc: entry.doc, id: index.docs[entry.doc]!.id, kind: 'fuzzy', certainty: 'suggestion', field: entry.field, via: 'key' in entry ? 'chinese' : 'english', text: entry.text, highlight: null }))
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
