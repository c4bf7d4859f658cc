/**
 * Writing and reading SortHero codes: payload → MessagePack → (deflate-raw when smaller) →
 * envelope with signature → base64url, and back. Reading is total: any string ends in a typed
 * refusal or a payload that passed its kind's schema, and size limits hold both before and after
 * decompression.
 *
 * Reading and verifying are separate steps because the key that verifies depends on the kind:
 * invites, enrollments, summaries and taught-item lists carry their signer's public key
 * (`openCode` checks them against it), while reports and vouchers are verified with the key a
 * class enrolled (`verifyCode`, called by the repositories).
 */
import type { CodeKind } from './envelope'
import type { PayloadKind, PayloadOf } from './payloads'
import type { CodeResult } from './result'
import type { Signer } from './signing'
import { decode as decodeMsgpack, encode as encodeMsgpack } from '@msgpack/msgpack'
import * as v from 'valibot'
import { fromBase64Url, toBase64Url } from './base64url'
import { deflateRaw, inflateRaw } from './compress'
import { packEnvelope, signedMessage, unpackEnvelope } from './envelope'
import { isPayloadKind, KIND_CODECS } from './payloads'
import { accept, refuse } from './result'
import { keyIdOf, verifySignature } from './signing'

/** Thrown by `encodeCode` for a payload its own schema refuses: a bug or unchecked input. */
export class InvalidPayloadError extends Error {
  constructor(readonly kind: CodeKind, readonly issues: readonly string[]) {
    super(`invalid ${kind} payload: ${issues.join('; ')}`)
    this.name = 'InvalidPayloadError'
  }
}

/** A code read and checked against its schema, not yet against a signature. */
export interface DecodedCode<K extends PayloadKind = PayloadKind> {
  kind: K
  /** The signer's key id (base64url). */
  kid: string
  payload: PayloadOf[K]
  /** What the signature covers. */
  message: Uint8Array
  sig: Uint8Array
}

/** Any decoded code, narrowed by its `kind`. */
export type AnyDecodedCode = { [K in PayloadKind]: DecodedCode<K> }[PayloadKind]

function issuesOf(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map(issue => `${issue.path?.map(p => String(p.key)).join('.') ?? ''} ${issue.message}`)
}

/**
 * Writes a code: the `<data>` of `<app url>#/code/<data>`. Refuses (throws
 * `InvalidPayloadError`) to write what a reader would refuse.
 */
export async function encodeCode<K extends PayloadKind>(kind: K, payload: PayloadOf[K], signer: Signer): Promise<string> {
  const codec = KIND_CODECS[kind]
  const wire = codec.toWire(payload)
  const checked = v.safeParse(codec.schema, wire)
  if (!checked.success) throw new InvalidPayloadError(kind, issuesOf(checked.issues))
  const bytes = encodeMsgpack(wire)
  const kid = fromBase64Url(signer.kid)
  if (!kid || kid.length !== 8) throw new Error('a signer needs an 8-byte key id')
  const deflated = await deflateRaw(bytes)
  const compressed = deflated.length < bytes.length
  const parts = { kind, kid, compressed, body: compressed ? deflated : bytes }
  const data = toBase64Url(packEnvelope({ ...parts, sig: await signer.sign(signedMessage(parts)) }))
  if (data.length > codec.maxChars || bytes.length > codec.maxBytes) throw new InvalidPayloadError(kind, ['too large'])
  return data
}

export interface DecodeOptions {
  /** Kinds the caller accepts; another kind is refused as `wrong-kind`. */
  kinds?: readonly PayloadKind[]
}

/** The longest `<data>` of any kind: longer text is refused before it is even decoded. */
export const MAX_CODE_CHARS = Math.max(...Object.values(KIND_CODECS).map(codec => codec.maxChars))

/**
 * Reads a code's `<data>`: its kind, signer and schema-checked payload. The signature is not
 * checked here (see `verifyCode` and `openCode`). Never throws.
 */
export async function decodeCode(data: string, options: DecodeOptions = {}): Promise<CodeResult<AnyDecodedCode>> {
  try {
    if (typeof data !== 'string') return refuse('malformed')
    if (data.length > MAX_CODE_CHARS) return refuse('too-large')
    const bytes = fromBase64Url(data)
    if (!bytes) return refuse('malformed')
    const unpacked = unpackEnvelope(bytes)
    if (!unpacked.ok) return unpacked
    const { kind, kid, sig, compressed, body } = unpacked.value
    if (!isPayloadKind(kind)) return refuse('unknown-kind')
    if (options.kinds && !options.kinds.includes(kind)) return refuse('wrong-kind', { kind })
    const codec = KIND_CODECS[kind] as (typeof KIND_CODECS)[PayloadKind]
    if (data.length > codec.maxChars) return refuse('too-large')
    let payloadBytes = body
    if (compressed) {
      const inflated = await inflateRaw(body, codec.maxBytes)
      if (inflated === 'too-large' || inflated === 'malformed') return refuse(inflated)
      payloadBytes = inflated
    }
    else if (body.length > codec.maxBytes) {
      return refuse('too-large')
    }
    let wire: unknown
    try {
      wire = decodeMsgpack(payloadBytes, { maxStrLength: codec.maxBytes, maxBinLength: codec.maxBytes, maxArrayLength: codec.maxBytes, maxMapLength: codec.maxBytes, maxExtLength: codec.maxBytes })
    }
    catch {
      return refuse('malformed')
    }
    const parsed = v.safeParse(codec.schema, wire)
    if (!parsed.success) return refuse('invalid-payload')
    const decoded = { kind, kid: toBase64Url(kid), payload: parsed.output, message: signedMessage(unpacked.value), sig } as AnyDecodedCode
    return accept(decoded)
  }
  catch {
    // Nothing above should throw; if a platform API does, the code is still only refused.
    return refuse('malformed')
  }
}

/**
 * Checks a decoded code's signature against `publicKey` (base64url): the code's key id must be
 * that key's and the signature valid. Refuses `bad-signature`.
 */
export async function verifyCode(code: DecodedCode, publicKey: string): Promise<CodeResult<true>> {
  const key = fromBase64Url(publicKey)
  if (!key || await keyIdOf(key) !== code.kid) return refuse('bad-signature')
  return await verifySignature(key, code.sig, code.message) ? accept(true) : refuse('bad-signature')
}

/** Kinds whose payload carries the public key that signed them. */
export type SelfSignedKind = 'class-invite' | 'enrollment' | 'class-summary' | 'taught-items'
const SELF_SIGNED: readonly PayloadKind[] = ['class-invite', 'enrollment', 'class-summary', 'taught-items']

/** Whether a decoded code carries its own signer's key. */
export function isSelfSigned(code: AnyDecodedCode): code is { [K in SelfSignedKind]: DecodedCode<K> }[SelfSignedKind] {
  return SELF_SIGNED.includes(code.kind)
}

/**
 * Reads a code and, for the kinds that carry their signer's key, verifies it: the result is a
 * code whose content is what its key signed. Reports and vouchers come back decoded but not yet
 * verified (`verified: false`): only a device that knows the household can verify them.
 */
export async function openCode(data: string, options: DecodeOptions = {}): Promise<CodeResult<{ code: AnyDecodedCode, verified: boolean }>> {
  const decoded = await decodeCode(data, options)
  if (!decoded.ok) return decoded
  const code = decoded.value
  if (!isSelfSigned(code)) return accept({ code, verified: false })
  const verified = await verifyCode(code, code.payload.publicKey)
  return verified.ok ? accept({ code, verified: true }) : verified
}
