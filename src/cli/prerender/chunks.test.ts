import { describe, expect, it } from 'vitest'
import { startPageModules } from './chunks'

/** A module graph: each module and what it imports statically. */
const graph: Record<string, string[]> = {
  'main.ts': ['vue', 'router.ts', 'stores/session.ts'],
  'router.ts': ['vue'],
  'stores/session.ts': ['vue'],
  'vue': [],
  'pages/LookupPage.vue': ['vue', 'stores/session.ts', 'domain/text.ts', 'components/BinIcon.vue'],
  'domain/text.ts': ['domain/pinyin.ts'],
  'domain/pinyin.ts': ['domain/text.ts'],
  'components/BinIcon.vue': ['vue'],
  'pages/WelcomePage.vue': ['vue', 'components/BinIcon.vue', 'components/LanguagePicker.vue'],
  'components/LanguagePicker.vue': ['stores/session.ts'],
  'pages/MePage.vue': ['vue', 'components/MeOnly.vue'],
  'components/MeOnly.vue': [],
}
const importsOf = (id: string) => graph[id] ?? []
const PAGES = [{ chunk: 'lookup-page', module: 'pages/LookupPage.vue' }, { chunk: 'welcome-page', module: 'pages/WelcomePage.vue' }]

describe('startPageModules', () => {
  it('gives each start page what it imports statically, all the way down, except what the entry already loads', () => {
    const owners = startPageModules('main.ts', PAGES, importsOf)
    expect(Object.fromEntries(owners)).toEqual({
      'pages/LookupPage.vue': 'lookup-page',
      'domain/text.ts': 'lookup-page',
      'domain/pinyin.ts': 'lookup-page',
      'components/BinIcon.vue': 'lookup-page',
      'pages/WelcomePage.vue': 'welcome-page',
      'components/LanguagePicker.vue': 'welcome-page',
    })
  })

  it('puts a module both start pages import with the first listed, and leaves other pages to the bundler', () => {
    const owners = startPageModules('main.ts', [...PAGES].reverse(), importsOf)
    expect(owners.get('components/BinIcon.vue')).toBe('welcome-page')
    expect(owners.has('pages/MePage.vue')).toBe(false)
    expect(owners.has('components/MeOnly.vue')).toBe(false)
    expect(owners.has('vue')).toBe(false)
  })
})
