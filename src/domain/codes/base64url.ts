/**
 * URL-safe base64 without padding (RFC 4648 §5): the alphabet A–Z a–z 0–9 - _ survives in a URL
 * fragment, a WeChat message and a QR code's byte mode unchanged. (base45 would use QR's
 * alphanumeric mode, but its space, % and + are altered or escaped in a link.)
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VALUES = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i

/** `bytes` as URL-safe base64 without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i]! << 16
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!
  }
  else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8)
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!
  }
  return out
}

/**
 * The bytes of URL-safe base64 text, or null when it is not canonical base64url: a character
 * outside the alphabet, padding, an impossible length, or stray bits in the last character (so
 * that every byte string has exactly one text form).
 */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor(text.length * 3 / 4))
  let o = 0
  let buffer = 0
  let bits = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const value = c < 128 ? VALUES[c]! : -1
    if (value < 0) return null
    buffer = (buffer << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (buffer >>> bits) & 0xFF
    }
    buffer &= (1 << bits) - 1
  }
  if (buffer !== 0) return null
  return out
}
