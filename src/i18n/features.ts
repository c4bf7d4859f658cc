import type { MessagePart } from '.'
import { loadMessagePart } from '.'

/** The family features whose messages are not in the base messages. */
export const FEATURE_PARTS = ['classroom', 'codes', 'learn', 'log', 'rewards', 'scan', 'trust'] as const
type Feature = (typeof FEATURE_PARTS)[number]
type Loaders = Record<Feature, () => Promise<{ default: object }>>

/** Each feature's messages under its name, its refusals under `errors.<name>`. */
async function mergedFeatures(loaders: Loaders): Promise<Record<string, unknown>> {
  const modules = await Promise.all(FEATURE_PARTS.map(feature => loaders[feature]()))
  const messages: Record<string, unknown> = {}
  const errors: Record<string, unknown> = {}
  FEATURE_PARTS.forEach((feature, i) => {
    const part = modules[i]!.default as { errors?: object }
    messages[feature] = part
    if (part.errors) errors[feature] = part.errors
  })
  return { ...messages, errors }
}

const FEATURES: MessagePart = {
  'zh-CN': () => mergedFeatures({
    classroom: () => import('./locales/classroom.zh-CN'),
    codes: () => import('./locales/codes.zh-CN'),
    learn: () => import('./locales/learn.zh-CN'),
    log: () => import('./locales/log.zh-CN'),
    rewards: () => import('./locales/rewards.zh-CN'),
    scan: () => import('./locales/scan.zh-CN'),
    trust: () => import('./locales/trust.zh-CN'),
  }),
  'en': () => mergedFeatures({
    classroom: () => import('./locales/classroom.en'),
    codes: () => import('./locales/codes.en'),
    learn: () => import('./locales/learn.en'),
    log: () => import('./locales/log.en'),
    rewards: () => import('./locales/rewards.en'),
    scan: () => import('./locales/scan.en'),
    trust: () => import('./locales/trust.en'),
  }),
}

/**
 * Loads the family features' messages. Every page but the two a visit starts on (the welcome
 * page and the lookup page, whose texts are all in the base messages) waits for them
 * (`router.ts`), so those first pages carry only what they show.
 */
export function loadFeatureMessages(): Promise<void> {
  return loadMessagePart(FEATURES)
}

const HOME: MessagePart = {
  'zh-CN': async () => (await import('./locales/home.zh-CN')).default,
  'en': async () => (await import('./locales/home.en')).default,
}

/**
 * Loads the household's own texts (welcome, districts and roles, members' points, Me): every
 * page but the lookup page waits for them (`router.ts`), so a returning household's first screen
 * does not carry the onboarding texts.
 */
export function loadHomeMessages(): Promise<void> {
  return loadMessagePart(HOME)
}
