import { describe, expect, it } from 'vitest'
import { OFF_BASE_URL } from '@/scan/off-client'
import { contentSecurityPolicy } from './csp'

const policy = contentSecurityPolicy({ script: 'sha256-SCRIPT', style: 'sha256-STYLE' })
const directives = new Map(policy.split('; ').map((directive) => {
  const [name, ...values] = directive.split(' ')
  return [name!, values] as const
}))

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the app and the one inline script, by hash', () => {
    expect(directives.get('script-src')).toEqual(['\'self\'', '\'sha256-SCRIPT\''])
    expect(policy).not.toContain('unsafe-eval')
    expect(directives.get('style-src')).toEqual(['\'self\'', '\'sha256-STYLE\''])
  })

  it('lets the app talk to its own origin and Open Food Facts, and nowhere else', () => {
    expect(directives.get('connect-src')).toEqual(['\'self\'', OFF_BASE_URL])
    expect(directives.get('default-src')).toEqual(['\'self\''])
    expect(directives.get('object-src')).toEqual(['\'none\''])
  })
})
