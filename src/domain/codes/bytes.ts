/** A copy of `bytes` in a fresh ArrayBuffer: the type WebCrypto and the streams API accept. */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.length)
  copy.set(bytes)
  return copy
}
