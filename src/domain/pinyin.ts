/** Pinyin data shipped with the dictionary (see `cli/kb-vite-plugin.ts`). */
export interface PinyinData {
  /** Each character's most common reading in the knowledge base. */
  chars: Record<string, string>
  /** Space-separated readings of texts that differ from reading character by character. */
  overrides: Record<string, string>
}

/**
 * Returns a `pinyinOf` for search: a text's contextual reading if the build recorded one,
 * otherwise each character's usual reading ('' for characters it does not know).
 */
export function pinyinReader(data: PinyinData): (text: string) => string[] {
  return (text) => {
    const override = data.overrides[text]
    if (override !== undefined) return override.split(' ')
    const syllables: string[] = []
    for (const char of text) syllables.push(data.chars[char] ?? '')
    return syllables
  }
}
