/**
 * The device's signing key and its sequence counter. The key pair is made once, the first time
 * a code is signed; the private key is a non-extractable CryptoKey that IndexedDB stores as is
 * (structured clone keeps it usable and unreadable), so it never leaves the device, not even
 * in a backup. Losing it (a cleared browser) means a new key: the class or school must then
 * enroll or trust the device again.
 */
import type { DeviceKeyRow, SortHeroDb } from '../db'
import type { Signer } from '@/domain/codes/signing'
import { toBase64Url } from '@/domain/codes/base64url'
import { generateDeviceKeyPair, keyIdOf, signerFor } from '@/domain/codes/signing'

/**
 * A new key pair as the device stores it, not yet stored. Key generation is asynchronous
 * WebCrypto and cannot run inside an IndexedDB transaction: make the row first, then store it in
 * one if the device still has no key.
 */
export async function newDeviceKeyRow(now = Date.now()): Promise<DeviceKeyRow> {
  const { privateKey, publicKey } = await generateDeviceKeyPair()
  return { id: 'device', privateKey, publicKey: toBase64Url(publicKey), kid: await keyIdOf(publicKey), seq: 0, createdAt: now }
}

/** The device's key, public half and key id: made on first use. */
export async function deviceKey(db: SortHeroDb, now = Date.now()): Promise<DeviceKeyRow> {
  const existing = await db.deviceKeys.get('device')
  if (existing) return existing
  // Keep whichever pair was stored first (another tab may have won).
  const row = await newDeviceKeyRow(now)
  return db.transaction('rw', db.deviceKeys, async () => {
    const stored = await db.deviceKeys.get('device')
    if (stored) return stored
    await db.deviceKeys.add(row)
    return row
  })
}

/** A signer with the device's key, and the public key that verifies it. */
export async function deviceSigner(db: SortHeroDb): Promise<Signer & { publicKey: string }> {
  const key = await deviceKey(db)
  return { ...signerFor(key.kid, key.privateKey), publicKey: key.publicKey }
}

/** The next sequence number for a code this device signs: strictly increasing, never reused. */
export async function nextSequence(db: SortHeroDb): Promise<number> {
  await deviceKey(db)
  return db.transaction('rw', db.deviceKeys, async () => {
    const key = (await db.deviceKeys.get('device'))!
    const seq = key.seq + 1
    await db.deviceKeys.update('device', { seq })
    return seq
  })
}
