import type { Dictionary } from './useDictionary'
import type { Category, SubType } from '@/domain/categories'
import type { Gs1Classification, GtinFormat } from '@/domain/gs1'
import type { RuleSet } from '@/domain/rules'
import type { DecodeResult } from '@/scan/decoder-core'
import type { OffFetchResult } from '@/scan/off-client'
import { shallowRef } from 'vue'
import { SHIPPED_PRODUCTS } from '@/data/barcodes'
import { OFF_CACHE_DAYS } from '@/domain/barcode'
import { classifyGtin, normaliseGtin } from '@/domain/gs1'
import { parseOffProduct } from '@/domain/off'
import { answerFor } from '@/domain/rules'
import { withData } from './data-layer'
import { useSaving } from './useSaving'

/** One part of a product and where it goes; `material`/`shape` are `off.ts` keys. */
export interface PartAnswer {
  material?: string
  shape?: string
  /** A knowledge-base item the whole thing is (taught). */
  itemId?: string
  category: Category | null
  sub?: SubType
  caution?: string
}

export type AnswerSource = 'taught' | 'shipped' | 'book' | 'periodical' | 'off' | 'unknown' | 'qr'

/** Why the Open Food Facts step gave nothing (or is waiting for the user). */
export type OffNote = 'asking' | 'loading' | 'offline' | 'timeout' | 'error' | 'not-found' | 'no-packaging'

export interface BarcodeAnswer {
  /** The text as read or typed. */
  text: string
  /** The normalised GTIN, the key everything is stored under. */
  code: string
  source: AnswerSource
  name?: string | { zh: string, en: string }
  gs1: Gs1Classification | null
  parts: PartAnswer[]
  off?: OffNote
}

const DAY = 86_400_000

/**
 * Works out a barcode's answer, in the order: what the household taught, the shipped
 * table, the GS1 prefix rules (books and periodicals), Open Food Facts (online, allowed, cached),
 * and otherwise "unknown". Never waits more than the 5-second lookup timeout.
 */
export function useBarcodeAnswer(dictionary: () => Dictionary | undefined, ruleSet: () => RuleSet) {
  const answer = shallowRef<BarcodeAnswer | null>(null)
  const resolving = shallowRef(false)
  let current = 0

  function itemParts(itemId: string): PartAnswer[] {
    const item = dictionary()?.itemsById.get(itemId)
    if (!item) return []
    const { category, sub } = answerFor(item, ruleSet())
    return [{ itemId, category, sub }]
  }

  async function resolve(read: DecodeResult | { text: string, format?: undefined }) {
    const ticket = ++current
    resolving.value = true
    try {
      const next = await chain(read)
      if (ticket === current) answer.value = next
    }
    finally {
      if (ticket === current) resolving.value = false
    }
  }

  async function chain(read: DecodeResult | { text: string, format?: undefined }): Promise<BarcodeAnswer> {
    const text = read.text.trim()
    if (read.format === 'qr_code' || read.format === 'code_128') {
      return { text, code: text, source: 'qr', gs1: null, parts: [] }
    }
    const format = read.format as GtinFormat | undefined
    const code = normaliseGtin(text, format)?.gtin ?? text
    const gs1 = classifyGtin(text, format)
    const base = { text, code, gs1 }

    const taught = await withData(({ db, scan }) => scan.taughtBarcode(db, code))
    if (taught) {
      const item = taught.itemId ? dictionary()?.itemsById.get(taught.itemId) : undefined
      return {
        ...base,
        source: 'taught',
        ...(item ? { name: { zh: item.zh, en: item.en } } : {}),
        parts: taught.itemId ? itemParts(taught.itemId) : [{ material: taught.material, category: taught.category, ...(taught.sub ? { sub: taught.sub } : {}) }],
      }
    }

    const shipped = SHIPPED_PRODUCTS.find(product => product.gtin === code)
    if (shipped) return { ...base, source: 'shipped', name: shipped.name, parts: shipped.parts.map(part => ({ ...part })) }

    if (gs1?.kind === 'book' || gs1?.kind === 'periodical') {
      return { ...base, source: gs1.kind, parts: [{ material: 'paper', category: gs1.category, sub: gs1.sub }] }
    }

    const fromOff = await offAnswer(code, false)
    return { ...base, ...fromOff }
  }

  /** The Open Food Facts step: the cached answer, or a lookup when online and allowed. */
  async function offAnswer(code: string, askedNow: boolean): Promise<Pick<BarcodeAnswer, 'source' | 'name' | 'parts' | 'off'>> {
    const unknown = (off?: OffNote) => ({ source: 'unknown' as const, parts: [], ...(off ? { off } : {}) })
    const cached = await withData(({ db, scan }) => scan.cachedOffAnswer(db, code))
    const fresh = cached && Date.now() - cached.fetchedAt < OFF_CACHE_DAYS * DAY
    if (cached && (fresh || !navigator.onLine)) return fromOffBody(cached.body)
    if (!navigator.onLine) return unknown('offline')
    const consent = await withData(({ db, settings }) => settings.getSetting(db, 'offLookup'))
    if (consent === 'denied') return unknown()
    if (consent === undefined && !askedNow) return unknown('asking')

    const { fetchOffProduct } = await import('@/scan/off-client')
    const result: OffFetchResult = await fetchOffProduct(code, { fetch: (url, init) => fetch(url, init), appVersion: __APP_VERSION__ })
    if (result.state === 'found' || result.state === 'not-found') {
      // The reply was checked and bounded by the client; a cache that cannot be written (a full
      // disk) only costs the offline answer next time.
      await withData(({ db, scan }) => scan.cacheOffAnswer(db, { code, fetchedAt: Date.now(), body: result.body })).catch((error: unknown) => console.warn('OFF answer not cached', error))
      return fromOffBody(result.body)
    }
    if (cached) return fromOffBody(cached.body)
    return unknown(result.state === 'offline' ? 'offline' : result.state === 'timeout' ? 'timeout' : 'error')
  }

  function fromOffBody(body: unknown): Pick<BarcodeAnswer, 'source' | 'name' | 'parts' | 'off'> {
    const parsed = parseOffProduct(body)
    if (parsed.state === 'found' && parsed.parts.some(part => part.category !== null)) {
      return {
        source: 'off',
        ...(parsed.productName ? { name: parsed.productName } : {}),
        parts: parsed.parts.map(part => ({
          ...(part.material ? { material: part.material } : {}),
          ...(part.shape ? { shape: part.shape } : {}),
          category: part.category,
          ...(part.category && 'sub' in part && part.sub ? { sub: part.sub } : {}),
          ...('caution' in part && part.caution ? { caution: part.caution } : {}),
        })),
      }
    }
    return { source: 'unknown', parts: [], off: parsed.state === 'not-found' ? 'not-found' : 'no-packaging', ...(parsed.state !== 'not-found' && parsed.state !== 'invalid' && parsed.productName ? { name: parsed.productName } : {}) }
  }

  /** The user agreed (or not) to look barcodes up online; remembered, and applied to this one. */
  async function answerConsent(allowed: boolean) {
    await withData(({ db, settings }) => settings.setSetting(db, 'offLookup', allowed ? 'allowed' : 'denied'))
    const shown = answer.value
    if (!shown) return
    if (!allowed) {
      answer.value = { ...shown, off: undefined }
      return
    }
    const ticket = ++current
    answer.value = { ...shown, off: 'loading' }
    const fromOff = await offAnswer(shown.code, true)
    if (ticket === current) answer.value = { ...shown, ...fromOff }
  }

  function clear() {
    current++
    answer.value = null
    resolving.value = false
  }

  const { save, saving, problem } = useSaving()
  /** Remembers what a barcode is (an item, or a material and bin) and answers it again from that. */
  async function teach(lesson: { itemId?: string, material?: string, category: Category, memberId?: string }) {
    const shown = answer.value
    if (!shown) return { ok: false as const }
    const result = await save(() => withData(({ db, scan }) => scan.teachBarcode(db, { code: shown.code, ...lesson })))
    if (result.ok) await resolve({ text: shown.text })
    return result
  }

  return { answer, resolving, resolve, answerConsent, clear, teach, saving, problem }
}
