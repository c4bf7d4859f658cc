import { describe, expect, it } from 'vitest'
import { isSubTypeOf } from '@/domain/categories'
import { answerFor, questionHolds, RULE_SET_IDS } from '@/domain/rules'
import { ALL_ITEMS } from './items'
import { POPULAR_ITEM_IDS } from './popular'
import { RULE_SETS } from './rule-sets'

const byId = new Map(ALL_ITEMS.map(item => [item.id, item]))

describe('rule sets', () => {
  it('has one rule set per id, the national one without overrides', () => {
    expect(Object.keys(RULE_SETS).sort()).toEqual([...RULE_SET_IDS].sort())
    expect(RULE_SETS.national.overrides).toEqual({})
  })

  it.each(RULE_SET_IDS)('%s overrides only existing items, with a real change and a valid sub-type', (id) => {
    for (const [itemId, override] of Object.entries(RULE_SETS[id].overrides)) {
      const item = byId.get(itemId)
      expect(item, itemId).toBeDefined()
      expect(override.category, itemId).not.toBe(item!.category)
      expect(isSubTypeOf(override.category, override.sub), itemId).toBe(true)
      expect(override.reason.zh && override.reason.en, itemId).toBeTruthy()
    }
  })

  it('answers ordinary dry batteries differently in Beijing and Shanghai', () => {
    const battery = byId.get('aa-battery')!
    expect(answerFor(battery, RULE_SETS.national)).toMatchObject({ category: 'hazardous', ruleSet: 'national' })
    expect(answerFor(battery, RULE_SETS.shanghai)).toMatchObject({ category: 'other', ruleSet: 'shanghai' })
    expect(answerFor(battery, RULE_SETS.beijing)).toMatchObject({ category: 'other', ruleSet: 'beijing' })
    // Button cells stay hazardous everywhere.
    for (const id of RULE_SET_IDS) expect(answerFor(byId.get('button-cell-battery')!, RULE_SETS[id]).category).toBe('hazardous')
  })

  it('renames kitchen and other waste in Shanghai only, and gives its bins their colours', () => {
    expect(RULE_SETS.shanghai.categoryNames).toMatchObject({ kitchen: { zh: '湿垃圾' }, other: { zh: '干垃圾' } })
    expect(RULE_SETS.shanghai.binColours).toEqual({ kitchen: { zh: '棕色', en: 'brown' }, other: { zh: '黑色', en: 'black' } })
    expect(RULE_SETS.beijing.categoryNames).toEqual({})
    expect(RULE_SETS.beijing.binColours).toEqual({})
  })

  // One row per group of overrides (issue 12, section 5), with the guide each comes from.
  it.each([
    // SH 有害垃圾 "灯泡类": every bulb, not only the mercury ones.
    ['shanghai', 'bulbs', 'incandescent-bulb', 'other', 'hazardous'],
    ['shanghai', 'bulbs', 'led-bulb', 'recyclable', 'hazardous'],
    ['shanghai', 'bulbs', 'halogen-bulb', 'other', 'hazardous'],
    ['shanghai', 'ceiling lights', 'led-ceiling-panel', 'recyclable', 'hazardous'],
    // SH / BJ "废胶片及废相纸".
    ['shanghai', 'photo paper', 'photo-paper', 'other', 'hazardous'],
    ['shanghai', 'photos', 'photo', 'other', 'hazardous'],
    ['beijing', 'photos', 'photo', 'other', 'hazardous'],
    // SH / BJ "废药品及其包装物".
    ['shanghai', 'medicine packaging', 'medicine-outer-box', 'recyclable', 'hazardous'],
    ['shanghai', 'medicine packaging', 'empty-plastic-pill-bottle', 'recyclable', 'hazardous'],
    ['beijing', 'medicine packaging', 'empty-glass-medicine-bottle', 'recyclable', 'hazardous'],
    // SH / BJ disinfectants "及其包装物".
    ['shanghai', 'disinfectant packaging', 'disinfectant-bottle-empty', 'recyclable', 'hazardous'],
    ['beijing', 'disinfectant packaging', 'disinfectant-bottle-empty', 'recyclable', 'hazardous'],
    // SH 干垃圾 "带胶制品": glue.
    ['shanghai', 'glue', 'super-glue', 'hazardous', 'other'],
    ['shanghai', 'glue', 'contact-adhesive', 'hazardous', 'other'],
    ['shanghai', 'correction fluid', 'correction-fluid', 'hazardous', 'other'],
    ['shanghai', 'art paints', 'acrylic-paint', 'hazardous', 'other'],
    ['shanghai', 'art paints', 'oil-paint', 'hazardous', 'other'],
    ['shanghai', 'mosquito coils and mats', 'mosquito-coil', 'hazardous', 'other'],
    ['shanghai', 'mosquito coils and mats', 'mosquito-mat', 'hazardous', 'other'],
    ['shanghai', 'small metal stationery', 'paper-clip', 'recyclable', 'other'],
    ['shanghai', 'small metal stationery', 'staple', 'recyclable', 'other'],
    ['shanghai', 'small metal stationery', 'thumbtack', 'recyclable', 'other'],
    ['shanghai', 'sticky and coated paper', 'sticky-note', 'recyclable', 'other'],
    ['shanghai', 'sticky and coated paper', 'postcard', 'recyclable', 'other'],
    ['shanghai', 'discs', 'optical-disc', 'recyclable', 'other'],
    ['shanghai', 'power banks', 'power-bank', 'hazardous', 'recyclable'],
    ['shanghai', 'tea bags', 'tea-bag', 'kitchen', 'other'],
    ['shanghai', 'disposable tableware', 'clean-takeaway-box', 'recyclable', 'other'],
    ['shanghai', 'plastic bags and woven sacks', 'plastic-bag-clean', 'recyclable', 'other'],
    ['shanghai', 'plastic bags and woven sacks', 'woven-sack', 'recyclable', 'other'],
    ['shanghai', 'foam fruit nets', 'foam-fruit-net', 'other', 'recyclable'],
    ['shanghai', 'glow sticks', 'glow-stick', 'hazardous', 'other'],
    ['shanghai', 'ordinary dry cells', 'alkaline-battery', 'hazardous', 'other'],
    ['beijing', 'ordinary dry cells', 'aaa-battery', 'hazardous', 'other'],
  ] as const)('%s, %s: %s goes from %s to %s', (set, _group, itemId, national, city) => {
    const item = byId.get(itemId)!
    expect(answerFor(item, RULE_SETS.national).category).toBe(national)
    const answer = answerFor(item, RULE_SETS[set])
    expect(answer).toMatchObject({ category: city, ruleSet: set })
    expect(answer.override?.reason.zh).toMatch(set === 'shanghai' ? /上海/ : /北京/)
  })

  it.each([
    // Safe everywhere: the generic entries, mercury lamps, rechargeable and button cells.
    ['battery', 'hazardous'], ['light-bulb', 'hazardous'], ['lamp-tube', 'hazardous'], ['cfl-bulb', 'hazardous'],
    ['rechargeable-battery', 'hazardous'], ['button-cell-battery', 'hazardous'], ['medicine', 'hazardous'], ['thermometer', 'hazardous'],
    // The contested national entries, fixed: corn cob rots, its husk does not; jelly cups rinse like yogurt cups; mahjong tiles are melamine.
    ['corn-cob', 'kitchen'], ['corn-husk', 'other'], ['jelly-cup', 'recyclable'], ['mahjong-tiles', 'other'],
  ] as const)('%s is %s under every rule set', (itemId, category) => {
    for (const set of RULE_SET_IDS) expect(answerFor(byId.get(itemId)!, RULE_SETS[set]).category, set).toBe(category)
  })

  it('gives devices with ordinary dry cells a tip that follows the city', () => {
    const mouse = byId.get('computer-mouse')!
    expect(answerFor(mouse, RULE_SETS.national).tip).toEqual(mouse.tip)
    expect(answerFor(mouse, RULE_SETS.shanghai).tip?.zh).toMatch(/干电池在上海投干垃圾/)
    expect(answerFor(mouse, RULE_SETS.beijing).tip?.zh).toMatch(/干电池在北京投其他垃圾/)
    // The generic battery stays hazardous everywhere, and its tip says what the city does.
    expect(answerFor(byId.get('battery')!, RULE_SETS.shanghai)).toMatchObject({ category: 'hazardous', tip: { zh: expect.stringMatching(/在上海，普通5号、7号干电池投干垃圾/) } })
    // Where a city sorts ordinary dry cells as residual waste, no tip it shows sends them to the
    // hazardous bin: a tip sending batteries there must be the city's own, or name a kind of
    // battery that is hazardous everywhere (button, lithium, rechargeable, lead-acid).
    for (const set of ['shanghai', 'beijing'] as const) {
      const wrong = ALL_ITEMS.filter((item) => {
        const tip = answerFor(item, RULE_SETS[set]).tip?.zh ?? ''
        return item.category !== 'hazardous' && /电池[^；。]*有害垃圾/.test(tip) && !/纽扣|锂|充电|蓄|镍|扣式|助听器/.test(tip) && !(item.id in (RULE_SETS[set].tips ?? {}))
      })
      expect(wrong.map(item => item.id), set).toEqual([])
    }
  })

  it('gives an overridden item no tip of its own: the reason says why instead', () => {
    expect(answerFor(byId.get('aa-battery')!, RULE_SETS.shanghai).tip).toBeUndefined()
  })

  it.each(RULE_SET_IDS)('%s tips name existing items that it does not override', (set) => {
    for (const itemId of Object.keys(RULE_SETS[set].tips ?? {})) {
      expect(byId.has(itemId), itemId).toBe(true)
      expect(itemId in RULE_SETS[set].overrides, itemId).toBe(false)
    }
  })

  it('skips quiz questions only where they do not hold', () => {
    expect(questionHolds(RULE_SETS.national, 'bins-colour-kitchen')).toBe(true)
    expect(questionHolds(RULE_SETS.shanghai, 'bins-colour-kitchen')).toBe(false)
    expect(questionHolds(RULE_SETS.shanghai, 'bins-colour-recyclable')).toBe(true)
    expect(RULE_SETS.national.questionsNotHeld).toEqual([])
  })
})

describe('popular items', () => {
  it('are all in the knowledge base', () => {
    expect(POPULAR_ITEM_IDS.filter(id => !byId.has(id))).toEqual([])
  })
})
