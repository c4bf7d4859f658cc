import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { i18n } from '@/i18n'
import { useDateLabels } from './useDateLabels'

/** The labels as a component would render them. */
function labels(value: Date): { day: string, moment: string } {
  let result = { day: '', moment: '' }
  mount(defineComponent({
    setup() {
      const { day, moment } = useDateLabels()
      result = { day: day(value), moment: moment(value) }
      return () => h('span')
    },
  }), { global: { plugins: [i18n] } })
  return result
}

describe('useDateLabels', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 11, 3, 12))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('leaves the year out for a date of this year', () => {
    const { day, moment } = labels(new Date(2026, 5, 1, 9, 30))
    expect(day).toBe('6月1日')
    expect(moment).not.toContain('2026')
    expect(moment).toContain('6月1日')
  })

  it('writes the year for a date in another year, so next June does not read as this June', () => {
    expect(labels(new Date(2027, 5, 1)).day).toBe('2027年6月1日')
    expect(labels(new Date(2025, 11, 31, 8)).moment).toContain('2025年12月31日')
  })
})
