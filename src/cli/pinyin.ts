/**
 * Build-time pinyin (Node only: never imported by the app). The shipped dictionary carries the
 * result as data, so phones download no pinyin library.
 */
import { pinyin } from 'pinyin-pro'
import { normalizePinyin } from '../domain/text.ts'

/** One toneless syllable per character (ü as v); '' for characters that are not Chinese. */
export function pinyinSyllables(text: string): string[] {
  const chars = Array.from(text)
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'spaced' })
  // Whole-text conversion reads polyphonic characters in context (银行 yín háng); it yields one
  // entry per character, and the per-character fallback only guards against surprises.
  if (syllables.length === chars.length) return syllables.map((s, i) => (/[\u3400-\u9fff]/.test(chars[i]!) ? normalizePinyin(s) : ''))
  return chars.map(char => (/[\u3400-\u9fff]/.test(char) ? normalizePinyin(pinyin(char, { toneType: 'none' })) : ''))
}

/** A table from every given text to its syllables, space-joined ("电池" → "dian chi"). */
export function pinyinTable(texts: Iterable<string>): Record<string, string> {
  const table: Record<string, string> = {}
  for (const text of texts) if (!(text in table)) table[text] = pinyinSyllables(text).join(' ')
  return table
}
