import type { DeviceKeyPair } from './signing'
import type { PayloadKind } from './payloads'
import { encode as encodeMsgpack } from '@msgpack/msgpack'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { ALL_ITEMS } from '@/data/items'
import { largestWeeklyReport } from '../school/testing'
import { fromBase64Url, toBase64Url } from './base64url'
import { decodeCode, encodeCode, InvalidPayloadError, openCode, verifyCode } from './codec'
import { deflateRaw } from './compress'
import { packEnvelope, signedMessage } from './envelope'
import { KIND_CODECS } from './payloads'
import { generateDeviceKeyPair, keyIdOf, signerFor } from './signing'
import { payloadArb } from './testing'

let keys: DeviceKeyPair[] = []

async function makeKey(): Promise<DeviceKeyPair> {
  const { privateKey, publicKey } = await generateDeviceKeyPair()
  return { privateKey, publicKey: toBase64Url(publicKey), kid: await keyIdOf(publicKey) }
}

beforeAll(async () => {
  keys = await Promise.all([makeKey(), makeKey(), makeKey()])
})

const signer = (key: DeviceKeyPair) => signerFor(key.kid, key.privateKey)
const keyOf = (publicKey: string) => keys.find(k => k.publicKey === publicKey)!

const KINDS = Object.keys(KIND_CODECS) as PayloadKind[]
const CLASS_ID = '0f8fad5b-d9cb-469f-a165-70867728950e'

function report() {
  return largestWeeklyReport(CLASS_ID, '2026-11-30', ALL_ITEMS.map(item => item.zh))
}

describe('round trips', () => {
  it.each(KINDS)('%s: every valid payload comes back equal, signed by its key', async (kind) => {
    await fc.assert(fc.asyncProperty(payloadArb(kind, keys.map(k => k.publicKey)), fc.nat(2), async (payload, k) => {
      const key = 'publicKey' in payload ? keyOf(payload.publicKey) : keys[k]!
      const data = await encodeCode(kind, payload, signer(key))
      expect(data).toMatch(/^[\w-]+$/)
      const decoded = await decodeCode(data)
      expect(decoded.ok && decoded.value.kind).toBe(kind)
      if (!decoded.ok) return
      expect(decoded.value.payload).toEqual(payload)
      expect(decoded.value.kid).toBe(key.kid)
      expect(await verifyCode(decoded.value, key.publicKey)).toEqual({ ok: true, value: true })
      const other = keys.find(k2 => k2 !== key)!
      expect(await verifyCode(decoded.value, other.publicKey)).toEqual({ ok: false, error: { code: 'bad-signature' } })
    }), { numRuns: 60 })
  })

  it('opens self-signed kinds verified and leaves reports for the class to verify', async () => {
    const invite = fc.sample(payloadArb('class-invite', [keys[0]!.publicKey]), 1)[0]!
    expect(await openCode(await encodeCode('class-invite', invite, signer(keys[0]!)))).toMatchObject({ ok: true, value: { verified: true } })
    // The same invite signed by a device that is not the teacher's key it names.
    expect(await openCode(await encodeCode('class-invite', invite, signer(keys[1]!)))).toEqual({ ok: false, error: { code: 'bad-signature' } })
    expect(await openCode(await encodeCode('report', report(), signer(keys[0]!)))).toMatchObject({ ok: true, value: { verified: false, code: { kind: 'report' } } })
  })
})

describe('the size of a weekly report', () => {
  it('fits one QR code: the largest weekly report is at most 600 characters', async () => {
    const data = await encodeCode('report', report(), signer(keys[0]!))
    console.info(`codes.report_chars = ${data.length} (largest weekly report: 10 taught items and 10 missed searches, 100 characters of names)`)
    expect(data.length).toBeLessThanOrEqual(600)
  })

  it('refuses to write a report past its text budget or list limits', async () => {
    const long = report()
    long.missed[0]!.query = '一二三四五六七八九十一二三四五六'
    await expect(encodeCode('report', long, signer(keys[0]!))).rejects.toBeInstanceOf(InvalidPayloadError)
    const many = report()
    many.taught.push({ name: '纸', category: 'recyclable' })
    await expect(encodeCode('report', many, signer(keys[0]!))).rejects.toBeInstanceOf(InvalidPayloadError)
  })
})

describe('refusals', () => {
  let data = ''
  beforeAll(async () => {
    data = await encodeCode('report', report(), signer(keys[0]!))
  })

  it('refuses every single flipped bit of a signed report', { timeout: 60_000 }, async () => {
    const bytes = fromBase64Url(data)!
    const seen = new Set<string>()
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const flipped = bytes.slice()
      flipped[bit >> 3]! ^= 1 << (bit & 7)
      const decoded = await decodeCode(toBase64Url(flipped))
      const outcome = decoded.ok ? await verifyCode(decoded.value, keys[0]!.publicKey) : decoded
      expect(outcome.ok, `bit ${bit}`).toBe(false)
      if (!outcome.ok) seen.add(outcome.error.code)
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['bad-signature', 'malformed']))
  })

  it.each([
    ['', 'malformed'],
    ['not a code!', 'malformed'],
    ['AAAA', 'malformed'],
    [toBase64Url(new TextEncoder().encode('{"v":1,"kind":"voucher"}')), 'malformed'],
    [toBase64Url(new Uint8Array([0xA2, 3, ...new Uint8Array(80)])), 'unsupported-version'],
    [toBase64Url(new Uint8Array([0xA1, 15, ...new Uint8Array(80)])), 'unknown-kind'],
    [toBase64Url(new Uint8Array([0xA1, 7, 1, 2, 3])), 'unknown-kind'],
    [toBase64Url(new Uint8Array([0xA1, 3, ...new Uint8Array(20)])), 'malformed'],
    ['A'.repeat(20_000), 'too-large'],
  ])('refuses %j as %s', async (text, code) => {
    expect(await decodeCode(text)).toEqual({ ok: false, error: expect.objectContaining({ code }) })
  })

  it('refuses a code of another kind than asked for', async () => {
    expect(await decodeCode(data, { kinds: ['voucher'] })).toEqual({ ok: false, error: { code: 'wrong-kind', params: { kind: 'report' } } })
  })

  it('refuses a truncated code', async () => {
    for (const cut of [1, 2, 10, 50, 100]) expect((await decodeCode(data.slice(0, -cut))).ok).toBe(false)
  })

  /** A correctly signed report envelope around any bytes, to test what lies under the signature. */
  async function signedAround(payload: Uint8Array, compress: boolean): Promise<string> {
    const kid = fromBase64Url(keys[0]!.kid)!
    const parts = { kind: 'report' as const, kid, compressed: compress, body: compress ? await deflateRaw(payload) : payload }
    return toBase64Url(packEnvelope({ ...parts, sig: await signer(keys[0]!).sign(signedMessage(parts)) }))
  }

  it('stops inflating a zip bomb at the limit', async () => {
    const bomb = await signedAround(new Uint8Array(1_000_000), true)
    expect(bomb.length).toBeLessThan(KIND_CODECS.report.maxChars)
    expect(await decodeCode(bomb)).toEqual({ ok: false, error: { code: 'too-large' } })
  })

  it.each([
    ['a map instead of an array', { a: 1 }],
    ['a deep nest of arrays', 'nest'],
    ['huge numbers', [new Uint8Array(16), 20454, 2 ** 60, [], 0, [], []]],
    ['a timestamp extension', [new Date(0)]],
    ['a string where a uuid goes', ['0f8fad5b-d9cb-469f-a165-70867728950e', 20454, 1, [], 0, [], []]],
  ])('refuses a validly signed payload that is %s', async (_, value) => {
    for (const compress of [false, true]) {
      // 0x91 is a MessagePack array of one element: 1,200 of them nest 1,200 deep.
      const bytes = value === 'nest' ? new Uint8Array([...new Uint8Array(1200).fill(0x91), 0x90]) : encodeMsgpack(value)
      const code = await signedAround(bytes, compress)
      expect(await decodeCode(code)).toEqual({ ok: false, error: expect.objectContaining({ code: expect.stringMatching(/^(invalid-payload|malformed)$/) }) })
    }
  })

  it('refuses trailing bytes after the MessagePack payload', async () => {
    const bytes = encodeMsgpack(KIND_CODECS.report.toWire(report()))
    const code = await signedAround(new Uint8Array([...bytes, 0]), false)
    expect(await decodeCode(code)).toEqual({ ok: false, error: { code: 'malformed' } })
  })
})

describe('decoding is total', () => {
  const isRefusal = (outcome: Awaited<ReturnType<typeof decodeCode>>) => !outcome.ok && typeof outcome.error.code === 'string'

  it('refuses any text with a typed error and never throws', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 3000 }), async (text) => {
      expect(isRefusal(await decodeCode(text))).toBe(true)
    }), { numRuns: 500 })
  })

  it('refuses any bytes behind a valid header, signed or not', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 7 }), fc.boolean(), fc.uint8Array({ maxLength: 1500 }), async (kind, compressed, body) => {
      const outcome = await decodeCode(toBase64Url(new Uint8Array([0xA1, kind | (compressed ? 0x80 : 0), ...body])))
      if (outcome.ok) expect(await verifyCode(outcome.value, keys[0]!.publicKey)).toMatchObject({ ok: false })
      else expect(isRefusal(outcome)).toBe(true)
    }), { numRuns: 500 })
  })

  it('refuses valid codes cut, spliced or overwritten anywhere', async () => {
    const codes = await Promise.all(KINDS.map(kind => encodeCode(kind, fc.sample(payloadArb(kind, [keys[0]!.publicKey]), 1)[0]!, signer(keys[0]!))))
    await fc.assert(fc.asyncProperty(fc.constantFrom(...codes), fc.nat(), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 }), async (code, a, b, junk) => {
      const bytes = fromBase64Url(code)!
      const from = a % bytes.length
      const to = from + (b % (bytes.length - from + 1))
      const mutated = new Uint8Array([...bytes.subarray(0, from), ...junk, ...bytes.subarray(to)])
      fc.pre(toBase64Url(mutated) !== code)
      const outcome = await decodeCode(toBase64Url(mutated))
      if (outcome.ok) expect(await verifyCode(outcome.value, keys[0]!.publicKey)).toMatchObject({ ok: false })
    }), { numRuns: 500 })
  })
})
