import type { LookupResult } from '@/composables/useLookupSearch'
import type { Certainty, MatchKind } from '@/domain/search'
import { mount, RouterLinkStub } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/i18n'
import LookupResultRow from './LookupResultRow.vue'

function result(kind: MatchKind, certainty: Certainty, extra: Partial<LookupResult['hit']> = {}): LookupResult {
  return {
    key: 'plastic-bottle',
    name: '塑料瓶',
    emoji: '🧴',
    category: 'recyclable',
    source: 'item',
    hit: { doc: 0, id: 'plastic-bottle', kind, certainty, field: 'zh', via: 'chinese', text: '塑料瓶', highlight: null, ...extra },
  }
}
const guess = result('guess', 'guess', { assumed: { zh: '塑料瓶', en: 'plastic bottle' } })

function mountRow(row: LookupResult, categoryName = '可回收物') {
  return mount(LookupResultRow, {
    props: { result: row, query: '某某牌塑料瓶', categoryName },
    global: { plugins: [i18n], stubs: { RouterLink: RouterLinkStub } },
  })
}

afterEach(async () => {
  await setLocale('zh-CN', false)
})

describe('LookupResultRow', () => {
  it('shows a sure answer plainly, with its bin and no question', () => {
    const row = mountRow(result('exact', 'sure'))
    expect(row.find('.row-category').text()).toBe('可回收物')
    expect(row.find('[data-testid="guess-prompt"]').exists()).toBe(false)
    expect(row.findComponent(RouterLinkStub).props('to')).toMatchObject({ query: { q: '某某牌塑料瓶' } })
  })

  it('shows a guess as one: "probably", what it assumed, "right?", and a link that keeps saying so', () => {
    const row = mountRow(guess)
    expect(row.attributes('data-certainty')).toBe('guess')
    expect(row.find('.row-category').text()).toBe('大概是可回收物')
    expect(row.find('[data-testid="guess-prompt"]').text()).toMatch(/^按塑料瓶判断 · 对吗？\s*对\s*不对$/)
    expect(row.findComponent(RouterLinkStub).props('to')).toMatchObject({ query: { q: '某某牌塑料瓶', guess: '1' } })
  })

  it('says what a guess assumed in English', async () => {
    await setLocale('en', false)
    const row = mountRow(guess, 'Recyclable')
    expect(row.find('.row-category').text()).toBe('Probably Recyclable')
    expect(row.find('[data-testid="guess-assumed"]').text()).toBe('Judged as: plastic bottle')
  })

  it('confirms or corrects a guess in one tap', async () => {
    const row = mountRow(guess)
    await row.find('[data-testid="guess-confirm"]').trigger('click')
    await row.find('[data-testid="guess-correct"]').trigger('click')
    expect(row.emitted('confirm')).toEqual([[guess]])
    expect(row.emitted('correct')).toEqual([[guess]])
  })

  it('draws a suggestion quietly, never as an answer to confirm', () => {
    const row = mountRow(result('mention', 'suggestion'))
    expect(row.attributes('data-certainty')).toBe('suggestion')
    expect(row.find('.row-category').text()).toBe('可回收物')
    expect(row.find('[data-testid="guess-prompt"]').exists()).toBe(false)
  })
})
