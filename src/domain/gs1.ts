/**
 * What the GS1 prefix of a product barcode says, before any database is asked: a book (ISBN),
 * a periodical (ISSN), a store-internal or coupon number, or the country of the GS1 Member
 * Organisation (MO) where the brand owner registered.
 *
 * The country is where the company got its barcode numbers, not where the product was made:
 * a Chinese brand can sell goods made anywhere with a 690–699 code, and an imported product
 * relabelled by a Chinese importer can carry a 69 code too. The UI must say "registered in",
 * never "made in".
 *
 * Sources: the GS1 prefix list (gs1.org "GS1 Company Prefix" page) and the GS1 General
 * Specifications §1.4.4 (GS1 prefixes), §2.1.11 (restricted circulation numbers), and the GTIN-8
 * rule that only prefixes 100–139 and 300–969 are used in GTIN-8s.
 */
import type { SubTypeOf } from './categories'
import { expandUpcE, gtinCheckDigit, isValidGtin, isValidUpcE } from './gtin'

/** Barcode formats as the decoder and the BarcodeDetector API name them. */
export type GtinFormat = 'ean_13' | 'ean_8' | 'upc_a' | 'upc_e'

/**
 * Owners in the prefix table that are not countries. Lower-case with hyphens so they can never be
 * mistaken for an ISO 3166-1 alpha-2 code (two upper-case letters).
 *
 * - `in-store`: restricted circulation numbers within a geographic region (020–029, 200–299):
 *   supermarkets print them on weighed fruit, meat and bakery goods, often with the price or
 *   weight inside the number, so the same code means different things in different shops.
 * - `internal`: restricted circulation numbers within one company (040–049, 0000000, RCN-8).
 * - `reserved`: held back by GS1 US (050–059, historically coupons).
 * - `gs1-office`: numbers the GS1 Global Office issues itself (950, 951, 960–969).
 * - `demo`: numbers for demonstrations and examples (952).
 * - `issn`, `isbn`: serial publications (977) and books and printed music (978–979).
 * - `refund-receipt` (980) and `coupon` (981–984, 990–999).
 */
export const GS1_SPECIAL_OWNERS = ['in-store', 'internal', 'reserved', 'gs1-office', 'demo', 'issn', 'isbn', 'refund-receipt', 'coupon'] as const

/** A non-country owner of a prefix range. */
export type Gs1SpecialOwner = (typeof GS1_SPECIAL_OWNERS)[number]

/**
 * One range of 3-digit GS1 prefixes: first, last (inclusive), then its owner: an ISO 3166-1
 * alpha-2 code, or a special owner. Some Member Organisations serve more than one country or
 * territory (GS1 France also serves Monaco); those are listed after the first code.
 */
export type Gs1PrefixRange = readonly [from: number, to: number, owner: string, ...alsoServes: string[]]

/**
 * The GS1 prefix list as data, ordered by `from`, without overlaps. Prefixes missing here are
 * unassigned or held by the Global Office for a future Member Organisation (e.g. 610, 623, 894).
 */
export const GS1_PREFIXES = [
  [0, 19, 'US', 'CA'], // UPC-A compatible; GS1 US also numbered Canadian companies
  [20, 29, 'in-store'],
  [30, 39, 'US'], // US National Drug Codes
  [40, 49, 'internal'],
  [50, 59, 'reserved'],
  [60, 99, 'US', 'CA'],
  [100, 139, 'US'],
  [200, 299, 'in-store'],
  [300, 379, 'FR', 'MC'],
  [380, 380, 'BG'],
  [383, 383, 'SI'],
  [385, 385, 'HR'],
  [387, 387, 'BA'],
  [389, 389, 'ME'],
  [400, 440, 'DE'], // 440 was East Germany's, kept at reunification
  [450, 459, 'JP'],
  [460, 469, 'RU'],
  [470, 470, 'KG'],
  [471, 471, 'TW'],
  [474, 474, 'EE'],
  [475, 475, 'LV'],
  [476, 476, 'AZ'],
  [477, 477, 'LT'],
  [478, 478, 'UZ'],
  [479, 479, 'LK'],
  [480, 480, 'PH'],
  [481, 481, 'BY'],
  [482, 482, 'UA'],
  [483, 483, 'TM'],
  [484, 484, 'MD'],
  [485, 485, 'AM'],
  [486, 486, 'GE'],
  [487, 487, 'KZ'],
  [488, 488, 'TJ'],
  [489, 489, 'HK'],
  [490, 499, 'JP'],
  [500, 509, 'GB'],
  [520, 521, 'GR'],
  [528, 528, 'LB'],
  [529, 529, 'CY'],
  [530, 530, 'AL'],
  [531, 531, 'MK'],
  [535, 535, 'MT'],
  [539, 539, 'IE'],
  [540, 549, 'BE', 'LU'],
  [560, 560, 'PT'],
  [569, 569, 'IS'],
  [570, 579, 'DK', 'FO', 'GL'],
  [590, 590, 'PL'],
  [594, 594, 'RO'],
  [599, 599, 'HU'],
  [600, 601, 'ZA'],
  [603, 603, 'GH'],
  [604, 604, 'SN'],
  [605, 605, 'UG'],
  [606, 606, 'AO'],
  [607, 607, 'OM'],
  [608, 608, 'BH'],
  [609, 609, 'MU'],
  [611, 611, 'MA'],
  [613, 613, 'DZ'],
  [615, 615, 'NG'],
  [616, 616, 'KE'],
  [617, 617, 'CM'],
  [618, 618, 'CI'],
  [619, 619, 'TN'],
  [620, 620, 'TZ'],
  [621, 621, 'SY'],
  [622, 622, 'EG'],
  [624, 624, 'LY'],
  [625, 625, 'JO'],
  [626, 626, 'IR'],
  [627, 627, 'KW'],
  [628, 628, 'SA'],
  [629, 629, 'AE'],
  [630, 630, 'QA'],
  [631, 631, 'NA'],
  [632, 632, 'RW'],
  [640, 649, 'FI'],
  [680, 681, 'CN'], // added to GS1 China's 690–699 when those ran short
  [690, 699, 'CN'],
  [700, 709, 'NO'],
  [729, 729, 'IL'],
  [730, 739, 'SE'],
  [740, 740, 'GT'],
  [741, 741, 'SV'],
  [742, 742, 'HN'],
  [743, 743, 'NI'],
  [744, 744, 'CR'],
  [745, 745, 'PA'],
  [746, 746, 'DO'],
  [750, 750, 'MX'],
  [754, 755, 'CA'],
  [759, 759, 'VE'],
  [760, 769, 'CH', 'LI'],
  [770, 771, 'CO'],
  [773, 773, 'UY'],
  [775, 775, 'PE'],
  [777, 777, 'BO'],
  [778, 779, 'AR'],
  [780, 780, 'CL'],
  [784, 784, 'PY'],
  [786, 786, 'EC'],
  [789, 790, 'BR'],
  [800, 839, 'IT', 'SM', 'VA'],
  [840, 849, 'ES', 'AD'],
  [850, 850, 'CU'],
  [858, 858, 'SK'],
  [859, 859, 'CZ'],
  [860, 860, 'RS'],
  [865, 865, 'MN'],
  [867, 867, 'KP'],
  [868, 869, 'TR'],
  [870, 879, 'NL'],
  [880, 881, 'KR'],
  [883, 883, 'MM'],
  [884, 884, 'KH'],
  [885, 885, 'TH'],
  [888, 888, 'SG'],
  [890, 890, 'IN'],
  [893, 893, 'VN'],
  [896, 896, 'PK'],
  [899, 899, 'ID'],
  [900, 919, 'AT'],
  [930, 939, 'AU'],
  [940, 949, 'NZ'],
  [950, 951, 'gs1-office'],
  [952, 952, 'demo'],
  [955, 955, 'MY'],
  [958, 958, 'MO'],
  [960, 969, 'gs1-office'], // pool from which the Global Office hands out GTIN-8s
  [977, 977, 'issn'],
  [978, 979, 'isbn'],
  [980, 980, 'refund-receipt'],
  [981, 984, 'coupon'], // coupons in common currency areas (the euro zone)
  [990, 999, 'coupon'],
] as const satisfies readonly Gs1PrefixRange[]

/** Restricted numbers: valid barcodes that identify nothing outside one shop, company or scheme. */
export type RestrictedUse = 'in-store' | 'internal' | 'refund-receipt' | 'coupon' | 'demo'

interface Gs1Base {
  /** The normalised number: a GTIN-13, or the GTIN-8 for EAN-8 and GTIN-8-in-13-digit codes. */
  gtin: string
  /** The three digits the rules looked at. */
  prefix: string
}

/** Both kinds of printed matter go in the paper part of the recyclables bin. */
interface PrintedMatter {
  category: 'recyclable'
  sub: Extract<SubTypeOf<'recyclable'>, 'paper'>
}

/** What the prefix of a barcode says, before any database is asked. */
export type Gs1Classification =
  /** 978/979: a book (ISBN-13 = the barcode); 979-0 is printed music (ISMN). */
  | (Gs1Base & PrintedMatter & { kind: 'book', isbn: string, printedMusic: boolean })
  /** 977: a newspaper or magazine; `issn` as printed, e.g. "0317-8471". */
  | (Gs1Base & PrintedMatter & { kind: 'periodical', issn: string })
  | (Gs1Base & { kind: 'restricted', use: RestrictedUse })
  /**
   * Where the brand owner registered its GS1 company prefix (not where the product was made).
   * `countries` holds ISO 3166-1 alpha-2 codes, the Member Organisation's own first.
   */
  | (Gs1Base & { kind: 'country', countries: readonly [string, ...string[]] })
  /** Numbered by the GS1 Global Office itself: valid, but no country. */
  | (Gs1Base & { kind: 'global-office' })
  /** A prefix GS1 has not assigned (or keeps in reserve): likely a misprint or a private code. */
  | (Gs1Base & { kind: 'unassigned' })

/** A GTIN reduced to the form its prefix rules apply to. */
export interface NormalisedGtin {
  /** 13 digits, or 8 for a GTIN-8 (whose prefixes follow their own rules). */
  gtin: string
  scheme: 'gtin-13' | 'gtin-8'
}

const DIGITS = /^\d+$/

/**
 * Brings a barcode to the number its prefix rules apply to: UPC-A gains a leading zero, UPC-E is
 * expanded to UPC-A first, a GTIN-14 gives the GTIN-13 of the item it packs (indicator digit
 * dropped, check digit recomputed), and a 13-digit number starting with five zeros is a GTIN-8
 * written long (GS1 keeps 0000001–0000099 unused for exactly that reason, and its 0000000
 * company-internal range is then the RCN-8 rule for GTIN-8s starting with 0).
 *
 * An 8-digit string is read as EAN-8 unless `format` says `upc_e`: both exist, only the scanner
 * knows which it saw. Returns null when the check digit is wrong or the length fits no GTIN.
 */
export function normaliseGtin(code: string, format?: GtinFormat): NormalisedGtin | null {
  if (!DIGITS.test(code)) return null
  let gtin13: string
  if (code.length === 8) {
    if (format === 'upc_e') {
      if (!isValidUpcE(code)) return null
      gtin13 = `0${expandUpcE(code)}`
    }
    else {
      return isValidGtin(code) ? { gtin: code, scheme: 'gtin-8' } : null
    }
  }
  else if (code.length === 12 || code.length === 13) {
    if (!isValidGtin(code)) return null
    gtin13 = code.padStart(13, '0')
  }
  else if (code.length === 14) {
    if (!isValidGtin(code)) return null
    const body = code.slice(1, 13)
    gtin13 = `${body}${gtinCheckDigit(body)}`
  }
  else {
    return null
  }
  if (gtin13.startsWith('00000')) {
    return { gtin: gtin13.slice(5), scheme: 'gtin-8' }
  }
  return { gtin: gtin13, scheme: 'gtin-13' }
}

/**
 * The owner of a 3-digit GS1 prefix (0–999) in `GS1_PREFIXES`, as [owner, ...alsoServes], or
 * null when GS1 has not assigned it.
 */
export function gs1PrefixOwner(prefix: number): readonly [string, ...string[]] | null {
  // Binary search: the table is sorted and the scanner may call this on every confident read.
  let lo = 0
  let hi = GS1_PREFIXES.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const range: Gs1PrefixRange = GS1_PREFIXES[mid]!
    if (prefix < range[0]) hi = mid - 1
    else if (prefix > range[1]) lo = mid + 1
    else return range.slice(2) as unknown as readonly [string, ...string[]]
  }
  return null
}

/** True for a special owner in the prefix table rather than a country code. */
export function isGs1SpecialOwner(owner: string): owner is Gs1SpecialOwner {
  return (GS1_SPECIAL_OWNERS as readonly string[]).includes(owner)
}

/**
 * The ISSN inside a 977 EAN-13 ("977" + seven ISSN digits + two variant digits + check digit),
 * with its own mod-11 check character, formatted "NNNN-NNNC"; null for other barcodes.
 */
export function issnFromGtin13(gtin13: string): string | null {
  if (!/^977\d{10}$/.test(gtin13)) return null
  const body = gtin13.slice(3, 10)
  let sum = 0
  for (let i = 0; i < 7; i++) sum += (body.charCodeAt(i) - 48) * (8 - i)
  const check = (11 - (sum % 11)) % 11
  return `${body.slice(0, 4)}-${body.slice(4)}${check === 10 ? 'X' : check}`
}

/**
 * Classifies a barcode by its GS1 prefix (see `Gs1Classification`). `code` is the digit string
 * the scanner or the user gave: EAN-13, UPC-A (12), EAN-8 or UPC-E (8, with `format: 'upc_e'`),
 * or GTIN-14. Returns null when it is not a valid GTIN (wrong check digit, length or characters).
 */
export function classifyGtin(code: string, format?: GtinFormat): Gs1Classification | null {
  const normalised = normaliseGtin(code, format)
  if (!normalised) return null
  const { gtin } = normalised
  const prefix = gtin.slice(0, 3)
  if (normalised.scheme === 'gtin-8') {
    // RCN-8: GS1-8 prefixes starting 0 or 2 are for use inside one company ("velocity codes").
    if (gtin[0] === '0' || gtin[0] === '2') return { kind: 'restricted', use: 'internal', gtin, prefix }
    const p = Number(prefix)
    // Only these GS1 prefixes are ever used in GTIN-8s (so no 977–979 books or magazines).
    if (!((p >= 100 && p <= 139) || (p >= 300 && p <= 969))) return { kind: 'unassigned', gtin, prefix }
  }
  return fromOwner(gtin, prefix)
}

function fromOwner(gtin: string, prefix: string): Gs1Classification {
  const owners = gs1PrefixOwner(Number(prefix))
  if (!owners) return { kind: 'unassigned', gtin, prefix }
  const [owner] = owners
  if (!isGs1SpecialOwner(owner)) return { kind: 'country', countries: owners, gtin, prefix }
  switch (owner) {
    case 'isbn':
      return { kind: 'book', isbn: gtin, printedMusic: gtin.startsWith('9790'), category: 'recyclable', sub: 'paper', gtin, prefix }
    case 'issn':
      return { kind: 'periodical', issn: issnFromGtin13(gtin)!, category: 'recyclable', sub: 'paper', gtin, prefix }
    case 'gs1-office':
      return { kind: 'global-office', gtin, prefix }
    case 'reserved':
      return { kind: 'unassigned', gtin, prefix }
    default:
      return { kind: 'restricted', use: owner, gtin, prefix }
  }
}

/**
 * Names mainland Chinese usage requires for Taiwan, Hong Kong and Macao; the ICU names
 * ("台湾", "中国香港特别行政区") are either not acceptable here or too long for a result card.
 * English follows the same convention, as GS1's own MO names do ("GS1 Hong Kong, China").
 */
const REGION_NAME_OVERRIDES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  zh: { TW: '中国台湾', HK: '中国香港', MO: '中国澳门' },
  en: { TW: 'Taiwan, China', HK: 'Hong Kong, China', MO: 'Macao, China' },
}

const displayNames = new Map<string, Intl.DisplayNames>()

/**
 * The name of an ISO 3166-1 alpha-2 country or region code in `locale` ("zh-CN", "en"), from
 * Intl.DisplayNames (no data shipped), with the overrides above. Falls back to the code itself
 * where the runtime has no name for it.
 */
export function gs1CountryName(code: string, locale: string): string {
  const language = locale.toLowerCase().split('-')[0]!
  const override = REGION_NAME_OVERRIDES[language]?.[code]
  if (override) return override
  let names = displayNames.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })
    displayNames.set(locale, names)
  }
  return names.of(code) ?? code
}
