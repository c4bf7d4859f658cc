import type { ItemFacts, Lexicon } from './guess'
import { describe, expect, it } from 'vitest'
import { coreVariants, englishModifierEffects, guessFor, modifierEffects, stripQuery, variantFor } from './guess'

/** A small lexicon, so each rule is tested by itself (the shipped one is tested in `src/data`). */
const lexicon: Lexicon = {
  trailing: ['是什么垃圾', '怎么扔', '的', '了'],
  leading: ['请问', '这个'],
  trailingStates: [
    { effect: 'neutral', zh: ['坏了', '没电了'] },
    { effect: 'wet', zh: ['湿了'] },
  ],
  modifiers: [
    { effect: 'soiled', zh: ['沾油', '脏'], en: ['greasy'] },
    { effect: 'wet', zh: ['湿'], en: ['wet'] },
    { effect: 'empty', zh: ['空的'], en: ['empty'] },
    { effect: 'large', zh: ['大'], en: ['big'] },
    { effect: 'neutral', zh: ['用过的'], en: ['used'] },
  ],
  words: ['牌'],
  variants: {
    'takeaway-box': { soiled: 'greasy-takeaway-box' },
    'bone': { large: 'large-bone' },
    'pill-bottle': { empty: 'empty-pill-bottle' },
    'self': { soiled: 'self' },
  },
  classVariants: [{ effect: 'wet', category: 'recyclable', subs: ['paper'], item: 'soiled-paper', assumed: { zh: '湿了的纸', en: 'soaked paper' } }],
  guesses: [
    { forms: ['瓶', '瓶子'], contents: { category: 'hazardous', subs: ['medicine'] }, item: 'pill-bottle', assumed: { zh: '药瓶', en: 'a pill bottle' } },
    { forms: ['瓶', '瓶子'], materials: ['玻璃'], item: 'glass-bottle', assumed: { zh: '玻璃瓶', en: 'a glass bottle' } },
    { forms: ['瓶', '瓶子'], item: 'bottle', assumed: { zh: '瓶子', en: 'a bottle' } },
    { forms: ['纸'], effect: 'soiled', item: 'soiled-paper', assumed: { zh: '脏纸', en: 'soiled paper' } },
    { forms: ['壳'], words: ['贝'], item: 'hard-shell', assumed: { zh: '硬壳', en: 'a hard shell' } },
    { forms: [''], materials: ['塑料'], item: 'plastic', assumed: { zh: '塑料', en: 'plastic' } },
  ],
  kinds: [],
}

const facts = (id: string, category: ItemFacts['category'], sub: ItemFacts['sub']): ItemFacts => ({ id, category, sub })

describe('stripQuery', () => {
  it.each([
    ['香蕉皮是什么垃圾', '香蕉皮', []],
    ['请问这个电池怎么扔', '电池', []],
    ['电池没电了', '电池', ['neutral']],
    ['报纸湿了', '报纸', ['wet']],
    ['一个电池', '电池', []],
    ['两节5号电池', '5号电池', []],
    ['电池两节', '电池', []],
    ['用过的纸巾的', '用过的纸巾', []],
  ] as const)('%s → %s', (key, core, effects) => {
    expect(stripQuery(lexicon, key)).toEqual({ core, effects })
  })

  it('never strips a query down to nothing', () => {
    expect(stripQuery(lexicon, '的').core).toBe('的')
    expect(stripQuery(lexicon, '了的').core).toBe('了')
    expect(stripQuery(lexicon, '一个').core).toBe('一个')
  })

  it('keeps a measure word that is the thing itself', () => {
    expect(stripQuery(lexicon, '一次性筷子').core).toBe('一次性筷子')
    expect(stripQuery(lexicon, '5号电池').core).toBe('5号电池')
    expect(stripQuery(lexicon, '四件套').core).toBe('四件套')
  })
})

describe('coreVariants', () => {
  it.each([
    ['香蕉皮皮', ['香蕉皮']],
    ['吃剩的饭饭', ['吃剩的饭']],
    ['养乐多瓶子', ['养乐多瓶']],
    ['花瓣儿', ['花瓣']],
    ['瓜子', []],
    ['饭饭', []],
  ])('%s → %j', (core, variants) => {
    expect(coreVariants(core)).toEqual(variants)
  })
})

describe('modifierEffects', () => {
  it.each([
    ['沾油的', ['soiled']],
    ['湿的', ['wet']],
    ['空的', ['empty']],
    ['大块', ['large']],
    ['用过的', ['neutral']],
    ['某某牌', []],
    ['', []],
  ])('%s → %j', (text, effects) => {
    expect(modifierEffects(lexicon, text)).toEqual(effects)
  })

  it('reads English modifier words', () => {
    expect(englishModifierEffects(lexicon, ['a', 'greasy'])).toEqual(['soiled'])
    expect(englishModifierEffects(lexicon, ['big'])).toEqual(['large'])
    expect(englishModifierEffects(lexicon, ['blue'])).toEqual([])
  })
})

describe('variantFor', () => {
  it.each([
    ['an item with its own soiled variant', facts('takeaway-box', 'recyclable', 'plastic'), ['soiled'], { item: 'greasy-takeaway-box' }],
    ['a bone that is large', facts('bone', 'kitchen', 'meat'), ['large'], { item: 'large-bone' }],
    ['an empty pill bottle', facts('pill-bottle', 'hazardous', 'medicine'), ['empty'], { item: 'empty-pill-bottle' }],
    ['wet paper, judged by its class', facts('newspaper', 'recyclable', 'paper'), ['wet'], { item: 'soiled-paper', assumed: { zh: '湿了的纸', en: 'soaked paper' } }],
    ['an effect the item has no variant for', facts('takeaway-box', 'recyclable', 'plastic'), ['large'], undefined],
    ['wet plastic (no class rule)', facts('bottle', 'recyclable', 'plastic'), ['wet'], undefined],
    ['no effects', facts('newspaper', 'recyclable', 'paper'), [], undefined],
    ['a variant that is the item itself', facts('self', 'other', 'misc'), ['soiled'], undefined],
  ] as const)('%s', (_name, head, effects, expected) => {
    expect(variantFor(lexicon, head, effects)).toEqual(expected)
  })
})

describe('guessFor', () => {
  const medicine = facts('medicine', 'hazardous', 'medicine')

  it.each([
    ['某某牌玻璃瓶', undefined, [], 'glass-bottle', 1],
    ['某某牌瓶子', undefined, [], 'bottle', 2],
    ['某某瓶', undefined, [], 'bottle', 2],
    ['沾油的纸', undefined, ['soiled'], 'soiled-paper', 3],
    ['扇贝壳', undefined, [], 'hard-shell', 4],
    ['塑料什么东西', undefined, [], 'plastic', 5],
  ] as const)('%s → %s (row %i)', (core, contents, effects, item, rule) => {
    expect(guessFor(lexicon, core, effects, { contentsBefore: () => contents })).toMatchObject({ item, rule })
  })

  it('judges a container by what it held', () => {
    expect(guessFor(lexicon, '感冒药瓶', [], { contentsBefore: () => medicine })).toMatchObject({ item: 'pill-bottle', form: '瓶' })
    expect(guessFor(lexicon, '感冒药瓶', [], { contentsBefore: () => facts('yogurt', 'kitchen', 'dairy-egg') })).toMatchObject({ item: 'bottle' })
  })

  it('asks for the contents before the form only', () => {
    const asked: number[] = []
    guessFor(lexicon, '感冒药瓶子', [], { contentsBefore: (end) => {
      asked.push(end)
      return undefined
    } })
    expect(asked).toEqual([3])
  })

  it('looks for materials in the masked text, so a name that is not made of them does not count', () => {
    expect(guessFor(lexicon, '玻璃杯瓶', [], { masked: '\u0000\u0000\u0000瓶' })).toMatchObject({ item: 'bottle' })
    expect(guessFor(lexicon, '玻璃杯瓶', [])).toMatchObject({ item: 'glass-bottle' })
  })

  it('needs the effect a row asks for', () => {
    expect(guessFor(lexicon, '某某纸', [])).toBeUndefined()
  })

  it('returns nothing when no row holds', () => {
    expect(guessFor(lexicon, '某某东西', [])).toBeUndefined()
  })
})
