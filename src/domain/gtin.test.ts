import { describe, expect, it } from 'vitest'
import { expandUpcE, gtinCheckDigit, isValidGtin, isValidUpcE, typedDigits } from './gtin'

describe('gtinCheckDigit', () => {
  it.each([
    ['EAN-13', '400638133393', 1],
    ['EAN-13 (ISBN)', '978487234888', 0],
    ['EAN-13 (China)', '690123456789', 2],
    ['UPC-A', '03600029145', 2],
    ['EAN-8', '9638507', 4],
    ['GTIN-14', '1001234567890', 2],
  ])('computes the %s check digit of %s', (_kind, body, digit) => {
    expect(gtinCheckDigit(body)).toBe(digit)
  })

  it('weights from the right, so a leading zero changes nothing', () => {
    expect(gtinCheckDigit('0' + '03600029145')).toBe(gtinCheckDigit('03600029145'))
  })

  it.each(['', '12a4', ' 123', '１２３'])('refuses %j', (body) => {
    expect(() => gtinCheckDigit(body)).toThrow(RangeError)
  })
})

describe('isValidGtin', () => {
  it.each(['4006381333931', '9784872348880', '036000291452', '96385074', '10012345678902'])('accepts %s', (code) => {
    expect(isValidGtin(code)).toBe(true)
  })

  it.each([
    ['a wrong last digit', '4006381333932'],
    ['two swapped digits', '4006383133931'],
    ['a wrong UPC-A digit', '036000291453'],
    ['a length no GTIN has', '40063813339'],
    ['letters', '40063813339X'],
    ['nothing', ''],
  ])('rejects %s (%s)', (_why, code) => {
    expect(isValidGtin(code)).toBe(false)
  })
})

describe('expandUpcE', () => {
  it.each([
    // Last data digit 0–2: two manufacturer digits, that digit, 0000, three product digits.
    ['01234505', '012000003455'],
    ['04252614', '042100005264'],
    // 3: three manufacturer digits, 00000, two product digits.
    ['01234531', '012300000451'],
    // 4: four manufacturer digits, 00000, one product digit.
    ['01234543', '012340000053'],
    // 5–9: five manufacturer digits, 0000, that digit.
    ['01234565', '012345000065'],
    ['00123457', '001234000057'],
    ['11234562', '112345000062'],
  ])('expands %s to %s', (upce, upca) => {
    expect(expandUpcE(upce)).toBe(upca)
  })

  it('expands without a check digit to 11 digits', () => {
    expect(expandUpcE('0123456')).toBe('01234500006')
  })

  it.each(['21234565', '0123456789', '0123456X', ''])('refuses %j', (upce) => {
    expect(expandUpcE(upce)).toBeNull()
  })
})

describe('isValidUpcE', () => {
  it('checks the UPC-E check digit against its UPC-A expansion', () => {
    expect(isValidUpcE('01234565')).toBe(true)
    expect(isValidUpcE('01234531')).toBe(true)
    expect(isValidUpcE('04252614')).toBe(true)
    expect(isValidUpcE('01234566')).toBe(false)
    expect(isValidUpcE('0123456')).toBe(false)
  })
})

// 8413000065504: the EAN-13 of tests/fixtures/barcodes/ean13-1/1.png.
describe('typedDigits', () => {
  it.each([
    ['full-width digits from a Chinese keyboard', '８４１３００００６５５０４', '8413000065504'],
    ['spaces and hyphens copied from a label', ' 8 413000-065504 ', '8413000065504'],
    ['full-width spaces and hyphens', '８４１３０００　０６５５０４－', '8413000065504'],
  ])('reads %s', (_, typed, digits) => {
    expect(typedDigits(typed)).toBe(digits)
    expect(isValidGtin(typedDigits(typed))).toBe(true)
  })

  it('leaves letters in place so the caller can refuse them', () => {
    expect(typedDigits('12a4')).toBe('12a4')
  })
})
