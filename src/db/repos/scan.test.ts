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
  it('keeps the raw answer by code', async () => {
    await cacheOffAnswer(db, { code: '0737628064502', fetchedAt: 5, body: { status: 1 } })
    expect(await cachedOffAnswer(db, '0737628064502')).toEqual({ code: '0737628064502', fetchedAt: 5, body: { status: 1 } })
  })
})
