import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { ALL_EN, ALL_ZH, leaves } from './all-messages'

const zhCN = ALL_ZH
const en = ALL_EN


const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]!).sort()

/** A real vue-i18n, so that plural forms and placeholders are rendered exactly as the app does. */
const i18n = createI18n({ legacy: false, locale: 'en', messages: { 'en': en, 'zh-CN': zhCN }, missingWarn: false, fallbackWarn: false })
const t = (key: string, named: Record<string, unknown>) => i18n.global.t(key, named)

/** Values for every placeholder of a message, with `n` and `count` set to the number given. */
function valuesFor(text: string, n: number): Record<string, unknown> {
  return Object.fromEntries(placeholders(text).map(name => [name, name === 'n' || name === 'count' ? n : `‹${name}›`]))
}

/**
 * English messages that put a count before a noun without plural forms, because the count is
 * never 1: a battle has 2 to 6 teams and at least 4 items; the welcome bonus is 10 points.
 */
const NEVER_ONE = new Set(['classroom.setup.uneven', 'classroom.setup.useFair', 'welcome.welcomePoints'])

/** English messages that put an item's name into a sentence (the name may be plural or a mass noun). */
const ITEM_NAME_MESSAGES = ['learn.game.question', 'learn.quiz.whichBin', 'lookup.answer.saying', 'lookup.wrong.title', 'lookup.teach.intro']

describe('locale messages', () => {
  const zh = new Map(leaves(zhCN))
  const english = new Map(leaves(en))

  it('have exactly the same keys in Chinese and English', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort())
  })

  it('have no empty texts', () => {
    for (const [key, text] of [...zh, ...english]) expect(text.trim(), key).not.toBe('')
  })

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of zh) {
      const forms = english.get(key)!.split('|')
      for (const form of forms) expect(placeholders(form), key).toEqual(placeholders(text))
    }
  })

  it('contain no characters vue-i18n would read as syntax, except | between English plural forms', () => {
    for (const [key, text] of [...zh, ...english]) expect(text, key).not.toMatch(/[@$]/)
    for (const [key, text] of zh) expect(text, key).not.toContain('|')
    for (const [key, text] of english) {
      if (!text.includes('|')) continue
      const forms = text.split('|').map(form => form.trim())
      expect(forms, key).toHaveLength(2)
      expect(forms.every(form => form !== ''), key).toBe(true)
      // vue-i18n picks the form by the number in {n} or {count}.
      expect(placeholders(text).some(name => name === 'n' || name === 'count'), key).toBe(true)
    }
  })

  it('write Chinese texts in simplified characters', () => {
    // A handful of traditional forms that slip in when text is converted from the source article.
    const traditional = /[們個這來時會說還為樣點學習識應請擇設儲]/
    for (const [key, text] of zh) expect(text, key).not.toMatch(traditional)
  })
})

describe('English counts', () => {
  const english = leaves(en)

  it('give every count before a noun a singular and a plural form ("1 result", "2 results")', () => {
    const countThenNoun = /\{\w+\} (?:more )?(?:[a-z-]+ )?(?:points?|pts?|items?|results?|members?|stars?|teams?|questions?|bags?|days?|times?|answers?)\b/
    const missing = english.filter(([key, text]) => countThenNoun.test(text) && !text.includes('|') && !NEVER_ONE.has(key)).map(([key]) => key)
    expect(missing).toEqual([])
  })

  it.each(english.filter(([, text]) => text.includes('|')))('%s reads right for 1 and for 2', (key, text) => {
    const one = t(key, valuesFor(text, 1))
    const two = t(key, valuesFor(text, 2))
    expect(one).toContain('1')
    expect(two).toContain('2')
    expect(one).not.toMatch(/\b1 (?:more )?[a-z]+s\b/)
    expect(two).not.toBe(one.replace('1', '2'))
  })

  it('reads "1 result", "1 member", "+1 point" where the app shows a count of one', () => {
    expect(t('lookup.resultCount', { n: 1 })).toBe('1 result')
    expect(t('lookup.resultCount', { n: 12 })).toBe('12 results')
    expect(t('household.memberCount', { n: 1 })).toBe('1 member')
    expect(t('learn.game.pointsEarned', { n: 1 })).toBe('+1 point')
    expect(t('classroom.past.items', { count: 30 })).toBe('30 items')
  })

  it('keeps Chinese counts as they are', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(t('lookup.resultCount', { n: 1 })).toBe('找到 1 个结果')
    expect(t('household.memberCount', { n: 3 })).toBe('3 位成员')
    i18n.global.locale.value = 'en'
  })
})

describe('English sentences around an item\'s name', () => {
  const names = ['sunglasses', 'AA battery', 'leftover rice', 'French fries']

  it.each(ITEM_NAME_MESSAGES)('%s needs no verb to agree with the name', (key) => {
    for (const name of names) {
      const text = t(key, { name, query: name, category: 'Residual Waste' })
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      expect(text, text).not.toMatch(new RegExp(`\\b(?:does|is|has|was) (?:the )?“?${escaped}|${escaped}”? (?:goes|does|is|has|was|belongs)\\b`))
    }
  })

  it('asks and answers in words a parent would use', () => {
    expect(t('learn.game.question', { name: 'sunglasses' })).toBe('Where should the sunglasses go?')
    expect(t('lookup.answer.saying', { name: 'AA battery', category: 'Hazardous Waste' })).toBe('Put the AA battery in the Hazardous Waste bin.')
  })
})
