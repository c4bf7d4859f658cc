import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { OFF_FIXTURES } from '../../tests/fixtures/paths'
import { OFF_PRODUCT_FIELDS, parseOffProduct } from './off'
import { checkOffReply, OFF_LIST_MAX, OFF_REPLY_MAX_CHARS, readOffReply } from './off-reply'

const fixtures = readdirSync(OFF_FIXTURES).filter(name => name.endsWith('.json')).map(name => [name, readFileSync(path.join(OFF_FIXTURES, name), 'utf8')] as const)

describe('an Open Food Facts reply', () => {
  it.each(fixtures)('%s: kept with only the fields the app reads, and answering exactly as the whole reply does', (_, text) => {
    const reply = readOffReply(text)
    expect(reply.ok).toBe(true)
    if (!reply.ok) return
    expect(Object.keys(reply.value.product ?? {}).every(key => (OFF_PRODUCT_FIELDS as readonly string[]).includes(key))).toBe(true)
    expect(parseOffProduct(reply.value)).toEqual(parseOffProduct(JSON.parse(text)))
    // What is kept passes again unchanged (a cached reply, a restored backup).
    expect(checkOffReply(reply.value)).toEqual(reply)
  })

  it.each([
    ['a reply longer than any product\'s packaging', `{"code":"1","product":{"packaging":"${'x'.repeat(OFF_REPLY_MAX_CHARS)}"}}`, 'too-large'],
    ['an HTML error page', '<html><body>502 Bad Gateway</body></html>', 'not-json'],
    ['JSON nested beyond any parser', '['.repeat(200_000), 'not-json'],
    ['a list', '["not", "a", "product"]', 'invalid'],
    ['a product name that is a number', '{"product":{"product_name":42}}', 'invalid'],
    ['a product name longer than any product\'s', `{"product":{"product_name":"${'名'.repeat(5000)}"}}`, 'invalid'],
    ['more packaging components than any product has', `{"product":{"packagings":[${Array.from({ length: OFF_LIST_MAX + 1 }, () => '{"shape":"en:bottle"}').join(',')}]}}`, 'invalid'],
    ['a packaging component that is a string', '{"product":{"packagings":["en:bottle"]}}', 'invalid'],
    ['a lone surrogate', '{"product":{"product_name":"\\ud800"}}', 'invalid'],
  ])('is refused when it is %s', (_, text, code) => {
    expect(readOffReply(text)).toEqual({ ok: false, error: { code } })
  })

  it('drops fields the app does not read, however large', () => {
    const reply = readOffReply(JSON.stringify({ code: '123', status: 1, product: { product_name: '可乐', nutriments: { sugars: 10 }, images: Array.from({ length: 500 }, (_, i) => `img${i}`) }, extra: 'x'.repeat(1000) }))
    expect(reply).toEqual({ ok: true, value: { code: '123', status: 1, product: { product_name: '可乐' } } })
  })
})
