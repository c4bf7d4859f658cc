import type { AppLocale, MessageSchema } from './messages'
import { toRaw } from 'vue'
import { createI18n } from 'vue-i18n'
import zhCN from './locales/zh-CN'
import { STORAGE_KEYS } from '@/stores/storage-keys'
import { DEFAULT_LOCALE, isAppLocale } from './messages'

declare module 'vue-i18n' {
  // Makes `t('…')` check its key against the zh-CN messages.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

const LOCALE_KEY = STORAGE_KEYS.locale

/** The language saved on this device, or Chinese. Read synchronously so the first paint is right. */
export function savedLocale(): AppLocale {
  const saved = globalThis.localStorage?.getItem(LOCALE_KEY)
  return isAppLocale(saved) ? saved : DEFAULT_LOCALE
}

// Outside Vite (the benchmarks run the app's own code under tsx) there is no import.meta.env.
const DEV = import.meta.env?.DEV ?? false

// Only Chinese ships with the first page; English is its own chunk, loaded when chosen.
export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN } as Record<AppLocale, MessageSchema>,
  datetimeFormats: {
    'zh-CN': {
      short: { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
      shortInYear: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
      day: { month: 'long', day: 'numeric' },
      dayInYear: { year: 'numeric', month: 'long', day: 'numeric' },
    },
    'en': {
      short: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
      shortInYear: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
      day: { month: 'short', day: 'numeric' },
      dayInYear: { year: 'numeric', month: 'short', day: 'numeric' },
    },
  },
  missingWarn: DEV,
  fallbackWarn: DEV,
})

const loaders: Record<AppLocale, () => Promise<MessageSchema>> = {
  'zh-CN': async () => zhCN,
  'en': async () => (await import('./locales/en')).default,
}

/** Makes sure a language's messages are loaded. */
export async function loadLocale(locale: AppLocale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) i18n.global.setLocaleMessage(locale, await loaders[locale]())
}

/** Messages of one part of the app, per language, loaded only by the pages that need them. */
export type MessagePart = Record<AppLocale, () => Promise<Record<string, unknown>>>

const parts = new Set<MessagePart>()
const merged = new Map<MessagePart, Set<AppLocale>>()

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `messages` with `extra` merged in, as a new object sharing every branch `extra` leaves alone.
 * (vue-i18n's own `mergeLocaleMessage` copies the whole part key by key into its reactive store,
 * which on a slow phone is a long task at start-up.)
 */
function withPart(messages: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const next = { ...messages }
  for (const [key, value] of Object.entries(extra)) {
    const mine = next[key]
    next[key] = isPlainObject(mine) && isPlainObject(value) ? withPart(mine, value) : value
  }
  return next
}

async function mergePart(part: MessagePart, locale: AppLocale): Promise<void> {
  const done = merged.get(part) ?? new Set<AppLocale>()
  merged.set(part, done)
  if (done.has(locale)) return
  const extra = await part[locale]()
  const current = toRaw(i18n.global.getLocaleMessage(locale)) as Record<string, unknown>
  i18n.global.setLocaleMessage(locale, withPart(current, extra) as MessageSchema)
  done.add(locale)
}

/**
 * Loads a part of the messages (the school side's, say) in the current language, and from then
 * on in every language the user switches to: what the first page needs stays small.
 */
export async function loadMessagePart(part: MessagePart): Promise<void> {
  parts.add(part)
  await mergePart(part, i18n.global.locale.value)
}

/** Switches the UI language (loading it first), remembers it on this device, updates `<html lang>`. */
export async function setLocale(locale: AppLocale, remember = true): Promise<void> {
  await loadLocale(locale)
  await Promise.all([...parts].map(part => mergePart(part, locale)))
  i18n.global.locale.value = locale
  if (remember) localStorage.setItem(LOCALE_KEY, locale)
  // Written only when it changes: setting <html lang>, even to the same value, makes the browser
  // restyle and re-shape every text on the page (fonts are chosen by language), a long task at
  // start-up, where the page already has the right one.
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale
}
