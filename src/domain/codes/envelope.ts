/**
 * The SortHero code envelope, `{ v, kind, kid, payload, sig }`, laid out in bytes:
 *
 *   byte 0        0xA0 | v                 (format version in the low nibble; 0xA marks a code)
 *   byte 1        kind code | 0x80 when the payload is compressed
 *   8 bytes       kid: the signer's key id          } signed kinds only
 *   64 bytes      sig: ECDSA P-256 over the message } (backups are not signed)
 *   the rest      payload: MessagePack bytes, raw or raw-DEFLATE compressed
 *
 * The message signed is every byte of the code except the signature itself: the two header
 * bytes, the kid and the payload exactly as sent (compressed or not). So nothing that is read
 * can be swapped (not the kind, nor the signer), and no bit of a signed code can change, not
 * even one DEFLATE would ignore, without the signature failing. The key id and signature are
 * random-looking bytes that deflate cannot shrink, so they stay outside the compressed part.
 *
 * Everything here is synchronous and total: unpacking returns a refusal for any bytes.
 */
import type { CodeResult } from './result'
import { accept, refuse } from './result'
import { KEY_ID_BYTES, SIGNATURE_BYTES } from './signing'

/** The format version this app writes and reads. */
export const CODE_VERSION = 1
const MAGIC = 0xA0
const COMPRESSED = 0x80

/** Every kind of SortHero code, with its code byte (append only: a number is never reused). */
export const CODE_KINDS = {
  'class-invite': 1,
  'enrollment': 2,
  'report': 3,
  'class-summary': 4,
  'voucher': 5,
  'taught-items': 6,
  'backup': 7,
} as const

export type CodeKind = keyof typeof CODE_KINDS

/** Kinds that carry no signature (a backup restores the same device's or family's own data). */
export const UNSIGNED_KINDS: ReadonlySet<CodeKind> = new Set<CodeKind>(['backup'])

const KIND_BY_CODE = new Map<number, CodeKind>(Object.entries(CODE_KINDS).map(([kind, code]) => [code, kind as CodeKind]))

/** The envelope's parts, before the payload is decompressed. */
export interface PackedParts {
  kind: CodeKind
  /** Empty for unsigned kinds. */
  kid: Uint8Array
  /** Empty for unsigned kinds. */
  sig: Uint8Array
  compressed: boolean
  body: Uint8Array
}

/** The bytes a signature covers: the code without its signature. */
export function signedMessage(parts: Omit<PackedParts, 'sig'>): Uint8Array {
  const message = new Uint8Array(2 + parts.kid.length + parts.body.length)
  message[0] = MAGIC | CODE_VERSION
  message[1] = CODE_KINDS[parts.kind] | (parts.compressed ? COMPRESSED : 0)
  message.set(parts.kid, 2)
  message.set(parts.body, 2 + parts.kid.length)
  return message
}

/** Lays the parts out as bytes. */
export function packEnvelope(parts: PackedParts): Uint8Array {
  const message = signedMessage(parts)
  const out = new Uint8Array(message.length + parts.sig.length)
  const headerEnd = 2 + parts.kid.length
  out.set(message.subarray(0, headerEnd))
  out.set(parts.sig, headerEnd)
  out.set(message.subarray(headerEnd), headerEnd + parts.sig.length)
  return out
}

/**
 * Reads the header of a code's bytes: which kind, who signed, and the (maybe compressed)
 * payload. Refuses `malformed`, `unsupported-version` or `unknown-kind`.
 */
export function unpackEnvelope(bytes: Uint8Array): CodeResult<PackedParts> {
  if (bytes.length < 2 || (bytes[0]! & 0xF0) !== MAGIC) return refuse('malformed')
  const version = bytes[0]! & 0x0F
  if (version !== CODE_VERSION) return refuse('unsupported-version', { version })
  const kind = KIND_BY_CODE.get(bytes[1]! & ~COMPRESSED)
  if (!kind) return refuse('unknown-kind')
  const signed = !UNSIGNED_KINDS.has(kind)
  const headerEnd = 2 + (signed ? KEY_ID_BYTES + SIGNATURE_BYTES : 0)
  if (bytes.length <= headerEnd) return refuse('malformed')
  return accept({
    kind,
    kid: bytes.slice(2, signed ? 2 + KEY_ID_BYTES : 2),
    sig: bytes.slice(signed ? 2 + KEY_ID_BYTES : 2, headerEnd),
    compressed: (bytes[1]! & COMPRESSED) !== 0,
    body: bytes.slice(headerEnd),
  })
}
