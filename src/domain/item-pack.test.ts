import { describe, expect, it } from 'vitest'
import { ALL_ITEMS } from '@/data/items'
import { packItems, unpackItems } from './item-pack'

describe('packItems', () => {
  it('gives every item of the knowledge base back exactly, field for field', () => {
    expect(unpackItems(JSON.parse(JSON.stringify(packItems(ALL_ITEMS))))).toEqual(ALL_ITEMS.map(item => ({ ...item })))
  })

  it('ships the knowledge base in much less than the items as objects', () => {
    const packed = JSON.stringify(packItems(ALL_ITEMS)).length
    const plain = JSON.stringify(ALL_ITEMS).length
    expect(packed).toBeLessThan(plain * 0.8)
  })

  it('keeps an item with nothing optional as short as its four fields', () => {
    const packed = packItems([{ id: 'x', zh: '某', en: 'thing', category: 'other', sub: 'misc' }])
    expect(packed.rows).toEqual([['x', '某', 'thing', 0]])
    expect(packed.kinds).toEqual(['other/misc'])
  })
})
