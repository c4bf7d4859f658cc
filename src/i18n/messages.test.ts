import { describe, expect, it } from 'vitest'
import en from './locales/en'
import zhCN from './locales/zh-CN'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`))
}

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
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort()
    for (const [key, text] of zh) expect(placeholders(english.get(key)!), key).toEqual(placeholders(text))
  })

  it('contain no characters vue-i18n would read as syntax', () => {
    for (const [key, text] of [...zh, ...english]) expect(text, key).not.toMatch(/[@|$]/)
  })

  it('write Chinese texts in simplified characters', () => {
    // A handful of traditional forms that slip in when text is converted from the source article.
    const traditional = /[們個這來時會說還為樣點學習識應請擇設儲]/
    for (const [key, text] of zh) expect(text, key).not.toMatch(traditional)
  })
})
