/**
 * Every way a SortHero code can be refused, as a stable code the UI translates (under
 * `errors.codes.*`). Decoding and importing never throw for bad input: they return a `CodeResult`.
 */

/** Refusals while reading a code, before anything about this device is known. */
export const DECODE_ERRORS = [
  /** Not a SortHero code at all: not base64url, truncated, damaged, not the expected structure. */
  'malformed',
  /** A SortHero code from a newer (or unknown) format version. */
  'unsupported-version',
  /** A kind this app does not know. */
  'unknown-kind',
  /** A code of another kind than the screen asked for (a voucher where a report was expected). */
  'wrong-kind',
  /** Larger than any code of its kind can be, before or after decompression. */
  'too-large',
  /** Well formed, but a field is missing, out of range or of the wrong type. */
  'invalid-payload',
  /** The signature does not match the content: altered, or signed by another key. */
  'bad-signature',
] as const

/** Refusals while importing a valid code into this device's records. */
export const IMPORT_ERRORS = [
  /** This device has no class (a teacher's code opened in another app's browser, say). */
  'no-class-here',
  /** The code is for a class this device does not run. */
  'other-class',
  /** The household has not enrolled in this class on this device yet. */
  'not-enrolled',
  /** The household (or class, or school) is already known here with another key. */
  'key-mismatch',
  /** The period has not started yet. */
  'future-period',
  /** A month where the class counts weeks, or the other way round. */
  'wrong-period-kind',
  /** The period ended before the class (or school) started here. */
  'period-before-start',
  /** Older than what was already imported (a lower sequence number or revision). */
  'out-of-date',
  /** A voucher that was already honoured here (params: usedAt). */
  'voucher-used',
  /** A voucher for one of the household's own rewards: the family honours those itself. */
  'household-reward',
  /** This device coordinates no school (or district) to import summaries into. */
  'no-coordinator-here',
  /** A summary of the wrong level: a class summary on a district device, say. */
  'wrong-level',
  /** A class summary naming another school, or a school summary of another district. */
  'other-school',
  'other-district',
  /** This device issued the code itself. */
  'own-code',
] as const

export type DecodeErrorCode = (typeof DECODE_ERRORS)[number]
export type ImportErrorCode = (typeof IMPORT_ERRORS)[number]
export type CodeErrorCode = DecodeErrorCode | ImportErrorCode

/** A refusal: a stable code and values for its message. */
export interface CodeError {
  code: CodeErrorCode
  params?: Record<string, string | number>
}

/** The outcome of something that can be refused. */
export type CodeResult<T> = { ok: true, value: T } | { ok: false, error: CodeError }

/** A refusal with this code. */
export function refuse(code: CodeErrorCode, params?: Record<string, string | number>): { ok: false, error: CodeError } {
  return params ? { ok: false, error: { code, params } } : { ok: false, error: { code } }
}

/** A success carrying `value`. */
export function accept<T>(value: T): { ok: true, value: T } {
  return { ok: true, value }
}
