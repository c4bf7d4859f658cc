import { describe, expect, it } from 'vitest'
import { i18n, setLocale } from '.'
import { loadFeatureMessages, loadHomeMessages } from './features'

const { t, te } = i18n.global

describe('message parts', () => {
  it('are merged into the base messages without losing a key, also under a namespace both share (errors)', async () => {
    await setLocale('zh-CN', false)
    expect(t('errors.nickname.empty')).toBe('请输入昵称。')
    await loadHomeMessages()
    await loadFeatureMessages()
    // The base's own errors, a feature's errors beside them, and a part's own namespace.
    expect(t('errors.nickname.empty')).toBe('请输入昵称。')
    expect(t('errors.trust.not-a-backup')).toBe('这不是分类小达人的备份文件或备份链接。')
    expect(te('welcome.title')).toBe(true)
    expect(t('trust.install.installed')).toBe('已经安装到主屏幕了。')
  })

  it('follow the user into another language: every part loaded so far is merged into it', async () => {
    await setLocale('en', false)
    expect(i18n.global.locale.value).toBe('en')
    expect(t('errors.nickname.empty')).not.toBe('请输入昵称。')
    expect(t('errors.trust.not-a-backup')).toBe('This is not a SortHero backup file or link.')
    expect(t('trust.install.installed')).toBe('Installed on the home screen.')
    expect(te('welcome.title', 'en')).toBe(true)
    await setLocale('zh-CN', false)
  })
})
