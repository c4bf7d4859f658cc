import { describe, expect, it } from 'vitest'
import { classifyGtin, GS1_PREFIXES, gs1CountryName, gs1PrefixOwner, isGs1SpecialOwner, issnFromGtin13, normaliseGtin } from './gs1'
import { gtinCheckDigit } from './gtin'

/**
 * A valid GTIN of `length` digits starting with `start`: zeros, then the check digit. These are
 * made-up numbers for exercising prefix rules, not the barcodes of real products.
 */
function gtin(start: string, length = 13): string {
  const body = start.padEnd(length - 1, '0')
  return `${body}${gtinCheckDigit(body)}`
}

describe('classifyGtin: books and periodicals', () => {
  it.each([
    ['978 (ISBN, the example of ISO 2108)', '9780306406157'],
    ['978 from the GTIN tests', '9784872348880'],
    ['979-1 (a newer ISBN block)', gtin('9791')],
  ])('reads %s as a book in the recyclable paper bin', (_why, code) => {
    expect(classifyGtin(code)).toEqual({
      kind: 'book', isbn: code, printedMusic: false, category: 'recyclable', sub: 'paper', gtin: code, prefix: code.slice(0, 3),
    })
  })

  it('reads 979-0 as printed music (ISMN), still paper', () => {
    expect(classifyGtin(gtin('9790'))).toMatchObject({ kind: 'book', printedMusic: true, category: 'recyclable', sub: 'paper' })
  })

  it.each([
    // ISSN 0317-8471 is the standard's own example; 2434-561X has the X check character.
    ['9770317847', '0317-8471'],
    ['9772434561', '2434-561X'],
  ])('reads 977 %s… as a periodical with ISSN %s', (start, issn) => {
    const code = gtin(start)
    expect(classifyGtin(code)).toEqual({ kind: 'periodical', issn, category: 'recyclable', sub: 'paper', gtin: code, prefix: '977' })
  })

  it('never reads an EAN-8 as a book: GTIN-8s do not use 977–979', () => {
    expect(classifyGtin(gtin('978', 8))).toMatchObject({ kind: 'unassigned', prefix: '978' })
  })
})

describe('classifyGtin: restricted numbers', () => {
  it.each([
    ['EAN-13 200–299 (weighed goods, in-store labels)', gtin('200'), 'in-store'],
    ['EAN-13 299', gtin('299'), 'in-store'],
    ['EAN-13 020–029', gtin('021'), 'in-store'],
    ['UPC-A number system 2 (variable weight)', gtin('2', 12), 'in-store'],
    ['EAN-13 040–049 (inside one company)', gtin('045'), 'internal'],
    ['UPC-A number system 4', gtin('4', 12), 'internal'],
    ['EAN-13 0000000 (company RCN)', gtin('0000000123'), 'internal'],
    ['EAN-8 starting 0 (RCN-8)', gtin('012', 8), 'internal'],
    ['EAN-8 starting 2 (RCN-8)', gtin('2', 8), 'internal'],
    ['980 refund receipt', gtin('980'), 'refund-receipt'],
    ['981 euro-zone coupon', gtin('981'), 'coupon'],
    ['984 euro-zone coupon', gtin('984'), 'coupon'],
    ['99 coupon', gtin('990'), 'coupon'],
    ['999 coupon', gtin('999'), 'coupon'],
    ['952 demonstration number', gtin('952'), 'demo'],
  ])('%s is restricted (%s → %s)', (_why, code, use) => {
    expect(classifyGtin(code)).toMatchObject({ kind: 'restricted', use })
  })
})

describe('classifyGtin: the country where the brand owner registered', () => {
  it.each([
    ['690', 'CN'], ['695', 'CN'], ['699', 'CN'], ['680', 'CN'], ['681', 'CN'],
    ['471', 'TW'], ['489', 'HK'], ['958', 'MO'],
    ['450', 'JP'], ['459', 'JP'], ['490', 'JP'], ['499', 'JP'],
    ['880', 'KR'], ['885', 'TH'], ['888', 'SG'], ['890', 'IN'], ['893', 'VN'], ['899', 'ID'], ['955', 'MY'],
    ['300', 'FR'], ['379', 'FR'], ['400', 'DE'], ['440', 'DE'], ['500', 'GB'], ['509', 'GB'],
    ['800', 'IT'], ['839', 'IT'], ['840', 'ES'], ['870', 'NL'], ['460', 'RU'], ['469', 'RU'],
    ['930', 'AU'], ['940', 'NZ'], ['750', 'MX'], ['754', 'CA'], ['789', 'BR'], ['790', 'BR'],
    ['100', 'US'], ['139', 'US'], ['030', 'US'], ['760', 'CH'], ['540', 'BE'], ['570', 'DK'],
  ])('EAN-13 prefix %s → %s', (prefix, country) => {
    const result = classifyGtin(gtin(prefix))
    expect(result).toMatchObject({ kind: 'country', prefix })
    expect(result?.kind === 'country' && result.countries[0]).toBe(country)
  })

  it('lists every country a Member Organisation serves, its own first', () => {
    expect(classifyGtin(gtin('001'))).toMatchObject({ kind: 'country', countries: ['US', 'CA'] })
    expect(classifyGtin(gtin('545'))).toMatchObject({ kind: 'country', countries: ['BE', 'LU'] })
    expect(classifyGtin(gtin('300'))).toMatchObject({ kind: 'country', countries: ['FR', 'MC'] })
  })

  it.each([
    ['UPC-A 0xx (number system 0)', '036000291452', '003', 'US'],
    ['UPC-A 1xx', gtin('1', 12), '010', 'US'],
    ['UPC-A 6xx', gtin('6', 12), '060', 'US'],
    ['UPC-A 3xx (drug codes)', gtin('3', 12), '030', 'US'],
  ])('%s is read with a leading zero, as GTIN-13 %s…', (_why, code, prefix, country) => {
    const result = classifyGtin(code)
    expect(result).toMatchObject({ kind: 'country', prefix, gtin: `0${code}` })
    expect(result?.kind === 'country' && result.countries[0]).toBe(country)
  })

  it.each([
    ['690', 'CN'], ['471', 'TW'], ['489', 'HK'], ['400', 'DE'], ['100', 'US'], ['955', 'MY'],
  ])('EAN-8 prefix %s → %s (GTIN-8s share the MO prefixes 100–139 and 300–969)', (prefix, country) => {
    const result = classifyGtin(gtin(prefix, 8))
    expect(result).toMatchObject({ kind: 'country', prefix, gtin: gtin(prefix, 8) })
    expect(result?.kind === 'country' && result.countries[0]).toBe(country)
  })

  it.each([
    ['140–199 (unassigned)', gtin('150')],
    ['381 (a gap in the list)', gtin('381')],
    ['050–059 (held back by GS1 US)', gtin('055')],
    ['EAN-8 140', gtin('140', 8)],
    ['EAN-8 970', gtin('970', 8)],
  ])('%s is unassigned', (_why, code) => {
    expect(classifyGtin(code)).toMatchObject({ kind: 'unassigned' })
  })

  it.each([['950'], ['951'], ['960'], ['969']])('%s is numbered by the GS1 Global Office, with no country', (prefix) => {
    expect(classifyGtin(gtin(prefix))).toMatchObject({ kind: 'global-office', prefix })
  })
})

describe('classifyGtin: formats and invalid input', () => {
  it('reads an 8-digit code as EAN-8 unless the scanner said UPC-E', () => {
    // 01234565 is valid both as an EAN-8 and as a UPC-E (the GTIN tests' example).
    expect(classifyGtin('01234565')).toMatchObject({ kind: 'restricted', use: 'internal', gtin: '01234565' })
    expect(classifyGtin('01234565', 'upc_e')).toMatchObject({ kind: 'country', countries: ['US', 'CA'], gtin: '0012345000065', prefix: '001' })
  })

  it('takes the GTIN-13 inside a GTIN-14, whatever the packaging level', () => {
    const item = gtin('690')
    const caseOf = `1${item.slice(0, 12)}`
    const gtin14 = `${caseOf}${gtinCheckDigit(caseOf)}`
    expect(classifyGtin(gtin14)).toMatchObject({ kind: 'country', countries: ['CN'], gtin: item })
    expect(classifyGtin(`0${item}`)).toMatchObject({ kind: 'country', gtin: item })
  })

  it('reads a GTIN-8 written with 13 digits as that GTIN-8', () => {
    const ean8 = gtin('690', 8)
    expect(normaliseGtin(`00000${ean8}`)).toEqual({ gtin: ean8, scheme: 'gtin-8' })
    expect(classifyGtin(`00000${ean8}`)).toMatchObject({ kind: 'country', countries: ['CN'], gtin: ean8 })
  })

  it.each([
    ['a wrong check digit', '6901234567893'],
    ['a wrong UPC-E check digit', '01234566'],
    ['UPC-E with number system 2', '21234565'],
    ['11 digits', '69012345678'],
    ['letters', '69012345678X'],
    ['nothing', ''],
  ])('returns null for %s', (_why, code) => {
    expect(classifyGtin(code, code.length === 8 ? 'upc_e' : undefined)).toBeNull()
  })
})

describe('GS1_PREFIXES', () => {
  it('is ordered, without overlaps, inside 000–999', () => {
    let previousTo = -1
    for (const [from, to] of GS1_PREFIXES) {
      expect(from).toBeGreaterThan(previousTo)
      expect(to).toBeGreaterThanOrEqual(from)
      expect(to).toBeLessThanOrEqual(999)
      previousTo = to
    }
  })

  it('holds only special owners or ISO codes every UI language can name', () => {
    const zh = new Intl.DisplayNames(['zh-CN'], { type: 'region', fallback: 'none' })
    const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
    for (const [, , ...owners] of GS1_PREFIXES) {
      for (const owner of owners as readonly string[]) {
        if (isGs1SpecialOwner(owner)) continue
        expect(owner).toMatch(/^[A-Z]{2}$/)
        expect(zh.of(owner), owner).toBeTruthy()
        expect(en.of(owner), owner).toBeTruthy()
      }
    }
  })

  it('looks up the first, last and outside prefixes of a range', () => {
    expect(gs1PrefixOwner(0)).toEqual(['US', 'CA'])
    expect(gs1PrefixOwner(699)).toEqual(['CN'])
    expect(gs1PrefixOwner(700)).toEqual(['NO'])
    expect(gs1PrefixOwner(689)).toBeNull()
    expect(gs1PrefixOwner(999)).toEqual(['coupon'])
  })
})

describe('issnFromGtin13', () => {
  it('returns null for anything but a 977 EAN-13', () => {
    expect(issnFromGtin13(gtin('978'))).toBeNull()
    expect(issnFromGtin13('977')).toBeNull()
  })
})

describe('gs1CountryName', () => {
  it.each([
    ['CN', 'zh-CN', '中国'],
    ['TW', 'zh-CN', '中国台湾'],
    ['HK', 'zh-CN', '中国香港'],
    ['MO', 'zh-CN', '中国澳门'],
    ['JP', 'zh-CN', '日本'],
    ['US', 'zh-CN', '美国'],
    ['CN', 'en', 'China'],
    ['TW', 'en', 'Taiwan, China'],
    ['HK', 'en', 'Hong Kong, China'],
    ['DE', 'en', 'Germany'],
  ])('names %s in %s as %s', (code, locale, name) => {
    expect(gs1CountryName(code, locale)).toBe(name)
  })
})
