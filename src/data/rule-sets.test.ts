import { describe, expect, it } from 'vitest'
import { isSubTypeOf } from '@/domain/categories'
import { answerFor, RULE_SET_IDS } from '@/domain/rules'
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

  it('renames kitchen and other waste in Shanghai only', () => {
    expect(RULE_SETS.shanghai.categoryNames).toMatchObject({ kitchen: { zh: '湿垃圾' }, other: { zh: '干垃圾' } })
    expect(RULE_SETS.beijing.categoryNames).toEqual({})
  })
})

describe('popular items', () => {
  it('are all in the knowledge base', () => {
    expect(POPULAR_ITEM_IDS.filter(id => !byId.has(id))).toEqual([])
  })
})
