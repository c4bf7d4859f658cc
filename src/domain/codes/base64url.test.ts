import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url'

describe('base64url', () => {
  it('round-trips any bytes, in the URL-safe alphabet only', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const text = toBase64Url(bytes)
      expect(text).toMatch(/^[\w-]*$/)
      expect(fromBase64Url(text)).toEqual(bytes)
    }))
  })

  it('agrees with the platform base64 (RFC 4648)', () => {
    const bytes = new TextEncoder().encode('分类小达人 SortHero ~~~ ???')
    expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'))
  })

  it.each([
    ['padding', 'YQ=='],
    ['a plus sign', 'a+b/'],
    ['an impossible length', 'abcde'],
    ['stray bits in the last character', 'YR'],
    ['a space', 'YW Jj'],
    ['a Chinese character', '分类'],
  ])('refuses %s', (_, text) => {
    expect(fromBase64Url(text)).toBeNull()
  })
})
