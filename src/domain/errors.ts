/**
 * A rule was broken by what the user typed or imported. `code` is a translation key under
 * `errors.` in the i18n messages, so every problem reaches the user in their language.
 */
export class DomainError extends Error {
  constructor(readonly code: string, readonly params: Record<string, string | number> = {}) {
    super(code)
    this.name = 'DomainError'
  }
}
