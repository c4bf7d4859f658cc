import type { SearchDoc } from './search'
import { describe, expect, it } from 'vitest'
import { pinyinSyllables } from '@/cli/pinyin'
import { buildSearchIndex, search, suggest } from './search'

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
  it('finds the exact name first, then longer names that start with it, then names containing it', () => {
    expect(ids('电池')).toEqual(['battery', 'battery-box', 'button-battery'])
    expect(search(index, '电池').map(hit => hit.kind)).toEqual(['exact', 'prefix', 'containing'])
  })

  it('matches aliases', () => {
    expect(top('废电池')).toMatchObject({ id: 'battery', kind: 'alias', field: 'alias' })
  })

  it('finds the most specific item contained in a descriptive query', () => {
    expect(top('用过的电池')).toMatchObject({ id: 'battery', kind: 'contained' })
    expect(top('这个有油污的外卖餐盒怎么扔')).toMatchObject({ id: 'greasy-box', kind: 'contained' })
    expect(ids('这个有油污的外卖餐盒怎么扔').slice(0, 2)).toEqual(['greasy-box', 'takeaway-box'])
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
  it('orders exact, alias, prefix, contained, containing, fuzzy', () => {
    const kinds = search(index, '电池').map(hit => hit.kind)
    const order = ['exact', 'alias', 'prefix', 'contained', 'containing', 'fuzzy']
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds)
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
