import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { BACKUP_ERRORS, BACKUP_TABLES } from '@/domain/backup'
import { OFF_REPLY_ERRORS } from '@/domain/off-reply'
import { i18n, setLocale } from '.'
import enBase from './locales/en'
import en from './locales/trust.en'
import zh from './locales/trust.zh-CN'
import zhBase from './locales/zh-CN'
import { loadTrustMessages } from './trust'

type Tree = { [key: string]: string | Tree }
const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)))
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]!).sort()

const render: { t: (key: string, values: Record<string, unknown>) => string } = createI18n({ legacy: false, locale: 'en', messages: { 'en': en, 'zh-CN': zh } as never, missingWarn: false, fallbackWarn: false }).global as never

describe('the backup, restore and install messages', () => {
  const chinese = new Map(leaves(zh as unknown as Tree))
  const english = new Map(leaves(en as unknown as Tree))

  it('say every refusal and name every table in both languages', () => {
    for (const code of BACKUP_ERRORS) {
      expect(chinese.get(`errors.backup.${code}`), code).toBeTruthy()
      expect(english.get(`errors.backup.${code}`), code).toBeTruthy()
    }
    for (const table of BACKUP_TABLES) expect(chinese.has(`backup.tables.${table}`) && english.has(`backup.tables.${table}`), table).toBe(true)
    for (const code of OFF_REPLY_ERRORS) {
      expect(zhBase.errors.scan.offReply[code], code).toBeTruthy()
      expect(enBase.errors.scan.offReply[code], code).toBeTruthy()
    }
  })

  it('use the same placeholders in both languages, in every English plural form', () => {
    expect([...english.keys()].sort()).toEqual([...chinese.keys()].sort())
    for (const [key, text] of chinese) {
      for (const form of english.get(key)!.split('|')) expect(placeholders(form), key).toEqual(placeholders(text))
    }
  })

  it.each([...english].filter(([, text]) => text.includes('|')))('%s reads right for 1 and for 2', (key, text) => {
    const values = Object.fromEntries(placeholders(text).map(name => [name, name === 'n' ? 1 : 'x']))
    const one = render.t(key, values)
    const two = render.t(key, { ...values, n: 2 })
    expect(one).toContain('1')
    expect(one).not.toMatch(/\b1 (?:more )?[a-z]+[^s]s\b/)
    expect(two).toContain('2')
    expect(two).not.toBe(one.replace('1', '2'))
  })

  it('write Chinese with full-width punctuation', () => {
    for (const [key, text] of chinese) expect(text, key).not.toMatch(/[\u3400-\u9fff] ?[(),.!?:;]|[(),!?:;] ?[\u3400-\u9fff]|"/)
  })

  it('load on demand and follow the user into another language', async () => {
    expect(i18n.global.te('backup.title')).toBe(false)
    await loadTrustMessages()
    expect(i18n.global.t('backup.title')).toBe('备份与恢复')
    expect(i18n.global.t('errors.backup.damaged')).toContain('没有任何变化')
    // The errors of the first page are still there beside the backup's.
    expect(i18n.global.t('errors.household.exists')).toBe('这部手机上已经有一个家庭了。')
    await setLocale('en', false)
    expect(i18n.global.t('restore.skipped', { n: 1 })).toBe('1 record already on this phone stays as it is.')
    await setLocale('zh-CN', false)
  })
})
