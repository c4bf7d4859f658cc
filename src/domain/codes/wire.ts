/**
 * The building blocks of every kind's wire form. A payload travels as a MessagePack array of
 * fields in a fixed order (no key names: they would cost more than the values), and comes back
 * through one valibot schema per kind that checks every field and rebuilds the payload. Ids
 * that are UUIDs travel as 16 bytes, public keys as their 65 raw bytes, periods as one integer,
 * weights as whole tenths of a kilogram.
 */
import type { Category } from '../categories'
import type { District } from '../household'
import type { PeriodKey } from '../school/period'
import type { CategoryTally, Tally } from '../school/tally'
import * as v from 'valibot'
import { CATEGORIES } from '../categories'
import { DISTRICTS } from '../household'
import { periodFromNumber, periodToNumber } from '../school/period'
import { fromBase64Url, toBase64Url } from './base64url'
import { PUBLIC_KEY_BYTES } from './signing'

/** Array lengths, string lengths and numbers a decoder accepts at most, whatever the schema. */
export const WIRE_MAX_ITEMS = 1000

// Text ------------------------------------------------------------------------------------

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' })

/** Characters as people count them: one per grapheme (一个汉字, one emoji with its modifiers). */
export function characterCount(text: string): number {
  let count = 0
  for (const _ of segmenter.segment(text)) count++
  return count
}

// No control characters, no lone surrogates (a string MessagePack cannot carry faithfully).
const CONTROL_OR_LONE_SURROGATE = /[\p{Cc}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u

/**
 * A name as users type it: not blank, no control characters, at most `max` characters (and a
 * bounded number of code units, so a string of combining marks cannot count as one character).
 */
export function textSchema(max: number) {
  return v.pipe(
    v.string(),
    v.maxLength(max * 8),
    v.check(text => text.trim().length > 0, 'blank'),
    v.check(text => !CONTROL_OR_LONE_SURROGATE.test(text), 'control'),
    v.check(text => characterCount(text) <= max, 'too long'),
  )
}

/** A whole number from `min` to `max`. */
export function intSchema(min: number, max: number) {
  return v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max))
}

/** A count no code could honestly exceed. */
export const countSchema = intSchema(0, 1_000_000_000)

/** An instant, UTC milliseconds, from 2020 up to 2100. */
export const instantSchema = intSchema(Date.UTC(2020, 0, 1), Date.UTC(2100, 0, 1))

// Bytes -----------------------------------------------------------------------------------

const bytesSchema = (length: number) => v.custom<Uint8Array>(value => value instanceof Uint8Array && value.length === length, 'bytes')

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Whether `id` is a UUID in the lower-case form `crypto.randomUUID()` makes. */
export function isUuid(id: unknown): id is string {
  return typeof id === 'string' && UUID.test(id)
}

/** A UUID as 16 bytes; anything else passes through for the schema to refuse. */
export function uuidToWire(id: string): unknown {
  if (!isUuid(id)) return id
  const hex = id.replace(/-/g, '')
  return Uint8Array.from({ length: 16 }, (_, i) => Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16))
}

export const uuidSchema = v.pipe(bytesSchema(16), v.transform((bytes) => {
  const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}))

/** A public key (base64url in payloads) as its raw bytes. */
export function publicKeyToWire(publicKey: string): unknown {
  return fromBase64Url(publicKey) ?? publicKey
}

export const publicKeySchema = v.pipe(
  bytesSchema(PUBLIC_KEY_BYTES),
  v.check(bytes => bytes[0] === 0x04, 'uncompressed point'),
  v.transform(bytes => toBase64Url(bytes)),
)

// Vocabulary ------------------------------------------------------------------------------

/** A fixed list travels as the index of its value. */
export function indexToWire<T>(list: readonly T[], value: T): unknown {
  const index = list.indexOf(value)
  return index >= 0 ? index : value
}

export function indexSchema<T>(list: readonly T[]) {
  return v.pipe(intSchema(0, list.length - 1), v.transform(index => list[index]!))
}

export const categorySchema = indexSchema<Category>(CATEGORIES)

/** 泸州's three districts and four counties: what a class or school belongs to in the city. */
export const LUZHOU_DISTRICTS = DISTRICTS.filter(d => d !== 'other') as Exclude<District, 'other'>[]
export type LuzhouDistrict = Exclude<District, 'other'>

/** Where a class or school is: one of 泸州's districts and counties, or another place, typed. */
export type Area = { district: LuzhouDistrict } | { city: string }

export const AREA_CITY_MAX = 20

/** A district travels as its index, another place as its name. */
export function areaToWire(area: Area): unknown {
  return 'district' in area ? indexToWire(LUZHOU_DISTRICTS, area.district) : area.city
}

export const areaSchema = v.union([
  v.pipe(indexSchema(LUZHOU_DISTRICTS), v.transform((district): Area => ({ district }))),
  v.pipe(textSchema(AREA_CITY_MAX), v.transform((city): Area => ({ city }))),
])

export function periodToWire(period: PeriodKey): unknown {
  return typeof period === 'string' && period.length >= 7 ? periodToNumber(period) : period
}

export const periodSchema = v.pipe(
  v.number(),
  v.transform(n => periodFromNumber(n)),
  v.check((key): key is string => key !== null, 'period'),
  v.transform(key => key as PeriodKey),
)

// Tallies ---------------------------------------------------------------------------------

const TALLY_MAX = 1_000_000_000

/** A tally as 23 integers: four per category (sorted bags, mixed bags, sorted kg/10, mixed kg/10), then the rest. */
export function tallyToWire(tally: Tally): unknown[] {
  return [
    ...CATEGORIES.flatMap(c => [tally.categories[c].sortedBags, tally.categories[c].mixedBags, tally.categories[c].sortedKgTenths, tally.categories[c].mixedKgTenths]),
    tally.daysLogged,
    tally.aware,
    tally.members,
    tally.points,
    tally.rounds,
    tally.correct,
    tally.answered,
  ]
}

const n = intSchema(0, TALLY_MAX)

export const tallySchema = v.pipe(
  v.strictTuple([n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n]),
  v.check(t => t[17]! <= t[18]!, 'aware ≤ members'),
  v.check(t => t[21]! <= t[22]!, 'correct ≤ answered'),
  v.transform((t): Tally => ({
    categories: Object.fromEntries(CATEGORIES.map((c, i) => [c, { sortedBags: t[i * 4]!, mixedBags: t[i * 4 + 1]!, sortedKgTenths: t[i * 4 + 2]!, mixedKgTenths: t[i * 4 + 3]! } satisfies CategoryTally])) as Record<Category, CategoryTally>,
    daysLogged: t[16]!,
    aware: t[17]!,
    members: t[18]!,
    points: t[19]!,
    rounds: t[20]!,
    correct: t[21]!,
    answered: t[22]!,
  })),
)
