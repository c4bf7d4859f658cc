/**
 * Asks Open Food Facts about one barcode, for step 4 of "from barcode to answer": only when online
 * and allowed, never longer than a few seconds, and never throwing, so the lookup chain can go on
 * to "what is it?" whatever happens here.
 *
 * No Vue, no Dexie: the caller decides when to ask (settings, `navigator.onLine`) and caches the
 * answer; `fetch` is passed in so tests and Node tools use the same code.
 */
import { OFF_PRODUCT_FIELDS, type OffProductAnswer, parseOffProduct } from '../domain/off'
import { readOffReply } from '../domain/off-reply'

/** The public OFF server. Its staging copy is https://world.openfoodfacts.net. */
export const OFF_BASE_URL = 'https://world.openfoodfacts.org'

/** How OFF identifies the app in its logs (the `app_name` query parameter). */
export const OFF_APP_NAME = 'SortHero'

/** The part of a fetch Response the client reads. */
export interface FetchResponseLike {
  status: number
  text: () => Promise<string>
}

/** `fetch`, or anything that behaves like it for one GET. */
export type FetchLike = (url: string, init: { method: 'GET', headers: Record<string, string>, signal: AbortSignal }) => Promise<FetchResponseLike>

/** Options of `fetchOffProduct`. */
export interface FetchOffOptions {
  fetch: FetchLike
  /** The app's version, sent to OFF as `app_version` (and in the User-Agent outside browsers). */
  appVersion: string
  /** Give up after this long, body included. Default 5000 ms. */
  timeoutMs?: number
  /** Cancels the request, e.g. when the user leaves the scan page. */
  signal?: AbortSignal
  baseUrl?: string
  /**
   * Send a User-Agent header. Default: only when running in Node. Browsers either drop the header
   * or, worse, send it and turn the GET into a CORS preflight that OFF may not answer; there the
   * `app_name`/`app_version` query parameters identify the app (as OFF's own Dart client does).
   */
  sendUserAgent?: boolean
}

/** Why a lookup failed for a reason other than being offline or slow. */
export type OffErrorReason = 'http' | 'invalid-json' | 'unexpected-body' | 'too-large' | 'aborted' | 'invalid-code'

/**
 * What one OFF lookup came to. `body` is the reply as `readOffReply` keeps it (the fields the
 * app reads, checked and bounded), for the caller's on-device cache.
 */
export type OffFetchResult =
  | { state: 'found', code: string, answer: Extract<OffProductAnswer, { state: 'found' | 'no-packaging' }>, body: unknown }
  | { state: 'not-found', code: string, body: unknown }
  /** The request never reached OFF (no network, DNS, blocked): fetch rejected. */
  | { state: 'offline', code: string, message: string }
  | { state: 'timeout', code: string, timeoutMs: number }
  | { state: 'error', code: string, reason: OffErrorReason, httpStatus?: number }

/** "SortHero/0.1.0 (分类小达人)": the User-Agent OFF asks API clients to send. */
export function offUserAgent(appVersion: string): string {
  return `${OFF_APP_NAME}/${appVersion} (分类小达人)`
}

/**
 * Header values must be byte strings: fetch throws on 分类小达人 as it is. Sending its UTF-8
 * bytes, one per character, keeps the name readable to a server that decodes UTF-8, and is
 * allowed inside the User-Agent's parenthesised comment (RFC 9110 `obs-text`).
 */
function asHeaderBytes(value: string): string {
  return String.fromCharCode(...new TextEncoder().encode(value))
}

/**
 * The product URL: `/api/v2/product/{code}` asking only for the packaging fields, with the app's
 * name and version as query parameters.
 */
export function offProductUrl(code: string, appVersion: string, baseUrl = OFF_BASE_URL): string {
  // The field list keeps its commas: they are legal in a query and keep logs readable.
  return `${baseUrl}/api/v2/product/${encodeURIComponent(code)}?fields=${OFF_PRODUCT_FIELDS.join(',')}`
    + `&app_name=${encodeURIComponent(OFF_APP_NAME)}&app_version=${encodeURIComponent(appVersion)}`
}

function runningInNode(): boolean {
  const process = (globalThis as { process?: { versions?: { node?: string } } }).process
  return typeof process?.versions?.node === 'string'
}

type Outcome = OffFetchResult | { state: 'cut' }

async function request(code: string, url: string, headers: Record<string, string>, fetchFn: FetchLike, signal: AbortSignal): Promise<Outcome> {
  let response: FetchResponseLike
  try {
    response = await fetchFn(url, { method: 'GET', headers, signal })
  }
  catch (error) {
    // Our own abort (timeout or caller) is reported by whoever aborted.
    if (signal.aborted) return { state: 'cut' }
    return { state: 'offline', code, message: error instanceof Error ? error.message : String(error) }
  }
  // API v2 answers an unknown barcode with 404 and a status-0 body; any other non-200 is an error.
  if (response.status !== 200 && response.status !== 404) return { state: 'error', code, reason: 'http', httpStatus: response.status }
  let text: string
  try {
    text = await response.text()
  }
  catch {
    if (signal.aborted) return { state: 'cut' }
    text = ''
  }
  // Nothing of the reply is read before it is bounded and checked.
  const reply = readOffReply(text)
  if (!reply.ok) {
    if (signal.aborted) return { state: 'cut' }
    if (response.status === 404) return { state: 'not-found', code, body: null }
    const reason = reply.error.code === 'too-large' ? 'too-large' : reply.error.code === 'not-json' ? 'invalid-json' : 'unexpected-body'
    return { state: 'error', code, reason, httpStatus: response.status }
  }
  const body = reply.value
  const answer = parseOffProduct(body)
  if (answer.state === 'not-found' || response.status === 404) return { state: 'not-found', code, body }
  if (answer.state === 'invalid') return { state: 'error', code, reason: 'unexpected-body', httpStatus: response.status }
  return { state: 'found', code, answer, body }
}

/**
 * Looks up `code` on Open Food Facts: `GET {baseUrl}/api/v2/product/{code}?fields=…&app_name=…`,
 * reads the packaging with `parseOffProduct`, and resolves within `timeoutMs` (default 5 s) with
 * a tagged result. It never rejects: network failures, timeouts, non-200 answers, invalid JSON
 * and cancellation all come back as results, so the caller's chain cannot hang or crash here.
 */
export async function fetchOffProduct(code: string, options: FetchOffOptions): Promise<OffFetchResult> {
  const { appVersion, signal, timeoutMs = 5000, baseUrl = OFF_BASE_URL } = options
  // Digits only: anything else is not a barcode, and would not be safe in a URL path anyway.
  if (!/^\d{1,32}$/.test(code)) return { state: 'error', code, reason: 'invalid-code' }
  if (signal?.aborted) return { state: 'error', code, reason: 'aborted' }

  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.sendUserAgent ?? runningInNode()) headers['User-Agent'] = asHeaderBytes(offUserAgent(appVersion))

  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  let onAbort: (() => void) | undefined
  // Racing the request (not just aborting it) also bounds a fetch that ignores its signal.
  const timedOut = new Promise<OffFetchResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort()
      resolve({ state: 'timeout', code, timeoutMs })
    }, timeoutMs)
  })
  const cancelled = new Promise<OffFetchResult>((resolve) => {
    onAbort = () => {
      controller.abort()
      resolve({ state: 'error', code, reason: 'aborted' })
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
  const answered = request(code, offProductUrl(code, appVersion, baseUrl), headers, options.fetch, controller.signal)
    .catch((error: unknown): Outcome => ({ state: 'offline', code, message: error instanceof Error ? error.message : String(error) }))
    // A request cut by the timeout or the caller never settles here; the race has its answer.
    .then(outcome => outcome.state === 'cut' ? new Promise<never>(() => {}) : outcome)
  try {
    return await Promise.race([answered, timedOut, cancelled])
  }
  finally {
    clearTimeout(timer)
    if (onAbort) signal?.removeEventListener('abort', onAbort)
  }
}
