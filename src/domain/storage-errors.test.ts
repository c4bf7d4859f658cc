import { describe, expect, it } from 'vitest'
import { classifyStorageError } from './storage-errors'

const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, ...extra })

describe('classifyStorageError', () => {
  it.each([
    [named('QuotaExceededError'), 'quota'],
    [named('AbortError', { inner: named('QuotaExceededError') }), 'quota'],
    [named('AbortError', { inner: named('UnknownError', { message: 'Quota exceeded' }) }), 'quota'],
    [named('DatabaseClosedError'), 'closed'],
    [named('MissingAPIError'), 'unavailable'],
    [named('OpenFailedError', { inner: named('MissingAPIError') }), 'unavailable'],
    [named('TypeError'), 'unknown'],
    ['a string', 'unknown'],
    [null, 'unknown'],
  ])('%o → %s', (error, expected) => {
    expect(classifyStorageError(error)).toBe(expected)
  })

  it('prefers quota over the error that wraps it', () => {
    expect(classifyStorageError(named('DatabaseClosedError', { cause: named('QuotaExceededError') }))).toBe('quota')
  })
})
