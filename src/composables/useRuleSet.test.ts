import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { i18n } from '@/i18n'
import { eventually } from '../../tests/support/eventually'
import { dataLayer } from './data-layer'
import { useRuleSet } from './useRuleSet'

beforeEach(async () => {
  setActivePinia(createPinia())
  const { db } = await dataLayer()
  await Promise.all(db.tables.map(table => table.clear()))
})

function mountRuleSet() {
  let rules!: ReturnType<typeof useRuleSet>
  const wrapper = mount(defineComponent({
    setup() {
      rules = useRuleSet()
      return () => null
    },
  }), { global: { plugins: [i18n] } })
  return { wrapper, rules }
}

const root = () => document.documentElement

describe('useRuleSet', () => {
  it('colours the bins the city\'s way: Shanghai\'s wet bin brown and its dry bin black, none elsewhere', async () => {
    const { wrapper, rules } = mountRuleSet()
    expect((await rules.setRuleSet('national')).ok).toBe(true)
    await eventually(() => expect(rules.ruleSetId.value).toBe('national'))
    expect(root().getAttribute('data-bin-kitchen')).toBeNull()

    expect((await rules.setRuleSet('shanghai')).ok).toBe(true)
    await eventually(() => expect(root().getAttribute('data-bin-kitchen')).toBe('brown'))
    expect(root().getAttribute('data-bin-other')).toBe('black')
    expect(root().getAttribute('data-bin-recyclable')).toBeNull()
    expect(rules.categoryName('kitchen')).toBe('湿垃圾')

    expect((await rules.setRuleSet('beijing')).ok).toBe(true)
    await eventually(() => expect(root().getAttribute('data-bin-kitchen')).toBeNull())
    expect(root().getAttribute('data-bin-other')).toBeNull()
    wrapper.unmount()
  })
})
