/**
 * GTIN check digits (GS1 General Specifications §7.9): EAN-8, UPC-A (GTIN-12), EAN-13 and
 * GTIN-14, and the expansion of a UPC-E (zero-suppressed) code to its UPC-A equivalent.
 *
 * Plain functions of digit strings so the scanner's decoder (to reject a misread before the user
 * sees a wrong bin), the "type the digits" fallback and the barcode rules all share one
 * implementation.
 */

/** The GTIN lengths the app accepts: EAN-8, UPC-A (GTIN-12), EAN-13, GTIN-14. */
export const GTIN_LENGTHS = [8, 12, 13, 14] as const

const DIGITS = /^\d+$/

/**
 * The digits someone typed, as the GTIN functions read them: full-width digits from a Chinese
 * keyboard (１２３) become ASCII (Unicode NFKC), and the spaces and hyphens people copy from a
 * label (6 901234 567892) go. Anything else is left in place, for the caller to refuse.
 */
export function typedDigits(text: string): string {
  return text.normalize('NFKC').replace(/[\s-]+/g, '')
}

/**
 * The GS1 mod-10 check digit for `body` (all digits of a GTIN except its last). Weights 3 and 1
 * alternate from the right, so the same function serves every length.
 * @throws RangeError when `body` is empty or holds anything but digits.
 */
export function gtinCheckDigit(body: string): number {
  if (!DIGITS.test(body)) throw new RangeError(`not a digit string: ${JSON.stringify(body)}`)
  let sum = 0
  for (let i = body.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += (body.charCodeAt(i) - 48) * weight
  }
  return (10 - (sum % 10)) % 10
}

/** True when `code` is 8, 12, 13 or 14 digits and its last digit is the right check digit. */
export function isValidGtin(code: string): boolean {
  if (!DIGITS.test(code) || !(GTIN_LENGTHS as readonly number[]).includes(code.length)) return false
  return gtinCheckDigit(code.slice(0, -1)) === code.charCodeAt(code.length - 1) - 48
}

/**
 * Expands an 8-digit UPC-E code (number system 0 or 1, six data digits, check digit) to the
 * 12-digit UPC-A code it stands for; the check digit of a UPC-E is the UPC-A's. A 7-digit input
 * (no check digit) expands to 11 digits. Returns null for anything else, including number
 * systems other than 0 and 1, which UPC-E cannot carry.
 */
export function expandUpcE(upce: string): string | null {
  if (!DIGITS.test(upce) || (upce.length !== 7 && upce.length !== 8)) return null
  const numberSystem = upce[0]!
  if (numberSystem !== '0' && numberSystem !== '1') return null
  const d = upce.slice(1, 7)
  const last = d[5]!
  let body: string
  switch (last) {
    case '0':
    case '1':
    case '2':
      body = `${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`
      break
    case '3':
      body = `${d.slice(0, 3)}00000${d.slice(3, 5)}`
      break
    case '4':
      body = `${d.slice(0, 4)}00000${d[4]}`
      break
    default:
      body = `${d.slice(0, 5)}0000${last}`
  }
  return `${numberSystem}${body}${upce.slice(7)}`
}

/** True when `upce` is an 8-digit UPC-E whose check digit matches its UPC-A expansion. */
export function isValidUpcE(upce: string): boolean {
  const upca = upce.length === 8 ? expandUpcE(upce) : null
  return upca !== null && isValidGtin(upca)
}
