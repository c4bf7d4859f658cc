import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { decodeCode } from '../../src/domain/codes/codec'
import { codeDataOf } from '../../src/domain/codes/link'
import { voucherCode } from '../../src/domain/rewards'
import { baseUrl, memberBalance, onboardHousehold, openApp, seriousA11yViolations, useBrowser } from './support/browser'
import { closeOfflinePrompt, passAwarenessCheck } from './support/flows'
import { readQr } from './support/qr'

const browser = useBrowser()

const go = (page: Page, hash: string) => page.goto(page.url().replace(/#.*$/, hash))

/**
 * Opens the app with a household. The "ready to work offline" prompt floats over the bottom of
 * the page once the first visit is cached; like a user, the test closes it before going on.
 */
async function openHousehold(options: Parameters<typeof openApp>[1] = {}) {
  const opened = await openApp(browser(), options)
  await onboardHousehold(opened.page)
  await closeOfflinePrompt(opened.page)
  return opened
}

async function balanceOf(page: Page, nickname: string): Promise<string> {
  const balance = page.getByTestId(`rewards-member-${nickname}`).locator('[data-testid="rewards-balance"][aria-busy="false"]')
  await balance.waitFor()
  return (await balance.textContent())!.trim()
}

async function openRewards(page: Page, nickname: string) {
  await go(page, '#/me/rewards')
  await page.getByTestId(`rewards-member-${nickname}`).click()
  await expect.poll(() => page.getByTestId(`rewards-member-${nickname}`).getAttribute('aria-pressed')).toBe('true')
}

async function redeemConfirmed(page: Page, title: string) {
  await page.getByRole('button', { name: `兑换 ${title}`, exact: true }).click()
  await page.getByRole('dialog', { name: `兑换 ${title}？` }).getByRole('button', { name: '确认兑换' }).click()
  await page.getByTestId('voucher-dialog').getByTestId('voucher').waitFor()
}

async function closeVoucher(page: Page) {
  await page.getByTestId('voucher-dialog').getByRole('button', { name: '关闭' }).click()
  await page.getByTestId('voucher-dialog').waitFor({ state: 'hidden' })
}

describe('the rewards catalogue', () => {
  it('spends points earned by playing on a voucher whose QR decodes, and never goes below zero', async () => {
    const { context, page, errors } = await openHousehold()
    await passAwarenessCheck(page, '🐱 妈妈')
    await openRewards(page, '妈妈')
    expect(await balanceOf(page, '妈妈')).toBe('60 积分')

    // Too expensive: refused at once, saying how many points are missing; nothing is spent.
    await page.getByRole('button', { name: '兑换 桌面四分类小垃圾桶', exact: true }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('妈妈 还差 90 积分才能兑换')
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(await balanceOf(page, '妈妈')).toBe('60 积分')

    await redeemConfirmed(page, '垃圾分类宣传册')
    const voucher = page.getByTestId('voucher-dialog').getByTestId('voucher')
    await expect(page.getByTestId('voucher-dialog').getByRole('heading').first().textContent()).resolves.toContain('兑换成功')
    await expect(voucher.getByTestId('voucher-title').textContent()).resolves.toBe('垃圾分类宣传册')
    await expect(voucher.getByTestId('voucher-member').textContent()).resolves.toBe('妈妈')
    const code = (await voucher.getByTestId('voucher-code').textContent())!.trim()
    expect(code).toMatch(/^SH-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
    await expect(voucher.textContent()).resolves.toContain('给老师或家长看')

    // The QR holds the voucher's signed SortHero code link, and that link carries the same voucher.
    const link = readQr(await voucher.getByTestId('code-qr').screenshot())
    expect(link.startsWith(`${baseUrl()}#/code/`)).toBe(true)
    const decoded = await decodeCode(codeDataOf(link)!, { kinds: ['voucher'] })
    expect(decoded).toMatchObject({ ok: true, value: { kind: 'voucher', payload: { nickname: '妈妈', avatar: '🐱', points: 30, source: 'campaign', title: { zh: '垃圾分类宣传册' } } } })
    expect(decoded.ok && decoded.value.kind === 'voucher' && voucherCode(decoded.value.payload.voucherId)).toBe(code)
    await closeVoucher(page)
    expect(await balanceOf(page, '妈妈')).toBe('30 积分')

    // 30 left: the eco bag (60) is refused, a second brochure spends exactly everything.
    await page.getByRole('button', { name: '兑换 环保袋', exact: true }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('妈妈 还差 30 积分才能兑换')
    await redeemConfirmed(page, '垃圾分类宣传册')
    await closeVoucher(page)
    expect(await balanceOf(page, '妈妈')).toBe('0 积分')
    await page.getByRole('button', { name: '兑换 垃圾分类贴纸', exact: true }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('妈妈 还差 20 积分才能兑换')
    expect(await balanceOf(page, '妈妈')).toBe('0 积分')

    // My vouchers: both unused; the first one given is marked with its date and moves last.
    const rows = page.getByTestId('vouchers').locator('li')
    await expect.poll(() => rows.count()).toBe(2)
    expect(await rows.evaluateAll(items => items.map(li => li.getAttribute('data-used')))).toEqual(['false', 'false'])
    await page.locator(`[data-code="${code}"]`).getByRole('button', { name: '垃圾分类宣传册 兑换券已兑现' }).click()
    await page.getByRole('dialog', { name: '垃圾分类宣传册 已经兑现了吗？' }).getByRole('button', { name: '已兑现' }).click()
    await page.locator(`[data-code="${code}"][data-used="true"]`).waitFor()
    await expect(rows.last().getAttribute('data-code')).resolves.toBe(code)
    await expect(rows.last().textContent()).resolves.toMatch(/已于 .+ 使用/)
    await expect(rows.first().textContent()).resolves.toContain('未使用')

    // The used voucher shows as used when shown again.
    await rows.last().getByRole('button', { name: '出示 垃圾分类宣传册 兑换券' }).click()
    await expect(page.getByTestId('voucher-dialog').getByTestId('voucher-status').textContent()).resolves.toMatch(/已于 .+ 使用/)
    await closeVoucher(page)

    // The Me page's ledger agrees: the balance is derived from the same entries.
    await go(page, '#/me')
    expect(await memberBalance(page, '妈妈')).toBe('0')
    expect(errors).toEqual([])
    await context.close()
  })

  it('lets a parent add the family’s own reward, a child redeem it, and a parent edit and archive it with undo', async () => {
    const { context, page, errors } = await openHousehold()
    await openRewards(page, '妈妈')
    const own = page.getByTestId('rewards-household')

    await page.getByTestId('add-reward').click()
    const form = page.getByTestId('reward-form')
    await form.getByRole('textbox', { name: '奖励名称' }).fill('')
    await form.getByRole('spinbutton', { name: '需要多少积分' }).fill('0')
    await form.getByRole('button', { name: '添加' }).click()
    await expect(form.textContent()).resolves.toContain('请输入奖励名称。')
    await expect(form.textContent()).resolves.toContain('积分要填 1 到 10000 之间的整数。')

    await form.getByRole('textbox', { name: '奖励名称' }).fill('周六选公园')
    await form.locator('label', { has: page.locator('input[value="🌳"]') }).click()
    await form.getByRole('spinbutton', { name: '需要多少积分' }).fill('8')
    await form.getByRole('button', { name: '添加' }).click()
    await form.waitFor({ state: 'detached' })
    await own.getByText('周六选公园').waitFor()

    // A child spends points on the family's rewards but does not change them.
    await openRewards(page, '小明')
    expect(await balanceOf(page, '小明')).toBe('10 积分')
    await page.getByTestId('rewards-parents-only').waitFor()
    await expect(page.getByTestId('add-reward').count()).resolves.toBe(0)
    await expect(own.getByRole('button', { name: '编辑 周六选公园' }).count()).resolves.toBe(0)
    await expect(own.getByRole('button', { name: '下架 周六选公园' }).count()).resolves.toBe(0)
    await redeemConfirmed(page, '周六选公园')
    const voucher = page.getByTestId('voucher-dialog').getByTestId('voucher')
    await expect(voucher.getByTestId('voucher-title').textContent()).resolves.toBe('周六选公园')
    const link = readQr(await voucher.getByTestId('code-qr').screenshot())
    expect(await decodeCode(codeDataOf(link)!, { kinds: ['voucher'] })).toMatchObject({ ok: true, value: { payload: { title: '周六选公园', emoji: '🌳', nickname: '小明', points: 8, source: 'household' } } })
    await closeVoucher(page)
    expect(await balanceOf(page, '小明')).toBe('2 积分')

    await openRewards(page, '妈妈')
    await own.getByRole('button', { name: '编辑 周六选公园' }).click()
    await own.getByRole('textbox', { name: '奖励名称' }).fill('周日选公园')
    await own.getByRole('button', { name: '保存' }).click()
    await own.getByText('周日选公园').waitFor()
    // The voucher keeps the name it was redeemed under.
    await openRewards(page, '小明')
    await expect(page.getByTestId('vouchers').textContent()).resolves.toContain('周六选公园')
    await openRewards(page, '妈妈')

    await own.getByRole('button', { name: '下架 周日选公园' }).click()
    await own.getByText('周日选公园').waitFor({ state: 'detached' })
    await expect(page.getByRole('status').filter({ hasText: '已下架“周日选公园”' }).isVisible()).resolves.toBe(true)
    await page.getByRole('button', { name: '撤销' }).click()
    await own.getByText('周日选公园').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it.each([['light'], ['dark']] as const)('has no serious accessibility problems (%s), with a voucher open too', async (colorScheme) => {
    const { context, page } = await openHousehold({ colorScheme })
    await openRewards(page, '妈妈')
    await page.getByTestId('add-reward').click()
    await page.getByTestId('reward-form').getByRole('textbox', { name: '奖励名称' }).fill('多讲一个故事')
    await page.getByTestId('reward-form').getByRole('button', { name: '添加' }).click()
    await page.getByRole('button', { name: '兑换 桌面四分类小垃圾桶', exact: true }).click()
    await page.getByRole('alert').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await redeemConfirmed(page, '多讲一个故事')
    expect(await seriousA11yViolations(page)).toEqual([])
    await context.close()
  })
})
