import { describe, expect, it } from 'vitest'
import { BACKUP_ERRORS, BACKUP_TABLES } from '@/domain/backup'
import { OFF_REPLY_ERRORS } from '@/domain/off-reply'
import { i18n, setLocale } from '.'
import { ALL_EN, ALL_ZH, leaves } from './all-messages'
import { loadFeatureMessages } from './features'

// Placeholders, plural forms and punctuation of every part are checked by messages.test.ts.
describe('the backup, restore and install messages', () => {
  const chinese = new Map(leaves(ALL_ZH))
  const english = new Map(leaves(ALL_EN))

  it.each([...BACKUP_ERRORS])('say the backup refusal %s in both languages', (code) => {
    expect(chinese.get(`errors.trust.${code}`)).toBeTruthy()
    expect(english.get(`errors.trust.${code}`)).toBeTruthy()
  })

  it.each([...BACKUP_TABLES])('name the table %s in both languages', (table) => {
    expect(chinese.get(`trust.backup.tables.${table}`)).toBeTruthy()
    expect(english.get(`trust.backup.tables.${table}`)).toBeTruthy()
  })

  it.each([...OFF_REPLY_ERRORS])('say the Open Food Facts reply refusal %s in both languages', (code) => {
    expect(chinese.get(`errors.scan.offReply.${code}`)).toBeTruthy()
    expect(english.get(`errors.scan.offReply.${code}`)).toBeTruthy()
  })

  it('load with the family features and follow the user into another language', async () => {
    expect(i18n.global.te('trust.backup.title')).toBe(false)
    await loadFeatureMessages()
    expect(i18n.global.t('trust.backup.title')).toBe('备份与恢复')
    expect(i18n.global.t('errors.trust.damaged')).toContain('没有任何变化')
    // The errors of the first page are still there beside the backup's.
    expect(i18n.global.t('errors.household.exists')).toBe('这部手机上已经有一个家庭了。')
    await setLocale('en', false)
    expect(i18n.global.t('trust.restore.skipped', { n: 1 })).toBe('1 record already on this phone stays as it is.')
    expect(i18n.global.t('trust.restore.skipped', { n: 3 })).toBe('3 records already on this phone stay as they are.')
    await setLocale('zh-CN', false)
  })
})
