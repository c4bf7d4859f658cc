import { describe, expect, it } from 'vitest'
import { englishStem, englishWords, fuzzySyllable, hasChinese, normalizeChinese, normalizePinyin, withinOneEdit } from './text'

describe('normalizeChinese', () => {
  it('drops spaces and punctuation and folds full-width letters', () => {
    expect(normalizeChinese('有油污的 外卖餐盒！')).toBe('有油污的外卖餐盒')
    expect(normalizeChinese('Ａ４纸')).toBe('a4纸')
  })
})

describe('normalizePinyin', () => {
  it.each([
    ['dianchi', 'dianchi'],
    ['dian chi', 'dianchi'],
    ['Diàn Chí', 'dianchi'],
    ['dian4 chi2', 'dianchi'],
    ['lǜ dòu', 'lvdou'],
    ["xi'an", 'xian'],
    ['18650 dianchi', '18650dianchi'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePinyin(input)).toBe(expected)
  })
})

describe('englishStem', () => {
  it.each([
    ['battery', 'batteries'],
    ['box', 'boxes'],
    ['leaf', 'leaves'],
    ['knife', 'knives'],
    ['shoe', 'shoes'],
    ['tomato', 'tomatoes'],
    ['toy', 'toys'],
    ['glass', 'glasses'],
    ['dish', 'dishes'],
    ['bottle', 'bottles'],
    ['tape', 'tapes'],
    ['potato', 'potatoes'],
    ['plate', 'plates'],
  ])('%s and %s share a stem', (singular, plural) => {
    expect(englishStem(plural)).toBe(englishStem(singular))
  })

  it('leaves words ending in -ss or -us alone', () => {
    expect(englishStem('glass')).toBe('glass')
    expect(englishStem('cactus')).toBe('cactus')
  })

  it('keeps the final e of four-letter words, where it tells words apart', () => {
    expect(englishStem('tape')).not.toBe(englishStem('tap'))
    expect(englishStem('cane')).not.toBe(englishStem('can'))
  })
})

describe('englishWords', () => {
  it('keeps the positions of each word for highlighting', () => {
    expect(englishWords('Used batteries')).toEqual([
      { stem: 'used', start: 0, end: 4 },
      { stem: 'battery', start: 5, end: 14 },
    ])
  })
})

describe('withinOneEdit', () => {
  it.each([
    ['dianchi', 'dianchi', true],
    ['dianchi', 'dianchu', true],
    ['dianchi', 'dainchi', true],
    ['dianchi', 'dianch', true],
    ['dianchi', 'diannchi', true],
    ['dianchi', 'daincha', false],
    ['battery', 'batery', true],
    ['battery', 'bttry', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected)
    expect(withinOneEdit(b, a)).toBe(expected)
  })
})

describe('hasChinese', () => {
  it('tells Chinese from pinyin and English', () => {
    expect(hasChinese('电池')).toBe(true)
    expect(hasChinese('dianchi')).toBe(false)
  })
})

describe('fuzzySyllable', () => {
  it.each([
    ['chi', 'ci'], ['zhi', 'zi'], ['shi', 'si'], ['nai', 'lai'], ['ning', 'lin'], ['ping', 'pin'], ['feng', 'fen'], ['huang', 'huan'],
    ['ci', 'ci'], ['an', 'an'], ['ng', 'ng'], ['zhuang', 'zuan'],
  ])('%s sounds like %s', (syllable, fuzzy) => {
    expect(fuzzySyllable(syllable)).toBe(fuzzy)
  })
})
