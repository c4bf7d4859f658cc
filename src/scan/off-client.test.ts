import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest'
import { OFF_PRODUCT_FIELDS } from '../domain/off'
import { FAKE_CODES, GLASS_BOTTLE_CAP_LABEL, NOT_FOUND } from '../domain/off-fixtures/products'
import { OFF_FIXTURES } from '../../tests/fixtures/paths'
import { fetchOffProduct, type FetchLike, type FetchResponseLike, offProductUrl, offUserAgent } from './off-client'

const VERSION = '1.2.3'
const realBody = JSON.parse(readFileSync(path.join(OFF_FIXTURES, 'product-7622210288257.json'), 'utf8')) as { code: string, status: number, status_verbose: string, product: Record<string, unknown> }

type Init = Parameters<FetchLike>[1]

/** A fetch that records its calls and answers each with `respond`. */
function fakeFetch(respond: (url: string, init: Init) => Promise<FetchResponseLike>) {
  const calls: { url: string, init: Init }[] = []
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init })
    return respond(url, init)
  }
  return { fetch, calls }
}

function answer(status: number, body: unknown): Promise<FetchResponseLike> {
  return Promise.resolve({ status, text: () => Promise.resolve(typeof body === 'string' ? body : JSON.stringify(body)) })
}

/** Like a real fetch on a dead line: settles only when aborted. */
function hangingUntilAborted(_url: string, init: Init): Promise<FetchResponseLike> {
  return new Promise((_resolve, reject) => {
    init.signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')))
  })
}

function decodeHeaderBytes(value: string): string {
  return new TextDecoder().decode(Uint8Array.from(value, c => c.charCodeAt(0)))
}

afterEach(() => {
  vi.useRealTimers()
})

describe('offProductUrl', () => {
  it('asks API v2 for the packaging fields only and names the app in the query', () => {
    const url = new URL(offProductUrl('0737628064502', VERSION))
    expect(url.origin).toBe('https://world.openfoodfacts.org')
    expect(url.pathname).toBe('/api/v2/product/0737628064502')
    expect(url.searchParams.get('fields')?.split(',')).toEqual([...OFF_PRODUCT_FIELDS])
    expect(url.searchParams.get('fields')).toBe('product_name,packagings,packaging,packaging_materials_tags,packaging_shapes_tags,packaging_recycling_tags')
    expect(url.searchParams.get('app_name')).toBe('SortHero')
    expect(url.searchParams.get('app_version')).toBe(VERSION)
  })

  it('keeps the field list readable and escapes the version', () => {
    expect(offProductUrl('123', '1.0 beta&x', 'https://world.openfoodfacts.net')).toBe(
      'https://world.openfoodfacts.net/api/v2/product/123?fields=product_name,packagings,packaging,packaging_materials_tags,packaging_shapes_tags,packaging_recycling_tags&app_name=SortHero&app_version=1.0%20beta%26x',
    )
  })
})

describe('fetchOffProduct', () => {
  it('reads a real OFF response into per-component answers, with the body for the cache', async () => {
    const { fetch, calls } = fakeFetch(() => answer(200, realBody))
    const result = await fetchOffProduct('7622210288257', { fetch, appVersion: VERSION })
    expect(result).toMatchObject({
      state: 'found',
      code: '7622210288257',
      answer: { state: 'found', productName: 'Grand Arôme', parts: [{ shape: 'box', material: 'plastic', category: 'recyclable', sub: 'plastic' }] },
    })
    // The body kept for the cache is the reply's packaging fields only.
    expect(result.state === 'found' && result.body).toEqual({ code: realBody.code, status: realBody.status, status_verbose: realBody.status_verbose, product: Object.fromEntries(Object.entries(realBody.product).filter(([key]) => (OFF_PRODUCT_FIELDS as readonly string[]).includes(key))) })
    expect(calls).toHaveLength(1)
    expect(calls[0]!.url).toBe(offProductUrl('7622210288257', VERSION))
    expect(calls[0]!.init.method).toBe('GET')
  })

  it('reads a multi-component fixture', async () => {
    const { fetch } = fakeFetch(() => answer(200, GLASS_BOTTLE_CAP_LABEL))
    const result = await fetchOffProduct(FAKE_CODES.glassBottle, { fetch, appVersion: VERSION })
    expect(result.state === 'found' && result.answer.state === 'found' && result.answer.parts.map(p => p.category)).toEqual(['recyclable', 'recyclable', 'other'])
  })

  it('sends "SortHero/<version> (分类小达人)" as the User-Agent in Node, as UTF-8 bytes fetch accepts', async () => {
    const { fetch, calls } = fakeFetch(() => answer(200, realBody))
    await fetchOffProduct('7622210288257', { fetch, appVersion: VERSION, sendUserAgent: true })
    const sent = calls[0]!.init.headers['User-Agent']!
    expect(decodeHeaderBytes(sent)).toBe('SortHero/1.2.3 (分类小达人)')
    expect(offUserAgent(VERSION)).toBe('SortHero/1.2.3 (分类小达人)')
    // A real Headers object would throw on the Chinese characters themselves.
    expect(() => new Headers({ 'User-Agent': sent })).not.toThrow()
  })

  it('sends no User-Agent where told it runs in a browser (the query names the app there)', async () => {
    const { fetch, calls } = fakeFetch(() => answer(200, realBody))
    await fetchOffProduct('7622210288257', { fetch, appVersion: VERSION, sendUserAgent: false })
    expect(calls[0]!.init.headers).not.toHaveProperty('User-Agent')
    expect(calls[0]!.url).toContain('app_name=SortHero')
  })

  it('sends the User-Agent by default when running under Node', async () => {
    const { fetch, calls } = fakeFetch(() => answer(200, realBody))
    await fetchOffProduct('7622210288257', { fetch, appVersion: VERSION })
    expect(calls[0]!.init.headers).toHaveProperty('User-Agent')
  })

  it('answers not-found for status 0, whether OFF says it with HTTP 200 or 404', async () => {
    for (const status of [200, 404]) {
      const { fetch } = fakeFetch(() => answer(status, NOT_FOUND))
      expect(await fetchOffProduct(FAKE_CODES.missing, { fetch, appVersion: VERSION })).toEqual({ state: 'not-found', code: FAKE_CODES.missing, body: NOT_FOUND })
    }
  })

  it('answers not-found for a 404 without a JSON body', async () => {
    const { fetch } = fakeFetch(() => answer(404, '<html>Not Found</html>'))
    expect(await fetchOffProduct(FAKE_CODES.missing, { fetch, appVersion: VERSION })).toMatchObject({ state: 'not-found' })
  })

  it('answers offline when fetch rejects', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('fetch failed')))
    expect(await fetchOffProduct('7622210288257', { fetch, appVersion: VERSION })).toEqual({ state: 'offline', code: '7622210288257', message: 'fetch failed' })
  })

  it('answers offline when fetch throws before returning a promise', async () => {
    const fetch: FetchLike = () => {
      throw new TypeError('Failed to fetch')
    }
    expect(await fetchOffProduct('7622210288257', { fetch, appVersion: VERSION })).toMatchObject({ state: 'offline' })
  })

  it.each([
    [500, 'Internal Server Error'],
    [429, 'Too Many Requests'],
    [503, ''],
  ])('answers error for HTTP %i', async (status, text) => {
    const { fetch } = fakeFetch(() => answer(status, text))
    expect(await fetchOffProduct('7622210288257', { fetch, appVersion: VERSION })).toEqual({ state: 'error', code: '7622210288257', reason: 'http', httpStatus: status })
  })

  it('answers error for invalid JSON and for JSON that is not a product response', async () => {
    const broken = fakeFetch(() => answer(200, '{"code": "7622'))
    expect(await fetchOffProduct('7622210288257', { fetch: broken.fetch, appVersion: VERSION })).toMatchObject({ state: 'error', reason: 'invalid-json' })
    const odd = fakeFetch(() => answer(200, ['not', 'a', 'product']))
    expect(await fetchOffProduct('7622210288257', { fetch: odd.fetch, appVersion: VERSION })).toMatchObject({ state: 'error', reason: 'unexpected-body' })
  })

  it('refuses anything but digits without asking OFF', async () => {
    const { fetch, calls } = fakeFetch(() => answer(200, realBody))
    for (const code of ['', '12a4', '../../api/v0/user', '1'.repeat(33)]) {
      expect(await fetchOffProduct(code, { fetch, appVersion: VERSION })).toEqual({ state: 'error', code, reason: 'invalid-code' })
    }
    expect(calls).toHaveLength(0)
  })

  it('times out after 5 seconds, aborting the request', async () => {
    vi.useFakeTimers()
    const { fetch, calls } = fakeFetch(hangingUntilAborted)
    let settled = false
    const pending = fetchOffProduct('7622210288257', { fetch, appVersion: VERSION }).finally(() => {
      settled = true
    })
    await vi.advanceTimersByTimeAsync(4999)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await pending).toEqual({ state: 'timeout', code: '7622210288257', timeoutMs: 5000 })
    expect(calls[0]!.init.signal.aborted).toBe(true)
  })

  it('times out even when fetch ignores its abort signal', async () => {
    vi.useFakeTimers()
    const { fetch } = fakeFetch(() => new Promise(() => {}))
    const pending = fetchOffProduct('7622210288257', { fetch, appVersion: VERSION, timeoutMs: 1500 })
    await vi.advanceTimersByTimeAsync(1500)
    expect(await pending).toEqual({ state: 'timeout', code: '7622210288257', timeoutMs: 1500 })
  })

  it('times out when the headers arrive but the body never does', async () => {
    vi.useFakeTimers()
    const { fetch } = fakeFetch(() => Promise.resolve({ status: 200, text: () => new Promise<string>(() => {}) }))
    const pending = fetchOffProduct('7622210288257', { fetch, appVersion: VERSION })
    await vi.advanceTimersByTimeAsync(5000)
    expect(await pending).toMatchObject({ state: 'timeout' })
  })

  it('leaves no timer behind after a quick answer', async () => {
    vi.useFakeTimers()
    const { fetch } = fakeFetch(() => answer(200, realBody))
    await fetchOffProduct('7622210288257', { fetch, appVersion: VERSION })
    expect(vi.getTimerCount()).toBe(0)
  })

  it('stops when the caller aborts, and does not start when already aborted', async () => {
    const controller = new AbortController()
    const { fetch, calls } = fakeFetch(hangingUntilAborted)
    const pending = fetchOffProduct('7622210288257', { fetch, appVersion: VERSION, signal: controller.signal })
    controller.abort()
    expect(await pending).toEqual({ state: 'error', code: '7622210288257', reason: 'aborted' })
    expect(calls[0]!.init.signal.aborted).toBe(true)
    expect(await fetchOffProduct('7622210288257', { fetch, appVersion: VERSION, signal: controller.signal })).toMatchObject({ state: 'error', reason: 'aborted' })
    expect(calls).toHaveLength(1)
  })

  it('takes the platform fetch as it is (checked by vue-tsc)', () => {
    expectTypeOf(globalThis.fetch).toExtend<FetchLike>()
  })
})
