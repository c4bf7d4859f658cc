import type { Shell } from './shells'
import { describe, expect, it } from 'vitest'
import { distinctShells, SHELLS } from './shells'

describe('the prerendered shells', () => {
  it('has a lookup shell for each city and language, each a variant of the national one', () => {
    const variants = SHELLS.filter(shell => shell.variantOf)
    expect(variants.map(shell => shell.id).sort()).toEqual(['lookup-en-beijing', 'lookup-en-shanghai', 'lookup-zh-beijing', 'lookup-zh-shanghai'])
    for (const variant of variants) {
      const national = SHELLS.find(shell => shell.id === variant.variantOf)
      expect(national, variant.id).toMatchObject({ route: variant.route, locale: variant.locale, onboarded: variant.onboarded })
      expect(national?.ruleSet).toBeUndefined()
    }
  })

  it('ships a city’s shell only where it is drawn differently from the national one', () => {
    const national: Shell = { id: 'lookup-zh', route: 'lookup', locale: 'zh-CN', onboarded: true }
    const shanghai: Shell = { ...national, id: 'lookup-zh-shanghai', ruleSet: 'shanghai', variantOf: 'lookup-zh' }
    const beijing: Shell = { ...national, id: 'lookup-zh-beijing', ruleSet: 'beijing', variantOf: 'lookup-zh' }
    const welcome: Shell = { id: 'welcome-zh', route: 'welcome', locale: 'zh-CN', onboarded: false }
    const rendered = new Map([[welcome, '<p>欢迎</p>'], [national, '<b>其他垃圾</b>'], [shanghai, '<b>干垃圾</b>'], [beijing, '<b>其他垃圾</b>']])
    expect(distinctShells(rendered).map(shell => shell.id)).toEqual(['welcome-zh', 'lookup-zh', 'lookup-zh-shanghai'])
  })
})
