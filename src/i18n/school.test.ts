import { describe, expect, it } from 'vitest'
import { i18n, setLocale } from '.'
import { loadSchoolMessages } from './school'

describe('the school side\'s messages', () => {
  it('load on demand, and follow the user into another language', async () => {
    expect(i18n.global.te('school.nav.reports')).toBe(false)
    await loadSchoolMessages()
    expect(i18n.global.t('school.nav.reports')).toBe('收报告')
    expect(i18n.global.t('errors.school.unit.exists')).toBe('这部手机已经设置过这一级了。')
    await setLocale('en', false)
    expect(i18n.global.t('school.nav.reports')).toBe('Reports')
    expect(i18n.global.t('school.scan.reported', { reported: 23, enrolled: 41 })).toBe('23 of 41 reported')
    // The messages the first page ships with are still there.
    expect(i18n.global.t('nav.lookup')).toBe('Lookup')
    await setLocale('zh-CN', false)
    expect(i18n.global.t('school.scan.reported', { reported: 23, enrolled: 41 })).toBe('已交 23 户，共 41 户')
  })
})
