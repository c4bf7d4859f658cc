import { beforeEach, describe, expect, it } from 'vitest'
import { balanceOf } from '@/domain/ledger'
import type { SortHeroDb } from '../db'
import { freshDb } from '../testing'
import { cacheOffAnswer, cachedOffAnswer, taughtBarcode, teachBarcode } from './scan'

let db: SortHeroDb
beforeEach(() => {
  db = freshDb()
})

describe('taught barcodes', () => {
  it('remembers an item for a barcode, replaces it when taught again, and awards points once', async () => {
    await teachBarcode(db, { code: '7622200008018', itemId: 'chocolate-bar', category: 'kitchen', memberId: 'kid' }, 1)
    expect(await taughtBarcode(db, '7622200008018')).toMatchObject({ itemId: 'chocolate-bar', category: 'kitchen', createdAt: 1 })
    await teachBarcode(db, { code: '7622200008018', material: 'plastic', category: 'recyclable', memberId: 'kid' }, 2)
    expect(await taughtBarcode(db, '7622200008018')).toMatchObject({ material: 'plastic', category: 'recyclable' })
    expect(balanceOf(await db.ledger.toArray(), 'kid')).toBe(2)
  })

  it('refuses a lesson that says nothing', async () => {
    await expect(teachBarcode(db, { code: '1', category: 'other' })).rejects.toMatchObject({ code: 'lookup.category' })
    expect(await db.taughtBarcodes.count()).toBe(0)
  })
})

describe('Open Food Facts cache', () => {
  it('keeps the checked answer by code, without the fields the app does not read', async () => {
    await cacheOffAnswer(db, { code: '0737628064502', fetchedAt: 5, body: { status: 1, product: { product_name: 'Thai peanut noodle kit', images: ['a', 'b'] }, ads: 'x' } })
    expect(await cachedOffAnswer(db, '0737628064502')).toEqual({ code: '0737628064502', fetchedAt: 5, body: { status: 1, product: { product_name: 'Thai peanut noodle kit' } } })
  })

  it('writes nothing for a reply that is not one, or a code that is not a barcode', async () => {
    await expect(cacheOffAnswer(db, { code: '0737628064502', fetchedAt: 5, body: { product: { product_name: 'x'.repeat(10_000) } } })).rejects.toMatchObject({ code: 'scan.offReply.invalid' })
    await expect(cacheOffAnswer(db, { code: '../etc', fetchedAt: 5, body: { status: 1 } })).rejects.toMatchObject({ code: 'scan.code' })
    expect(await db.offCache.count()).toBe(0)
  })

  it('reads a reply an older version cached raw through the same check', async () => {
    await db.offCache.add({ code: '1', fetchedAt: 5, body: { status: 1, product: { product_name: '可乐' }, huge: 'x'.repeat(1000) } })
    await db.offCache.add({ code: '2', fetchedAt: 5, body: 'garbage' })
    expect(await cachedOffAnswer(db, '1')).toEqual({ code: '1', fetchedAt: 5, body: { status: 1, product: { product_name: '可乐' } } })
    expect(await cachedOffAnswer(db, '2')).toBeUndefined()
  })
})
