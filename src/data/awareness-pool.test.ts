import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '@/domain/categories'
import { RULE_SET_IDS } from '@/domain/rules'
import { AWARENESS_POOL } from './awareness-pool'
import { ALL_ITEMS } from './items'
import { RULE_SETS } from './rule-sets'

const byId = new Map(ALL_ITEMS.map(item => [item.id, item]))

describe('awareness pool', () => {
  it('lists existing items, each once', () => {
    expect(AWARENESS_POOL.filter(id => !byId.has(id))).toEqual([])
    expect(new Set(AWARENESS_POOL).size).toBe(AWARENESS_POOL.length)
  })

  it('has at least fifteen items per bin', () => {
    for (const category of CATEGORIES) {
      expect(AWARENESS_POOL.filter(id => byId.get(id)?.category === category).length, category).toBeGreaterThanOrEqual(15)
    }
  })

  it('holds only items every rule set sorts the same way', () => {
    for (const id of RULE_SET_IDS) {
      expect(AWARENESS_POOL.filter(itemId => itemId in RULE_SETS[id].overrides), id).toEqual([])
    }
  })
})
