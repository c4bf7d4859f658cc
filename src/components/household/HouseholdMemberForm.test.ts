import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import HouseholdMemberForm from './HouseholdMemberForm.vue'

function mountForm(taken: string[] = []) {
  return mount(HouseholdMemberForm, { props: { taken, submitLabel: 'Add' }, global: { plugins: [i18n] } })
}

describe('HouseholdMemberForm', () => {
  it('emits the cleaned draft with the chosen role and avatar', async () => {
    const wrapper = mountForm()
    await wrapper.find('input[type="text"]').setValue('  小红 ')
    await wrapper.find('input[value="parent"]').setValue(true)
    await wrapper.find('input[value="🦊"]').setValue(true)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([[{ nickname: '小红', role: 'parent', avatar: '🦊' }]])
  })

  it('shows a translated error and does not submit an empty nickname', async () => {
    const wrapper = mountForm()
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.find('.field-error').text()).toBe('请输入昵称。')
  })

  it('refuses a nickname another member already has', async () => {
    const wrapper = mountForm(['小明'])
    await wrapper.find('input[type="text"]').setValue('小明')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.find('.field-error').text()).toBe('家里已经有人叫这个名字了。')
  })
})
