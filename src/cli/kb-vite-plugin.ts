import type { Plugin } from 'vite'
import type { PinyinData } from '../domain/pinyin'
import { ALL_ITEMS } from '../data/items/index.ts'
import { packItems } from '../domain/item-pack.ts'
import { pinyinSyllables } from './pinyin.ts'

const VIRTUAL_ID = 'virtual:sorthero/pinyin'

/**
 * Pinyin for the dictionary, computed at build time: `virtual:sorthero/pinyin` exports the
 * reading of every Chinese character in the knowledge base and of the 3,755 common characters
 * (GB 2312 level 1), plus the whole-string reading of the few names where context changes a
 * character's reading (银行, 长城). The app derives any name's pinyin from these, including names
 * a household typed itself and homophone slips (电尺 for 电池), and ships no pinyin library.
 *
 * The items are bundled into the Vite config, so a dev server picks up new names on restart.
 */
export function kbPinyinPlugin(): Plugin {
  return {
    name: 'sorthero-kb-pinyin',
    resolveId: id => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined
      return `export default ${JSON.stringify(dictionaryPinyinData())}`
    },
  }
}

/**
 * The 3,755 level-1 characters of GB 2312 (the commonest simplified characters), decoded from
 * their code points: rows 16–55 of the standard, 94 cells a row, the last row ending at 0xD7F9.
 */
export function commonCharacters(): string {
  const decoder = new TextDecoder('gbk')
  let chars = ''
  for (let high = 0xB0; high <= 0xD7; high++) {
    for (let low = 0xA1; low <= 0xFE && !(high === 0xD7 && low > 0xF9); low++) chars += decoder.decode(new Uint8Array([high, low]))
  }
  return chars
}

/** The pinyin data the app ships: every name and alias of the knowledge base, and the common characters. */
export function dictionaryPinyinData(): PinyinData {
  return buildPinyinData(ALL_ITEMS.flatMap(item => [item.zh, ...(item.aliases ?? [])]), commonCharacters())
}

/**
 * Splits the contextual readings of `texts` into a character table and the exceptions; `extra`
 * characters get their usual reading where no text gave them one.
 */
export function buildPinyinData(texts: Iterable<string>, extra = ''): PinyinData {
  const readings = new Map<string, string[]>()
  for (const text of texts) if (!readings.has(text)) readings.set(text, pinyinSyllables(text))
  // Each character's reading is the one it has most often in context.
  const counts = new Map<string, Map<string, number>>()
  for (const [text, syllables] of readings) {
    Array.from(text).forEach((char, i) => {
      const syllable = syllables[i]
      if (!syllable) return
      const byReading = counts.get(char) ?? new Map<string, number>()
      byReading.set(syllable, (byReading.get(syllable) ?? 0) + 1)
      counts.set(char, byReading)
    })
  }
  const chars: Record<string, string> = {}
  for (const [char, byReading] of counts) chars[char] = [...byReading].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
  for (const char of extra) {
    if (chars[char]) continue
    const syllable = pinyinSyllables(char)[0]
    if (syllable) chars[char] = syllable
  }
  const overrides: Record<string, string> = {}
  for (const [text, syllables] of readings) {
    const charwise = Array.from(text).map(char => chars[char] ?? '')
    if (charwise.join(' ') !== syllables.join(' ')) overrides[text] = syllables.join(' ')
  }
  return { chars, overrides }
}

const ITEMS_ID = 'virtual:sorthero/items'

/**
 * `virtual:sorthero/items`: the knowledge base packed for shipping (`domain/item-pack.ts`), as a
 * JSON string the browser parses (faster than the same data as a JavaScript literal).
 */
export function kbItemsPlugin(): Plugin {
  return {
    name: 'sorthero-kb-items',
    resolveId: id => (id === ITEMS_ID ? `\0${ITEMS_ID}` : undefined),
    load(id) {
      if (id !== `\0${ITEMS_ID}`) return undefined
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(packItems(ALL_ITEMS)))})`
    },
  }
}
