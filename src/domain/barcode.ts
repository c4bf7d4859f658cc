import type { Category, SubType } from './categories'

/** A barcode the household taught the app: what it is (an item, or a packaging material). */
export interface TaughtBarcode {
  /** The normalised GTIN (or the raw text for codes that are not GTINs). */
  code: string
  itemId?: string
  /** A material key of `off.ts`, when the user picked a material instead of an item. */
  material?: string
  category: Category
  sub?: SubType
  memberId?: string
  createdAt: number
}

/** An Open Food Facts answer kept on the device, so a product looked up once answers offline. */
export interface OffCacheEntry {
  code: string
  fetchedAt: number
  /** The raw response, re-read through the current mapping table each time. */
  body: unknown
}

/** How long a cached Open Food Facts answer is trusted before it is asked again (when online). */
export const OFF_CACHE_DAYS = 90
