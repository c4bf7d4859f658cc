import type { AppLocale, MessageSchema } from './messages'
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

// Only Chinese ships with the first page; English is its own chunk, loaded when chosen.
export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN } as Record<AppLocale, MessageSchema>,
  datetimeFormats: {
    'zh-CN': { short: { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' }, day: { month: 'long', day: 'numeric' } },
    'en': { short: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }, day: { month: 'short', day: 'numeric' } },
  },
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
})

const loaders: Record<AppLocale, () => Promise<MessageSchema>> = {
  'zh-CN': async () => zhCN,
  'en': async () => (await import('./locales/en')).default,
}

/** Makes sure a language's messages are loaded. */
export async function loadLocale(locale: AppLocale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) i18n.global.setLocaleMessage(locale, await loaders[locale]())
}

/** Switches the UI language (loading it first), remembers it on this device, updates `<html lang>`. */
export async function setLocale(locale: AppLocale, remember = true): Promise<void> {
  await loadLocale(locale)
  i18n.global.locale.value = locale
  if (remember) localStorage.setItem(LOCALE_KEY, locale)
  document.documentElement.lang = locale
}
