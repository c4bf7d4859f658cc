import type { Category, SubType } from '@/domain/categories'
import type { Bilingual } from '@/domain/item'

/** One part of a shipped product's packaging and where it goes. */
export interface ShippedPart {
  /** A material key of `domain/off.ts` (translated under `scan.material.`). */
  material: string
  /** A shape key, if the source names one (translated under `scan.shape.`). */
  shape?: string
  category: Category
  sub?: SubType
}

export interface ShippedProduct {
  /** GTIN-13 (UPC-A gains a leading zero). */
  gtin: string
  name: Bilingual
  parts: readonly ShippedPart[]
  /** Where the product and its packaging can be checked. */
  source: string
}

/**
 * Products the app knows without asking anyone. Only products whose barcode and packaging are
 * verifiable from a public source may be listed — never an invented barcode. Both entries come
 * from Open Food Facts (data under the Open Database License), as recorded in the API responses
 * kept in tests/fixtures/off.
 */
export const SHIPPED_PRODUCTS: readonly ShippedProduct[] = [
  {
    gtin: '0737628064502',
    name: { zh: '泰式花生酱米粉套装', en: 'Thai peanut noodle kit' },
    parts: [
      { material: 'cellophane', category: 'other' },
      { material: 'cardboard', shape: 'box', category: 'recyclable', sub: 'paper' },
    ],
    source: 'https://world.openfoodfacts.org/product/0737628064502 (packaging: Cellophane, Carton)',
  },
  {
    gtin: '7622210288257',
    name: { zh: 'Poulain 可可冲饮粉（Grand Arôme）', en: 'Poulain Grand Arôme cocoa drink powder' },
    parts: [
      { material: 'plastic', shape: 'box', category: 'recyclable', sub: 'plastic' },
    ],
    source: 'https://world.openfoodfacts.org/product/7622210288257 (packaging: boîte, plastique)',
  },
]
