import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isSubTypeOf } from '@/domain/categories'
import { isValidGtin } from '@/domain/gtin'
import { MATERIAL_KEYS, parseOffProduct, SHAPE_KEYS } from '@/domain/off'
import { SHIPPED_PRODUCTS } from './barcodes'
import { OFF_FIXTURES } from '../../tests/fixtures/paths'

const OFF = OFF_FIXTURES

describe('shipped barcodes', () => {
  it('are valid, unique GTIN-13s with known materials and shapes', () => {
    expect(new Set(SHIPPED_PRODUCTS.map(p => p.gtin)).size).toBe(SHIPPED_PRODUCTS.length)
    for (const product of SHIPPED_PRODUCTS) {
      expect(product.gtin, product.name.en).toMatch(/^\d{13}$/)
      expect(isValidGtin(product.gtin), product.gtin).toBe(true)
      for (const part of product.parts) {
        expect(MATERIAL_KEYS as readonly string[]).toContain(part.material)
        if (part.shape) expect(SHAPE_KEYS as readonly string[]).toContain(part.shape)
        if (part.sub) expect(isSubTypeOf(part.category, part.sub)).toBe(true)
      }
    }
  })

  it.each([
    ['0737628064502', 'product-737628064502.json'],
    ['7622210288257', 'product-7622210288257.json'],
  ])('%s agrees with the public Open Food Facts record it was taken from', (gtin, file) => {
    const product = SHIPPED_PRODUCTS.find(p => p.gtin === gtin)!
    const answer = parseOffProduct(JSON.parse(readFileSync(resolve(OFF, file), 'utf8')))
    expect(answer.state).toBe('found')
    if (answer.state !== 'found') return
    expect(answer.parts.map(part => part.category).sort()).toEqual(product.parts.map(part => part.category).sort())
  })
})
