import type { AppLocale, MessageSchema } from './messages'
import { createI18n } from 'vue-i18n'
import en from './locales/en'
import zhCN from './locales/zh-CN'
import { DEFAULT_LOCALE, isAppLocale } from './messages'

declare module 'vue-i18n' {
  // Makes `t('…')` check its key against the zh-CN messages.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

const LOCALE_KEY = 'sorthero.locale'

/** The language saved on this device, or Chinese. Read synchronously so the first paint is right. */
export function savedLocale(): AppLocale {
  const saved = globalThis.localStorage?.getItem(LOCALE_KEY)
  return isAppLocale(saved) ? saved : DEFAULT_LOCALE
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN, en },
  datetimeFormats: {
    'zh-CN': { short: { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' }, day: { month: 'long', day: 'numeric' } },
    'en': { short: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }, day: { month: 'short', day: 'numeric' } },
  },
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
})

/** Switches the UI language, remembers it on this device and updates `<html lang>`. */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  localStorage.setItem(LOCALE_KEY, locale)
  document.documentElement.lang = locale
}
