import { describe, expect, it } from 'vitest'
import { CATEGORIES, isCategory, isSubTypeOf } from '@/domain/categories'
import { normalizeChinese } from '@/domain/text'
import { ALL_ITEMS } from './index'

// Traditional forms that must not appear in simplified-Chinese names and tips.
const TRADITIONAL = /[們個這來時會說還為樣點學習識應請擇設儲電話紙書飯蔥葉廢舊蓋鐵鋁膠塊藥燈類別]/

describe('knowledge base', () => {
  it('has at least 3,000 items, and prints the count per category', () => {
    const counts = Object.fromEntries(CATEGORIES.map(category => [category, ALL_ITEMS.filter(item => item.category === category).length]))
    console.info(`knowledge base: ${ALL_ITEMS.length} items`, counts, `${ALL_ITEMS.filter(item => item.tip).length} with tips`)
    expect(ALL_ITEMS.length).toBeGreaterThanOrEqual(3000)
    for (const category of CATEGORIES) expect(counts[category], category).toBeGreaterThan(100)
  })

  it('gives every item a unique, well-formed id', () => {
    const seen = new Set<string>()
    const duplicates = ALL_ITEMS.filter(item => seen.size === seen.add(item.id).size).map(item => item.id)
    expect(duplicates).toEqual([])
    expect(ALL_ITEMS.filter(item => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(item.id)).map(item => item.id)).toEqual([])
  })

  it('never lets a name or alias point to two different items', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const item of ALL_ITEMS) {
      for (const name of new Set([item.zh, ...(item.aliases ?? [])].map(normalizeChinese))) {
        const previous = owner.get(name)
        if (previous && previous !== item.id) clashes.push(`${name}: ${previous} / ${item.id}`)
        owner.set(name, item.id)
      }
    }
    expect(clashes).toEqual([])
  })

  it('uses only known categories and sub-types', () => {
    const wrong = ALL_ITEMS.filter(item => !isCategory(item.category) || !isSubTypeOf(item.category, item.sub))
    expect(wrong.map(item => `${item.id}: ${item.category}/${item.sub}`)).toEqual([])
  })

  it('has an English name for every item and both languages for every tip', () => {
    expect(ALL_ITEMS.filter(item => !item.en?.trim()).map(item => item.id)).toEqual([])
    expect(ALL_ITEMS.filter(item => item.tip && (!item.tip.zh.trim() || !item.tip.en.trim())).map(item => item.id)).toEqual([])
  })

  it('writes Chinese in simplified characters', () => {
    const traditional = ALL_ITEMS.filter(item => [item.zh, ...(item.aliases ?? []), item.tip?.zh ?? ''].some(text => TRADITIONAL.test(text)))
    expect(traditional.map(item => item.id)).toEqual([])
  })

  it('links look-alikes to existing items in another bin', () => {
    const byId = new Map(ALL_ITEMS.map(item => [item.id, item]))
    const broken: string[] = []
    for (const item of ALL_ITEMS) {
      for (const id of item.lookAlikes ?? []) {
        const other = byId.get(id)
        if (!other) broken.push(`${item.id} → missing ${id}`)
        else if (other.category === item.category) broken.push(`${item.id} → ${id} is in the same bin`)
      }
    }
    expect(broken).toEqual([])
  })

  it('keeps emoji to a single pictograph', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })
    const wrong = ALL_ITEMS.filter(item => item.emoji !== undefined && ([...segmenter.segment(item.emoji)].length !== 1 || !/\p{Extended_Pictographic}/u.test(item.emoji)))
    expect(wrong.map(item => `${item.id}: ${item.emoji}`)).toEqual([])
  })
})
