import type { ItemFacts } from '@/domain/guess'
import { describe, expect, it } from 'vitest'
import { guessFor, MODIFIER_EFFECTS, modifierEffects } from '@/domain/guess'
import { search } from '@/domain/search'
import { normalizeChinese } from '@/domain/text'
import { buildItemIndex } from './dictionary'
import { LOOKUP_LEXICON } from './guess-table'
import { ALL_ITEMS } from './items'

const byId = new Map(ALL_ITEMS.map(item => [item.id, item]))
const index = buildItemIndex()
const top = (query: string) => search(index, query, 5)[0]

/** The item whose name ends latest before `end`, longest first: what the thing held. */
function contentsIn(text: string): (end: number) => ItemFacts | undefined {
  return (end) => {
    for (let length = end; length >= 2; length--) {
      for (let start = end - length; start >= 0; start--) {
        const entry = index.byKey.get(text.slice(start, start + length))?.[0]
        if (entry !== undefined) return ALL_ITEMS[index.chinese[entry]!.doc]
      }
    }
    return undefined
  }
}

describe('guess table', () => {
  it('names only existing items', () => {
    const ids = [
      ...LOOKUP_LEXICON.guesses.map(rule => rule.item),
      ...LOOKUP_LEXICON.classVariants.map(rule => rule.item),
      ...Object.entries(LOOKUP_LEXICON.variants).flatMap(([from, to]) => [from, ...Object.values(to)]),
      ...LOOKUP_LEXICON.kinds,
    ]
    expect(ids.filter(id => !byId.has(id))).toEqual([])
  })

  it('gives every guess its wording in both languages', () => {
    expect(LOOKUP_LEXICON.guesses.filter(rule => !rule.assumed.zh || !/[a-z]/.test(rule.assumed.en)).map(rule => rule.item)).toEqual([])
  })

  it('never names a bare container (瓶子, 盒子) as an item: what it held decides, so alone it is a guess', () => {
    const containers = new Set(LOOKUP_LEXICON.guesses.find(rule => rule.item === 'hazardous-packaging')!.forms)
    const named = ALL_ITEMS.flatMap(item => [item.zh, ...(item.aliases ?? [])]).filter(name => containers.has(normalizeChinese(name)))
    expect(named).toEqual([])
  })

  // One example per row, in table order: the row that decides it is the one under test.
  const EXAMPLES: Array<[string, string]> = [
    ['盐酸二甲双胍片', 'medicine'],
    ['布洛芬瓶子', 'pill-bottle-with-pills'],
    ['布洛芬盒子', 'medicine-outer-box'],
    ['感冒药铝塑板', 'empty-medicine-blister'],
    ['感冒药袋子', 'medicine-packaging'],
    ['农药袋子', 'hazardous-packaging'],
    ['某某牌玻璃瓶子', 'glass-bottle'],
    ['某某陶瓷瓶', 'ceramics'],
    ['某某塑料瓶子', 'plastic-bottle'],
    ['某某不锈钢瓶', 'metal-item'],
    ['某某瓶子', 'empty-bottle'],
    ['某某玻璃罐子', 'glass-bottle'],
    ['某某塑料罐子', 'plastic-box'],
    ['某某罐子', 'metal-can'],
    ['某某泡沫盒子', 'foam-block'],
    ['某某塑料盒子', 'plastic-box'],
    ['某某铁盒子', 'metal-can'],
    ['某某木盒子', 'wood-item'],
    ['某某盒子', 'paper-box'],
    ['某某塑料箱子', 'plastic-item'],
    ['某某箱子', 'cardboard-box'],
    ['某某牛皮纸袋子', 'paper-shopping-bag'],
    ['某某无纺布袋子', 'non-woven-bag'],
    ['某某帆布袋子', 'canvas-tote'],
    ['某某编织袋子', 'woven-sack'],
    ['某某网兜', 'plastic-mesh-bag'],
    ['某某饼干包装', 'packaging-bag'],
    ['某某包装袋', 'packaging-bag'],
    ['某某玻璃杯子', 'glass-cup'],
    ['某某不锈钢杯子', 'metal-item'],
    ['某某纸杯子', 'paper-cup'],
    ['洗干净的塑料杯子', 'plastic-cup-clean'],
    ['某某杯子', 'disposable-cup'],
    ['某某杯盖子', 'milk-tea-lid'],
    ['某某铁盖子', 'metal-bottle-cap'],
    ['某某盖子', 'plastic-bottle-cap'],
    ['某某薄膜', 'plastic-film'],
    ['某某塑料管子', 'plastic-item'],
    ['某某软管', 'soft-tube'],
    ['土豆桶', 'instant-noodle-cup'],
    ['某某铁桶', 'metal-can'],
    ['某某桶', 'plastic-bucket'],
    ['某某棉手套', 'knitted-gloves'],
    ['小龙虾手套', 'disposable-gloves'],
    ['蛋糕刀', 'disposable-tableware'],
    ['某某刀子', 'metal-item'],
    ['某某铁棍子', 'metal-item'],
    ['某某塑料棒子', 'plastic-item'],
    ['某某棍子', 'wooden-stick'],
    ['某某玻璃碗', 'glass-item'],
    ['某某不锈钢碗', 'metal-item'],
    ['某某塑料碟子', 'plastic-box'],
    ['某某纸碟子', 'paper-takeaway-box'],
    ['某某碟子', 'ceramics'],
    ['某某叉子', 'disposable-tableware'],
    ['冰淇淋纸', 'greasy-paper'],
    ['沾油的某某纸', 'greasy-paper'],
    ['湿的某某纸', 'greasy-paper'],
    ['某某纸巾', 'used-tissue'],
    ['某某纸张', 'waste-paper'],
    ['某某本子', 'old-book'],
    ['某某报', 'newspaper'],
    ['某某布头', 'textiles'],
    ['某某裤子', 'old-clothing'],
    ['某某扇贝壳子', 'hard-shell'],
    ['手机外壳', 'plastic-item'],
    ['某某壳子', 'nut-shell'],
    ['某某铁皮', 'metal-item'],
    ['作业本封皮', 'waste-paper'],
    ['某某外皮', 'fruit-peel'],
    ['某某种子', 'fruit-pit'],
    ['大块的某某骨', 'large-bone'],
    ['猪某某骨', 'large-bone'],
    ['某某骨', 'bone'],
    ['煤炉渣子', 'coal-ash'],
    ['土豆渣子', 'food-scraps'],
    ['某某纸花', 'artificial-flowers'],
    ['某某花瓣', 'plants'],
    ['某某饭', 'food'],
    ['某某药丸', 'medicine'],
    ['某某公仔', 'plastic-toy'],
    ['某某笔', 'pen'],
    ['某某灯', 'lamp-fixture'],
    ['某某仪', 'electronics'],
    ['某某沙子', 'garden-soil'],
    ['某某羽毛', 'hair'],
    ['某某便便', 'dog-poop'],
    ['某某玻璃东西', 'glass-item'],
    ['某某陶瓷东西', 'ceramics'],
    ['某某硅胶东西', 'silicone-item'],
    ['某某橡胶东西', 'rubber-item'],
    ['某某泡沫东西', 'foam-block'],
    ['某某塑料东西', 'plastic-item'],
    ['某某铁东西', 'metal-item'],
    ['某某竹东西', 'bamboo-item'],
    ['某某木东西', 'wood-item'],
    ['某某棉东西', 'textiles'],
  ]

  it('has one example per row', () => {
    expect(EXAMPLES.length).toBe(LOOKUP_LEXICON.guesses.length)
  })

  it.each(EXAMPLES.map(([query, item], row) => [row, query, item] as const))('row %i: %s → %s', (row, query, item) => {
    const text = normalizeChinese(query)
    const guess = guessFor(LOOKUP_LEXICON, text, modifierEffects(LOOKUP_LEXICON, text), { contentsBefore: contentsIn(text) })
    expect(guess).toMatchObject({ item, rule: row })
  })

  // In the app a real item may name the thing first (某某铁盒子 → 铁盒); the bin must agree.
  it.each(EXAMPLES)('the app puts %s in the bin of %s', (query, item) => {
    const hit = top(query)!
    expect(byId.get(hit.id)!.category, `${hit.id} (${hit.kind})`).toBe(byId.get(item)!.category)
    if (hit.kind === 'guess') expect(hit.assumed?.zh && hit.assumed.en).toBeTruthy()
  })
})

describe('reading queries with the shipped dictionary', () => {
  it.each([
    // Head nouns (issue 12, section 1).
    ['酸奶瓶', 'recyclable', 'sure'],
    ['冰棒棍', 'other', 'sure'],
    ['苹果手机', 'recyclable', 'sure'],
    ['湿报纸', 'other', 'sure'],
    ['镍氢电池', 'hazardous', 'sure'],
    ['充电电池', 'hazardous', 'sure'],
    ['灯泡', 'hazardous', 'sure'],
    ['用过的香蕉皮', 'kitchen', 'sure'],
    ['香蕉皮是什么垃圾', 'kitchen', 'sure'],
    ['矿泉水瓶上的标签', 'other', 'sure'],
    ['奶茶吸管', 'other', 'sure'],
    ['塑料瓶的瓶盖', 'recyclable', 'guess'],
    // Modifiers.
    ['沾了油的外卖盒', 'other', 'sure'],
    ['用过的纸巾', 'other', 'sure'],
    ['包着骨头的纸巾', 'other', 'sure'],
    ['空的药瓶', 'recyclable', 'sure'],
    ['大块骨头', 'other', 'sure'],
    ['碎骨头', 'kitchen', 'sure'],
    ['湿的报纸', 'other', 'guess'],
    // Guesses (section 3).
    ['某某牌塑料瓶', 'recyclable', 'guess'],
    ['某某包装袋', 'other', 'guess'],
    ['某某果皮', 'kitchen', 'guess'],
    ['某某电池', 'hazardous', 'guess'],
    ['药品包装盒', 'recyclable', 'guess'],
    // Homophones.
    ['电尺', 'hazardous', 'suggestion'],
    ['矿泉水平', 'recyclable', 'suggestion'],
  ] as const)('%s → %s (%s)', (query, category, certainty) => {
    const hit = top(query)!
    expect(byId.get(hit.id)!.category, hit.id).toBe(category)
    expect(hit.certainty).toBe(certainty)
  })

  it('knows every modifier effect', () => {
    expect(new Set(LOOKUP_LEXICON.modifiers.map(group => group.effect))).toEqual(new Set(MODIFIER_EFFECTS))
  })
})
