/**
 * An Open Food Facts reply as the app keeps it: only the fields `parseOffProduct` reads, each
 * checked and bounded, before the answer is shown or cached. A reply is text from the network;
 * nothing of it reaches the database, a page or a backup without passing `readOffReply` (or, for
 * a cached reply restored from a backup, `offReplySchema`).
 */
import * as v from 'valibot'
import { isWellFormed } from './backup/text'

/** Longest reply text read at all: the packaging fields of one product are a few kilobytes. */
export const OFF_REPLY_MAX_CHARS = 256 * 1024
/** Longest text field kept (a product name, a taxonomy id); the free packaging text may be longer. */
export const OFF_TEXT_MAX = 300
export const OFF_PACKAGING_TEXT_MAX = 2000
/** Most packaging components or tags kept. */
export const OFF_LIST_MAX = 60

/** Why a reply was refused; translated under `errors.scan.offReply.*`. */
export const OFF_REPLY_ERRORS = ['too-large', 'not-json', 'invalid'] as const
export type OffReplyError = (typeof OFF_REPLY_ERRORS)[number]

/** A JSON object (valibot's `object` lets arrays through as objects with no keys). */
const plainObject = <T extends v.ObjectEntries>(entries: T) => v.pipe(v.custom<Record<string, unknown>>(value => typeof value === 'object' && value !== null && !Array.isArray(value), 'object'), v.object(entries))

const text = (max: number) => v.pipe(v.string(), v.maxLength(max), v.check(isWellFormed, 'lone surrogate'))

/** OFF gives taxonomy values as text, or (API v3, some mirrors) as `{ id, lc_name }`. */
const taxonomySchema = v.union([
  text(OFF_TEXT_MAX),
  plainObject({ id: v.optional(text(OFF_TEXT_MAX)), lc_name: v.optional(text(OFF_TEXT_MAX)) }),
])

const listSchema = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(OFF_LIST_MAX))

const packagingSchema = plainObject({
  shape: v.optional(v.nullable(taxonomySchema)),
  material: v.optional(v.nullable(taxonomySchema)),
  number_of_units: v.optional(v.nullable(v.union([v.pipe(v.number(), v.finite()), text(20)]))),
})

const productSchema = plainObject({
  product_name: v.optional(v.nullable(taxonomySchema)),
  packaging: v.optional(v.nullable(text(OFF_PACKAGING_TEXT_MAX))),
  packagings: v.optional(v.nullable(listSchema(packagingSchema))),
  packaging_materials_tags: v.optional(v.nullable(listSchema(taxonomySchema))),
  packaging_shapes_tags: v.optional(v.nullable(listSchema(taxonomySchema))),
  packaging_recycling_tags: v.optional(v.nullable(listSchema(taxonomySchema))),
})

/**
 * The fields of an OFF API v2 product reply the app reads, bounded; every other field is
 * dropped (`v.object` keeps only the keys it names).
 */
export const offReplySchema = plainObject({
  code: v.optional(v.nullable(text(32))),
  status: v.optional(v.nullable(v.union([v.pipe(v.number(), v.finite()), text(16)]))),
  status_verbose: v.optional(v.nullable(text(OFF_TEXT_MAX))),
  product: v.optional(v.nullable(productSchema)),
})

/** A reply as kept: what `offReplySchema` lets through. */
export type OffReply = v.InferOutput<typeof offReplySchema>

export type OffReplyResult = { ok: true, value: OffReply } | { ok: false, error: { code: OffReplyError } }

/** Checks an already parsed reply (a cached one, say). Never throws. */
export function checkOffReply(body: unknown): OffReplyResult {
  const parsed = v.safeParse(offReplySchema, body)
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, error: { code: 'invalid' } }
}

/** Reads a reply's text: bounded in size, JSON, then `checkOffReply`. Never throws. */
export function readOffReply(raw: string): OffReplyResult {
  if (typeof raw !== 'string' || raw.length > OFF_REPLY_MAX_CHARS) return { ok: false, error: { code: 'too-large' } }
  let body: unknown
  try {
    body = JSON.parse(raw)
  }
  catch {
    return { ok: false, error: { code: 'not-json' } }
  }
  return checkOffReply(body)
}
