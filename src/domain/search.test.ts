import type { Lexicon } from './guess'
import type { SearchDoc } from './search'
import { describe, expect, it } from 'vitest'
import { pinyinSyllables } from '@/cli/pinyin'
import { buildSearchIndex, CERTAINTY, looksLikeWordOrModel, MATCH_KINDS, search, suggest } from './search'

const docs: SearchDoc[] = [
  { id: 'battery', zh: '电池', aliases: ['干电池', '废电池'], en: 'battery', enAliases: ['dry cell'] },
  { id: 'button-battery', zh: '纽扣电池', en: 'button battery' },
  { id: 'battery-box', zh: '电池盒', en: 'battery case' },
  { id: 'greasy-box', zh: '有油污的外卖餐盒', aliases: ['脏外卖盒'], en: 'greasy takeaway box' },
  { id: 'takeaway-box', zh: '外卖餐盒', en: 'takeaway box' },
  { id: 'chicken-bone', zh: '鸡骨头', en: 'chicken bone' },
  { id: 'large-bone', zh: '大骨头', en: 'large bone' },
  { id: 'mung-bean', zh: '绿豆', en: 'mung bean' },
  { id: 'leaf', zh: '落叶', en: 'fallen leaf' },
]
const index = buildSearchIndex(docs, pinyinSyllables)
const top = (query: string) => search(index, query)[0]
const ids = (query: string) => search(index, query).map(hit => hit.id)

describe('search: Chinese', () => {
  it('finds the exact name first, then names that end with it, then names that start with it', () => {
    // 纽扣电池 is a kind of battery; 电池盒 is a box.
    expect(ids('电池')).toEqual(['battery', 'button-battery', 'battery-box'])
    expect(search(index, '电池').map(hit => hit.kind)).toEqual(['exact', 'tail', 'prefix'])
  })

  it('finds names that contain the query in the middle last', () => {
    expect(search(index, '油污')).toEqual([expect.objectContaining({ id: 'greasy-box', kind: 'containing', highlight: [1, 3] })])
  })

  it('matches aliases', () => {
    expect(top('废电池')).toMatchObject({ id: 'battery', kind: 'alias', field: 'alias' })
  })

  it('reads the name that ends a descriptive query as its head; names elsewhere are mentions', () => {
    expect(top('用过的电池')).toMatchObject({ id: 'battery', kind: 'contained', certainty: 'sure' })
    expect(top('有油污的外卖餐盒吧')).toMatchObject({ id: 'greasy-box', kind: 'mention', certainty: 'suggestion' })
    expect(top('电池的大骨头')).toMatchObject({ id: 'large-bone', kind: 'contained' })
    expect(search(index, '电池的大骨头').find(hit => hit.id === 'battery')).toMatchObject({ kind: 'mention' })
  })

  it('highlights the matched characters', () => {
    expect(search(index, '扣电').find(hit => hit.id === 'button-battery')).toMatchObject({ kind: 'containing', highlight: [1, 3] })
  })

  it('ignores spaces, punctuation and full-width forms', () => {
    expect(top(' 电 池！')).toMatchObject({ id: 'battery', kind: 'exact' })
  })
})

describe('search: pinyin', () => {
  it.each(['dianchi', 'dian chi', 'diàn chí', 'dian4chi2', 'DianChi'])('finds 电池 by full pinyin "%s"', (query) => {
    expect(top(query)).toMatchObject({ id: 'battery', kind: 'exact', via: 'pinyin' })
  })

  it('finds by initials', () => {
    expect(top('dc')).toMatchObject({ id: 'battery', via: 'initials' })
    expect(ids('dgt')).toContain('large-bone')
  })

  it('finds by a pinyin prefix while typing, highlighting the characters covered', () => {
    expect(search(index, 'jigu')[0]).toMatchObject({ id: 'chicken-bone', kind: 'prefix', highlight: [0, 2] })
  })

  it('finds names whose later syllables match', () => {
    expect(ids('gutou')).toEqual(expect.arrayContaining(['chicken-bone', 'large-bone']))
  })

  it('accepts one typo in pinyin of four letters or more', () => {
    expect(top('dainchi')).toMatchObject({ id: 'battery', kind: 'fuzzy' })
    expect(top('dianchu')).toMatchObject({ id: 'battery', kind: 'fuzzy' })
    expect(ids('dnc')).not.toContain('battery')
  })

  it('reads ü as v, and u as a typo of it', () => {
    expect(top('lvdou')).toMatchObject({ id: 'mung-bean', kind: 'exact' })
    expect(top('ludou')).toMatchObject({ id: 'mung-bean', kind: 'fuzzy' })
  })
})

describe('search: English', () => {
  it('is case-insensitive and treats plural and singular alike', () => {
    expect(top('Batteries')).toMatchObject({ id: 'battery', kind: 'exact', via: 'english' })
    expect(top('fallen leaves')).toMatchObject({ id: 'leaf', kind: 'exact' })
  })

  it('matches English aliases and prefixes while typing', () => {
    expect(top('dry cells')).toMatchObject({ id: 'battery', kind: 'alias' })
    expect(search(index, 'butt')[0]).toMatchObject({ id: 'button-battery', kind: 'prefix', highlight: [0, 4] })
  })

  it('finds the item a descriptive query contains', () => {
    expect(top('a used battery')).toMatchObject({ id: 'battery', kind: 'contained' })
  })

  it('accepts one typo in a word of four letters or more, but not in short words', () => {
    expect(top('batery')).toMatchObject({ id: 'battery', kind: 'fuzzy' })
    expect(top('chicken bnoe')).toMatchObject({ id: 'chicken-bone', kind: 'fuzzy' })
    expect(ids('bax')).toEqual([])
  })
})

describe('ranking', () => {
  it.each(['电池', '用过的电池', 'dian', '电', 'battery'])('orders the hits for %s by kind', (query) => {
    const kinds = search(index, query).map(hit => hit.kind)
    expect([...kinds].sort((a, b) => MATCH_KINDS.indexOf(a) - MATCH_KINDS.indexOf(b))).toEqual(kinds)
  })

  it('says how sure every hit is, by its kind', () => {
    for (const query of ['电池', '废电池', '用过的电池', '电池盒子', 'dc', 'batery']) {
      for (const hit of search(index, query)) expect(hit.certainty, `${query}: ${hit.kind}`).toBe(CERTAINTY[hit.kind])
    }
    expect(Object.entries(CERTAINTY).filter(([, certainty]) => certainty === 'sure').map(([kind]) => kind)).toEqual(['exact', 'alias', 'contained'])
    expect(CERTAINTY.guess).toBe('guess')
  })

  it('returns nothing for an empty query', () => {
    expect(search(index, '   ')).toEqual([])
  })
})

describe('suggest', () => {
  it('offers names sharing characters with an unknown Chinese query', () => {
    expect(search(index, '骨头汤')).toEqual([])
    expect(suggest(index, '骨头汤').map(hit => hit.id)).toEqual(expect.arrayContaining(['chicken-bone', 'large-bone']))
  })

  it('offers close pinyin and English names', () => {
    expect(suggest(index, 'dianchiii')[0]?.id).toBe('battery')
    expect(suggest(index, 'battry box').map(hit => hit.id)).toContain('battery-box')
  })
})

describe('ambiguous initials', () => {
  it('prefer the head word that many other names contain', () => {
    const own = buildSearchIndex([
      { id: 'scallion', zh: '大葱' },
      { id: 'battery', zh: '干电池', aliases: ['电池'] },
      { id: 'button', zh: '纽扣电池' },
      { id: 'phone', zh: '手机电池' },
    ], pinyinSyllables)
    expect(search(own, 'dc')[0]).toMatchObject({ id: 'battery', text: '电池', via: 'initials' })
  })
})

describe('prefixes', () => {
  it('put head words many names share before rarer names', () => {
    const own = buildSearchIndex([
      { id: 'screwdriver', zh: '电动螺丝刀', aliases: ['电批'] },
      { id: 'battery', zh: '干电池', aliases: ['电池'] },
      { id: 'button', zh: '纽扣电池' },
      { id: 'phone', zh: '手机电池' },
    ], pinyinSyllables)
    expect(search(own, 'dian')[0]).toMatchObject({ id: 'battery', kind: 'prefix', text: '电池' })
    expect(search(own, '电')[0]).toMatchObject({ id: 'battery', kind: 'prefix' })
  })
})

describe('Latin words and model names', () => {
  it.each([['CD', true], ['PS4', true], ['iPad', true], ['18650', true], ['cd', false], ['dgt', false]])('%s looks like a word or a model: %s', (text, expected) => {
    expect(looksLikeWordOrModel(text)).toBe(expected)
  })

  it('reads capitals and digits as a name, not as pinyin initials', () => {
    const own = buildSearchIndex([
      { id: 'disc', zh: '光盘', en: 'optical disc', enAliases: ['CD'] },
      { id: 'ceramic-knife', zh: '瓷刀', en: 'ceramic knife' },
      { id: 'console', zh: '游戏机', en: 'game console', enAliases: ['PS4'] },
      { id: 'magnet', zh: '磁铁', en: 'magnet' },
    ], pinyinSyllables)
    expect(search(own, 'CD').map(hit => hit.id)).toEqual(['disc'])
    expect(search(own, 'PS4').map(hit => hit.id)).toEqual(['console'])
    // Typed in lower case, the name still comes first, and initials may follow.
    expect(search(own, 'cd').map(hit => hit.id)).toEqual(['disc', 'ceramic-knife'])
  })
})

/** A small lexicon and knowledge base, so each reading rule is tested by itself. */
const lexicon: Lexicon = {
  trailing: ['是什么垃圾', '怎么扔', '的'],
  leading: ['这个'],
  trailingStates: [{ effect: 'neutral', zh: ['没电了'] }],
  modifiers: [
    { effect: 'soiled', zh: ['沾油', '有油'], en: ['greasy'] },
    { effect: 'wet', zh: ['湿'] },
    { effect: 'large', zh: ['大块'] },
    { effect: 'neutral', zh: ['用过的', '旧'], en: ['used'] },
  ],
  words: ['牌', '上的'],
  variants: { 'takeaway-box': { soiled: 'greasy-box' }, 'bone': { large: 'large-bone' } },
  classVariants: [{ effect: 'wet', category: 'recyclable', subs: ['paper'], item: 'soiled-paper', assumed: { zh: '湿了的纸', en: 'soaked paper' } }],
  guesses: [
    { forms: ['瓶', '瓶子'], materials: ['玻璃'], item: 'glass-bottle', assumed: { zh: '玻璃瓶', en: 'a glass bottle' } },
    { forms: ['瓶', '瓶子'], item: 'glass-bottle', assumed: { zh: '瓶子', en: 'a bottle' } },
  ],
  kinds: ['glass-bottle', 'battery'],
}
const kb: SearchDoc[] = [
  { id: 'battery', zh: '电池', en: 'battery', category: 'hazardous', sub: 'battery' },
  { id: 'charger', zh: '电池充电器', en: 'battery charger', category: 'recyclable', sub: 'electronics' },
  { id: 'takeaway-box', zh: '外卖盒', en: 'takeaway box', category: 'recyclable', sub: 'plastic' },
  { id: 'greasy-box', zh: '有油污的外卖盒', en: 'greasy takeaway box', category: 'other', sub: 'soiled-packaging' },
  { id: 'newspaper', zh: '报纸', en: 'newspaper', category: 'recyclable', sub: 'paper' },
  { id: 'soiled-paper', zh: '沾了油污的纸', en: 'soiled paper', category: 'other', sub: 'soiled-packaging' },
  { id: 'bone', zh: '骨头', en: 'bone', category: 'kitchen', sub: 'meat' },
  { id: 'large-bone', zh: '大骨头', en: 'large bone', category: 'other', sub: 'hard-shell-bone' },
  { id: 'glass-bottle', zh: '玻璃瓶', en: 'glass bottle', category: 'recyclable', sub: 'glass' },
  { id: 'phone', zh: '手机', en: 'mobile phone', category: 'recyclable', sub: 'electronics' },
  { id: 'apple', zh: '苹果', en: 'apple', category: 'kitchen', sub: 'fruit' },
  { id: 'yogurt', zh: '酸奶', en: 'yogurt', category: 'kitchen', sub: 'dairy-egg' },
  { id: 'baby-bottle', zh: '奶瓶', en: 'baby bottle', category: 'recyclable', sub: 'plastic' },
  { id: 'label', zh: '标签', en: 'label', category: 'other', sub: 'misc' },
]
const reading = buildSearchIndex(kb, pinyinSyllables, lexicon)
const first = (query: string) => search(reading, query)[0]

describe('the head noun decides', () => {
  it.each([
    ['苹果手机', 'phone', 'contained', 'apple'],
    ['用过的电池', 'battery', 'contained', undefined],
    ['电池没电了', 'battery', 'contained', undefined],
    ['这个报纸是什么垃圾', 'newspaper', 'contained', undefined],
    ['手机上的标签', 'label', 'contained', 'phone'],
    ['电池充电器', 'charger', 'exact', undefined],
  ])('%s → %s (%s), mentioning %s', (query, id, kind, mention) => {
    const hits = search(reading, query)
    expect(hits[0]).toMatchObject({ id, kind, certainty: 'sure' })
    if (mention) expect(hits.find(hit => hit.id === mention)).toMatchObject({ kind: 'mention', certainty: 'suggestion' })
  })

  it('ranks a name the query ends (纽扣电池 for 电池) above one it starts (电池充电器)', () => {
    const own = buildSearchIndex([...kb, { id: 'button-cell', zh: '纽扣电池', category: 'hazardous', sub: 'battery' }], pinyinSyllables, lexicon)
    expect(search(own, '电池').map(hit => [hit.id, hit.kind])).toEqual([['battery', 'exact'], ['button-cell', 'tail'], ['charger', 'prefix']])
  })

  it('takes a head that cuts another name in two (酸 | 奶瓶) only as a guess', () => {
    expect(first('酸奶瓶')).toMatchObject({ id: 'baby-bottle', kind: 'guess', certainty: 'guess', assumed: { zh: '奶瓶' } })
    expect(search(reading, '酸奶瓶').find(hit => hit.id === 'yogurt')).toMatchObject({ kind: 'mention' })
  })

  it('judges a kind after unknown words (某某牌玻璃瓶) as a guess, but is sure after known words only', () => {
    expect(first('某某牌玻璃瓶')).toMatchObject({ id: 'glass-bottle', kind: 'guess', certainty: 'guess', assumed: { zh: '玻璃瓶', en: 'glass bottle' } })
    expect(first('某某电池')).toMatchObject({ id: 'battery', kind: 'guess' })
    expect(first('旧玻璃瓶')).toMatchObject({ id: 'glass-bottle', kind: 'contained', certainty: 'sure' })
    // A thing that is not a kind is sure after any words: 苹果手机 is a phone.
    expect(first('某某手机')).toMatchObject({ id: 'phone', kind: 'contained' })
  })
})

describe('modifiers that change the bin', () => {
  it.each([
    ['沾油的外卖盒', 'greasy-box', 'contained', 'sure'],
    ['有油的外卖盒', 'greasy-box', 'contained', 'sure'],
    ['大块骨头', 'large-bone', 'contained', 'sure'],
    ['湿报纸', 'soiled-paper', 'guess', 'guess'],
    ['用过的外卖盒', 'takeaway-box', 'contained', 'sure'],
    ['旧报纸', 'newspaper', 'contained', 'sure'],
  ])('%s → %s (%s, %s)', (query, id, kind, certainty) => {
    expect(first(query)).toMatchObject({ id, kind, certainty })
  })

  it('keeps the unchanged item on offer, and says what a class-wide change assumed', () => {
    expect(search(reading, '沾油的外卖盒').find(hit => hit.id === 'takeaway-box')).toMatchObject({ kind: 'mention' })
    expect(first('湿报纸')).toMatchObject({ assumed: { zh: '湿了的纸', en: 'soaked paper' } })
  })

  it('reads English modifiers in front of the head', () => {
    expect(first('greasy takeaway box')).toMatchObject({ id: 'greasy-box' })
    expect(first('used battery')).toMatchObject({ id: 'battery', kind: 'contained' })
    expect(first('old battery charger')).toMatchObject({ id: 'charger' })
  })
})

describe('guessing from form and material', () => {
  it('judges a thing no name covers, saying what it assumed', () => {
    expect(first('某某牌玻璃瓶子')).toMatchObject({ id: 'glass-bottle', kind: 'guess', assumed: { zh: '玻璃瓶' } })
    expect(first('什么瓶')).toMatchObject({ id: 'glass-bottle', kind: 'guess', assumed: { zh: '瓶子', en: 'a bottle' } })
  })

  it('finds nothing where neither a name nor a row of the table fits', () => {
    expect(search(reading, '某某东西')).toEqual([])
  })

  it('prefers names that end with the query (kinds of it) to a guess from its last character', () => {
    const own = buildSearchIndex([...kb, { id: 'pill-bottle', zh: '装药的药瓶', category: 'hazardous', sub: 'medicine' }], pinyinSyllables, lexicon)
    expect(search(own, '药瓶')[0]).toMatchObject({ id: 'pill-bottle', kind: 'tail', certainty: 'suggestion' })
    // A bare form is still judged by the table.
    expect(search(own, '瓶子')[0]).toMatchObject({ id: 'glass-bottle', kind: 'guess' })
  })

  it('does not guess without a lexicon (names a household taught)', () => {
    const taught = buildSearchIndex([{ id: 'x', zh: '某某牌塑料瓶' }], pinyinSyllables)
    expect(search(taught, '别的牌塑料瓶')).toEqual([])
    expect(search(taught, '某某牌塑料瓶')).toEqual([expect.objectContaining({ id: 'x', kind: 'exact', certainty: 'sure' })])
  })
})

describe('homophones', () => {
  it('finds a name typed with the wrong characters for the right sounds', () => {
    expect(first('电尺')).toMatchObject({ id: 'battery', kind: 'homophone', certainty: 'suggestion' })
    expect(first('手鸡')).toMatchObject({ id: 'phone', kind: 'homophone' })
  })

  it('hears zh/z, ch/c, sh/s, n/l and -ing/-in alike', () => {
    expect(first('电此')).toMatchObject({ id: 'battery', kind: 'homophone' })
    expect(first('来瓶')).toMatchObject({ id: 'baby-bottle', kind: 'homophone' })
    expect(first('奶贫')).toMatchObject({ id: 'baby-bottle', kind: 'homophone' })
  })

  it('is not looked for when the query names something', () => {
    expect(search(reading, '电池').some(hit => hit.kind === 'homophone')).toBe(false)
  })

  it('is not looked for when the query is a word some name contains (勺子 is not a slip for 哨子)', () => {
    const own = buildSearchIndex([{ id: 'whistle', zh: '哨子' }, { id: 'spoon', zh: '铁勺子' }], pinyinSyllables, lexicon)
    expect(search(own, '勺子').map(hit => hit.id)).toEqual(['spoon'])
    expect(search(own, '烧子').map(hit => [hit.id, hit.kind])).toEqual([['whistle', 'homophone']])
  })
})
