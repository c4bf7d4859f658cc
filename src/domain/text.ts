/**
 * Text normalisation shared by search, imports and the knowledge-base tools: what a user types
 * (full-width letters, tone marks, tone digits, plurals, stray spaces) is reduced to forms that
 * compare reliably.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

/** True if the text contains at least one Chinese character. */
export function hasChinese(text: string): boolean {
  return CJK.test(text)
}

/**
 * Chinese-side key: NFKC (full-width → half-width), lower case, without whitespace and
 * punctuation. "有油污的 外卖餐盒！" → "有油污的外卖餐盒".
 */
export function normalizeChinese(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '')
}

/**
 * Pinyin-side key: lower-case latin letters and digits. Tone marks and tone digits (1–5 right
 * after a letter) go, ü becomes v (as typed on phones), spaces and apostrophes go:
 * "Diàn chí", "dian4 chi2", "dian chi" → "dianchi"; "18650 dianchi" keeps its number.
 */
export function normalizePinyin(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    // ü (with or without a tone mark) decomposes to u + diaeresis; "u:" is the ASCII spelling.
    .replace(/u\u0308|u:/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])[1-5]/g, '$1')
    .replace(/[^a-z0-9]/g, '')
}

/**
 * One syllable as a pinyin keyboard's fuzzy mode hears it: the initials zh/ch/sh and z/c/s, n and
 * l, and the finals -ing/-in, -eng/-en, -ang/-an sound alike to many speakers (in Sichuan among
 * them): 电此 (dian ci) should still find 电池 (dian chi), and 流奶 (liu nai) 牛奶 (niu nai).
 */
export function fuzzySyllable(syllable: string): string {
  let fuzzy = FUZZY_SYLLABLES.get(syllable)
  if (fuzzy === undefined) {
    fuzzy = syllable.replace(/^([zcs])h/, '$1').replace(/^n(?=[aeiouv])/, 'l').replace(/(i|e|a)ng$/, '$1n')
    FUZZY_SYLLABLES.set(syllable, fuzzy)
  }
  return fuzzy
}

/** Memo for `fuzzySyllable`: Mandarin has some four hundred syllables. */
const FUZZY_SYLLABLES = new Map<string, string>()

/**
 * Reduces an English word to a stem so singular and plural meet: batteries → battery,
 * boxes → box, leaves → leaf, knives/knife → knif, shoes/shoe → shoe. Deliberately small: it
 * only has to make a word and its plural agree, not be linguistics.
 */
export function englishStem(word: string): string {
  let w = word.toLowerCase()
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 4 && w.endsWith('ves')) w = `${w.slice(0, -3)}f`
  else if (w.length > 3 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  // A final e goes (knife/knives → knif, potatoes → potato), but not from four-letter words, where
  // it tells words apart (tape / tap, cane / can).
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

export interface EnglishWord {
  stem: string
  /** Where the word is in the original text, for highlighting. */
  start: number
  end: number
}

/** Splits English text into words (letters and digits) with their stems and positions. */
export function englishWords(text: string): EnglishWord[] {
  const words: EnglishWord[] = []
  for (const match of text.normalize('NFKC').matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push({ stem: englishStem(match[0]), start: match.index, end: match.index + match[0].length })
  }
  return words
}

/**
 * Whether `a` and the first `bLength` characters of `b` are at most one edit apart (insert,
 * delete, substitute, or swap two neighbours). Linear, and allocates nothing: the search calls it
 * for thousands of names per keystroke.
 */
export function withinOneEdit(a: string, b: string, bLength = b.length): boolean {
  const la = a.length
  const lb = Math.min(bLength, b.length)
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++
  if (i === la && i === lb) return true
  if (la === lb) {
    if (sameRun(a, i + 1, b, i + 1, la)) return true
    // A swap of two neighbouring letters ("dainchi").
    return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameRun(a, i + 2, b, i + 2, la)
  }
  return la > lb ? sameRun(a, i + 1, b, i, la) : sameRun(a, i, b, i + 1, la)
}

/** a[from..aEnd) equals b starting at bFrom. */
function sameRun(a: string, from: number, b: string, bFrom: number, aEnd: number): boolean {
  for (let i = from, j = bFrom; i < aEnd; i++, j++) {
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
  }
  return true
}
