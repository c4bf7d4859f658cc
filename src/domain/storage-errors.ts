/**
 * Turns whatever IndexedDB or Dexie threw into one of a few problems the UI can explain.
 * Dexie wraps the browser's DOMException (a QuotaExceededError inside an AbortError, say), so
 * the whole chain of `inner` / `cause` errors is inspected.
 */
export type StorageProblem = 'quota' | 'closed' | 'unavailable' | 'unknown'

const PROBLEM_BY_NAME: Record<string, StorageProblem> = {
  QuotaExceededError: 'quota',
  DatabaseClosedError: 'closed',
  VersionChangeError: 'closed',
  InvalidStateError: 'closed',
  MissingAPIError: 'unavailable',
  OpenFailedError: 'unavailable',
}

function errorChain(error: unknown): Array<{ name?: unknown, message?: unknown }> {
  const chain: Array<{ name?: unknown, message?: unknown }> = []
  let current: unknown = error
  while (current && typeof current === 'object' && chain.length < 8) {
    chain.push(current as { name?: unknown })
    const next = (current as { inner?: unknown, cause?: unknown }).inner ?? (current as { cause?: unknown }).cause
    current = next
  }
  return chain
}

/** Classifies a storage error; quota wins over anything that wraps it. */
export function classifyStorageError(error: unknown): StorageProblem {
  const chain = errorChain(error)
  const problems = chain.map(e => (typeof e.name === 'string' ? PROBLEM_BY_NAME[e.name] : undefined))
  // Chromium reports some quota failures as an UnknownError whose message names the quota.
  if (chain.some(e => typeof e.message === 'string' && /quota/i.test(e.message))) return 'quota'
  for (const wanted of ['quota', 'closed', 'unavailable'] as const) {
    if (problems.includes(wanted)) return wanted
  }
  return 'unknown'
}
