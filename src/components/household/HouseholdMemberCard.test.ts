import type { LedgerEntry } from '@/domain/ledger'
import type { Member } from '@/domain/household'
import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { loadHomeMessages } from '@/i18n/features'
import HouseholdMemberCard from './HouseholdMemberCard.vue'

const member: Member = { id: 'm1', nickname: '妈妈', role: 'parent', avatar: '🐱' } as Member
const welcome = { id: 'e1', memberId: 'm1', points: 10, reason: 'welcome', at: Date.UTC(2026, 11, 1) } as LedgerEntry

function mountCard(balance: number | null, entries: LedgerEntry[]) {
  return mount(HouseholdMemberCard, {
    props: { member, balance, entries, active: true, taken: [], canRemove: true },
    global: { plugins: [i18n] },
  })
}

async function openHistory(wrapper: ReturnType<typeof mountCard>) {
  const toggle = wrapper.findAll('button').find(button => button.text() === '最近的积分记录')
  expect(toggle).toBeDefined()
  await toggle!.trigger('click')
}

describe('HouseholdMemberCard', () => {
  // The Me page's texts are a part the router loads with the page.
  beforeAll(loadHomeMessages)

  it('says the history is loading, not empty, while the ledger is still being read', async () => {
    const wrapper = mountCard(null, [])
    await openHistory(wrapper)
    expect(wrapper.text()).toContain('正在加载')
    expect(wrapper.text()).not.toContain('还没有积分记录')
  })

  it('lists the member’s entries once the ledger has loaded, and says so when there are none', async () => {
    const loaded = mountCard(10, [welcome])
    await openHistory(loaded)
    expect(loaded.text()).toContain('加入分类小达人')
    const empty = mountCard(0, [])
    await openHistory(empty)
    expect(empty.text()).toContain('还没有积分记录')
  })
})
