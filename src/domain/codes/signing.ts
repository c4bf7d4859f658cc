/**
 * Signatures for SortHero codes: ECDSA on P-256 with SHA-256 through WebCrypto (`crypto.subtle`,
 * in every supported browser and in Node 20). Each device has one key pair; its private key is
 * a non-extractable CryptoKey that never leaves the device (stored by `db/repos/keys.ts`). A code
 * names its signer by a key id, and anyone holding the public key can verify it.
 */
import { toBase64Url } from './base64url'
import { ownBytes } from './bytes'

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const
const SIGNATURE = { name: 'ECDSA', hash: 'SHA-256' } as const

/** Bytes of an uncompressed P-256 public point (0x04 ‖ x ‖ y), the form codes carry. */
export const PUBLIC_KEY_BYTES = 65
/** Bytes of a signature in WebCrypto's IEEE P1363 form (r ‖ s). */
export const SIGNATURE_BYTES = 64
/** Bytes of a key id: the start of the SHA-256 of the public point. */
export const KEY_ID_BYTES = 8

/** A device's key pair as it is stored: the private half cannot be read out, only used. */
export interface DeviceKeyPair {
  privateKey: CryptoKey
  /** The public point, base64url (87 characters). */
  publicKey: string
  /** `keyIdOf(publicKey)`. */
  kid: string
}

/** What can sign a code: a key id and a function that signs bytes with the matching key. */
export interface Signer {
  kid: string
  sign: (message: Uint8Array) => Promise<Uint8Array>
}

/**
 * The key id of a public point: its first `KEY_ID_BYTES` bytes of SHA-256, base64url (11
 * characters). 64 bits make an accidental clash among the keys one class or school sees
 * negligible, and a code's key id is always checked against the full key before it is trusted.
 */
export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', ownBytes(publicKey)))
  return toBase64Url(digest.subarray(0, KEY_ID_BYTES))
}

/** Makes a device's key pair: the private key non-extractable, the public point exported. */
export async function generateDeviceKeyPair(): Promise<{ privateKey: CryptoKey, publicKey: Uint8Array }> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify'])
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))
  return { privateKey: pair.privateKey, publicKey }
}

/** A signer over a stored private key. */
export function signerFor(kid: string, privateKey: CryptoKey): Signer {
  return {
    kid,
    sign: async message => new Uint8Array(await crypto.subtle.sign(SIGNATURE, privateKey, ownBytes(message))),
  }
}

const imported = new Map<string, Promise<CryptoKey | null>>()

/** The public point as a CryptoKey, or null when it is not a point on P-256. Cached. */
function importPublicKey(publicKey: Uint8Array): Promise<CryptoKey | null> {
  const id = toBase64Url(publicKey)
  let key = imported.get(id)
  if (!key) {
    key = publicKey.length === PUBLIC_KEY_BYTES
      ? crypto.subtle.importKey('raw', ownBytes(publicKey), ALGORITHM, false, ['verify']).catch(() => null)
      : Promise.resolve(null)
    // Only a handful of keys matter at a time (a class, a school); keep the cache small.
    if (imported.size > 500) imported.clear()
    imported.set(id, key)
  }
  return key
}

/** Whether `signature` is `publicKey`'s signature of `message`. Never throws. */
export async function verifySignature(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  if (signature.length !== SIGNATURE_BYTES) return false
  const key = await importPublicKey(publicKey)
  if (!key) return false
  try {
    return await crypto.subtle.verify(SIGNATURE, key, ownBytes(signature), ownBytes(message))
  }
  catch {
    return false
  }
}
