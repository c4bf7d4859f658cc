import type { Reward, RewardDraft, Voucher } from './rewards'
import { describe, expect, it } from 'vitest'
import { toBase64Url } from './codes/base64url'
import { decodeCode, encodeCode, verifyCode } from './codes/codec'
import { generateDeviceKeyPair, keyIdOf, signerFor } from './codes/signing'
import {
  activeCatalogue,
  CAMPAIGN_REWARDS,
  campaignReward,
  normalizeVoucherCode,
  pointsShort,
  REWARD_COST_MAX,
  rewardTitleIn,
  sortVouchers,
  validateRewardDraft,
  validateRewardTitle,
  VOUCHER_CODE_ALPHABET,
  voucherCode,
  voucherCodePayload,
} from './rewards'

const draft = (overrides: Partial<RewardDraft> = {}): RewardDraft => ({ title: '周六选公园', emoji: '🌳', cost: 40, ...overrides })

const reward = (overrides: Partial<Reward> = {}): Reward =>
  ({ id: 'r1', title: '周六选公园', emoji: '🌳', cost: 40, source: 'household', createdAt: 1000, ...overrides })

const voucher = (overrides: Partial<Voucher> = {}): Voucher => ({
  id: '8f14e45f-ceea-4167-a5b7-1f6b8c0e2d3a',
  code: voucherCode('8f14e45f-ceea-4167-a5b7-1f6b8c0e2d3a'),
  rewardId: 'campaign:eco-bag',
  rewardTitle: { zh: '环保袋', en: 'Reusable eco bag' },
  emoji: '👜',
  memberId: 'm1',
  memberName: '小明',
  cost: 60,
  createdAt: 1_733_000_000_000,
  ...overrides,
})

describe('validateRewardDraft', () => {
  it('cleans the title and accepts a valid reward', () => {
    expect(validateRewardDraft(draft({ title: '  周六选公园 ' }))).toEqual({ ok: true, value: draft() })
    expect(validateRewardDraft(draft({ title: ' Park   on \tSaturday ' }))).toEqual({ ok: true, value: draft({ title: 'Park on Saturday' }) })
  })

  it.each([
    [{ title: '   ' }, 'title.empty'],
    [{ title: '一二三四五六七八九十一二三四五六七八九十一' }, 'title.too-long'],
    [{ title: 'x'.repeat(21) }, 'title.too-long'],
    [{ cost: 0 }, 'cost'],
    [{ cost: -5 }, 'cost'],
    [{ cost: 2.5 }, 'cost'],
    [{ cost: Number.NaN }, 'cost'],
    [{ cost: REWARD_COST_MAX + 1 }, 'cost'],
    [{ cost: '40' as unknown as number }, 'cost'],
    [{ emoji: '' }, 'emoji'],
    [{ emoji: '🌳🍦' }, 'emoji'],
  ])('rejects %o with %s', (overrides, problem) => {
    expect(validateRewardDraft(draft(overrides))).toEqual({ ok: false, problem })
  })

  it.each([
    ['一二三四五六七八九十一二三四五六七八九十', true],
    ['👨‍👩‍👧一起去公园一二三四五六七八九十一二三四', true],
    ['Choose Saturday’s park', false],
  ])('counts characters as people do (an emoji is one): %s', (title, ok) => {
    expect(validateRewardTitle(title).ok).toBe(ok)
  })

  it('accepts the edges of the cost range', () => {
    expect(validateRewardDraft(draft({ cost: 1 })).ok).toBe(true)
    expect(validateRewardDraft(draft({ cost: REWARD_COST_MAX })).ok).toBe(true)
  })
})

describe('the campaign catalogue', () => {
  it('has valid, uniquely identified, bilingual rewards', () => {
    expect(CAMPAIGN_REWARDS.length).toBeGreaterThanOrEqual(3)
    expect(new Set(CAMPAIGN_REWARDS.map(r => r.id)).size).toBe(CAMPAIGN_REWARDS.length)
    for (const r of CAMPAIGN_REWARDS) {
      expect(r.source).toBe('campaign')
      expect(typeof r.title).toBe('object')
      for (const locale of ['zh-CN', 'en']) {
        expect(validateRewardDraft({ title: rewardTitleIn(r.title, locale), emoji: r.emoji, cost: r.cost }).ok, `${r.id} ${locale}`).toBe(true)
      }
    }
  })

  it('includes the eco bag and the brochure the campaign handed out', () => {
    expect(campaignReward('campaign:eco-bag')?.title).toEqual({ zh: '环保袋', en: 'Reusable eco bag' })
    expect(rewardTitleIn(campaignReward('campaign:brochure')!.title, 'zh-CN')).toBe('垃圾分类宣传册')
    expect(campaignReward('r1')).toBeUndefined()
  })

  it('makes the eco bag reachable with the welcome points and a passed awareness check', () => {
    expect(campaignReward('campaign:eco-bag')!.cost).toBe(10 + 50)
  })
})

describe('rewardTitleIn', () => {
  it('shows a household title as typed, in any language', () => {
    expect(rewardTitleIn('周六选公园', 'en')).toBe('周六选公园')
  })

  it('picks the language of a built-in title', () => {
    expect(rewardTitleIn({ zh: '环保袋', en: 'Reusable eco bag' }, 'en')).toBe('Reusable eco bag')
    expect(rewardTitleIn({ zh: '环保袋', en: 'Reusable eco bag' }, 'zh-CN')).toBe('环保袋')
  })
})

describe('activeCatalogue', () => {
  it('lists campaign, class and household rewards, cheapest first within each, without archived ones', () => {
    const stored = [
      reward({ id: 'h-park', cost: 40, createdAt: 2 }),
      reward({ id: 'h-story', cost: 10, createdAt: 3 }),
      reward({ id: 'h-old', cost: 5, archivedAt: 9 }),
      reward({ id: 'c-star', cost: 15, source: 'class', createdAt: 1 }),
    ]
    const builtIn = [reward({ id: 'campaign:b', cost: 60, source: 'campaign', createdAt: 0 }), reward({ id: 'campaign:a', cost: 30, source: 'campaign', createdAt: 0 })]
    expect(activeCatalogue(stored, builtIn).map(r => r.id)).toEqual(['campaign:a', 'campaign:b', 'c-star', 'h-story', 'h-park'])
  })

  it('includes the shipped campaign rewards by default', () => {
    expect(activeCatalogue([]).map(r => r.id)).toEqual([...CAMPAIGN_REWARDS].sort((a, b) => a.cost - b.cost).map(r => r.id))
  })
})

describe('pointsShort', () => {
  it.each([
    [30, 60, 30],
    [60, 60, 0],
    [100, 60, 0],
    [0, 1, 1],
  ])('balance %i, cost %i: %i more needed', (balance, cost, short) => {
    expect(pointsShort(balance, cost)).toBe(short)
  })
})

describe('sortVouchers', () => {
  it('puts unused vouchers first, newest first, then used ones by when they were used', () => {
    const list = [
      voucher({ id: 'a', createdAt: 1, usedAt: 50 }),
      voucher({ id: 'b', createdAt: 2 }),
      voucher({ id: 'c', createdAt: 3, usedAt: 40 }),
      voucher({ id: 'd', createdAt: 4 }),
    ]
    expect(sortVouchers(list).map(x => x.id)).toEqual(['d', 'b', 'a', 'c'])
  })
})

describe('voucherCode', () => {
  it('is short, prefixed, grouped and free of look-alike symbols', () => {
    const code = voucherCode(crypto.randomUUID())
    expect(code).toMatch(/^SH-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
    expect(code.slice(3)).not.toMatch(/[01OI]/)
    expect(VOUCHER_CODE_ALPHABET).toHaveLength(32)
    expect(VOUCHER_CODE_ALPHABET).not.toMatch(/[01OI]/)
  })

  it('is derived deterministically from the id', () => {
    const id = crypto.randomUUID()
    expect(voucherCode(id)).toBe(voucherCode(id))
    expect(voucherCode('8f14e45f-ceea-4167-a5b7-1f6b8c0e2d3a')).toBe(voucherCode('8f14e45f-ceea-4167-a5b7-1f6b8c0e2d3a'))
  })

  it('gives different ids different codes', () => {
    const codes = new Set(Array.from({ length: 5000 }, () => voucherCode(crypto.randomUUID())))
    expect(codes.size).toBe(5000)
    expect(voucherCode('a')).not.toBe(voucherCode('b'))
  })

  it('uses every symbol of the alphabet in every position over many ids', () => {
    const seen = Array.from({ length: 8 }, () => new Set<string>())
    for (let i = 0; i < 3000; i++) {
      const symbols = voucherCode(`id-${i}`).slice(3).replace('-', '')
      for (const [position, symbol] of [...symbols].entries()) seen[position]!.add(symbol)
    }
    for (const symbols of seen) expect(symbols.size).toBe(32)
  })
})

describe('normalizeVoucherCode', () => {
  const code = voucherCode('some-id')

  it.each([
    code,
    code.toLowerCase(),
    code.replace(/-/g, ' '),
    code.slice(3),
    code.replace(/-/g, ''),
    ` ${code.toLowerCase().replace(/-/g, '  ')} `,
  ])('reads %s as the printed code', (typed) => {
    expect(normalizeVoucherCode(typed)).toBe(code)
  })

  it.each(['', 'SH-1234-5678', 'SH-ABCD-EFGO', 'SH-ABCD-EFG', 'ABCDEFGHJ', 'hello'])('refuses %s', (typed) => {
    expect(normalizeVoucherCode(typed)).toBeNull()
  })
})

describe('the voucher’s signed SortHero code', () => {
  async function signer() {
    const pair = await generateDeviceKeyPair()
    const kid = await keyIdOf(pair.publicKey)
    return { publicKey: toBase64Url(pair.publicKey), signer: signerFor(kid, pair.privateKey) }
  }

  it('carries the reward, the member’s nickname and avatar, and verifies with the household’s key', async () => {
    const household = await signer()
    const original = voucher({ rewardTitle: { zh: '垃圾分类宣传册', en: 'Sorting brochure' }, memberName: '妈妈' })
    const data = await encodeCode('voucher', voucherCodePayload(original, 'campaign', '🐱'), household.signer)
    const decoded = await decodeCode(data, { kinds: ['voucher'] })
    expect(decoded).toMatchObject({ ok: true, value: { kind: 'voucher', payload: { voucherId: original.id, title: { zh: '垃圾分类宣传册' }, nickname: '妈妈', avatar: '🐱', points: 60, issuedAt: original.createdAt, source: 'campaign' } } })
    expect(await verifyCode(decoded.ok ? decoded.value : never(), household.publicKey)).toEqual({ ok: true, value: true })
    // The member's id stays on the device.
    expect(JSON.stringify(decoded)).not.toContain(original.memberId)
  })

  it('is refused by another household’s key', async () => {
    const [household, other] = [await signer(), await signer()]
    const data = await encodeCode('voucher', voucherCodePayload(voucher(), 'class', '🐼'), household.signer)
    const decoded = await decodeCode(data)
    expect(await verifyCode(decoded.ok ? decoded.value : never(), other.publicKey)).toMatchObject({ ok: false, error: { code: 'bad-signature' } })
  })

  it('stays small enough for a QR code read off a phone screen', async () => {
    const data = await encodeCode('voucher', voucherCodePayload(voucher({ rewardTitle: '周六选公园和动物园一起去', memberName: '小明' }), 'household', '🐼'), (await signer()).signer)
    expect(data).toMatch(/^[\w-]+$/)
    // With a 60-character app URL this stays within a version 13 QR code at correction level M.
    expect(data.length).toBeLessThan(260)
  })
})

function never(): never {
  throw new Error('unreachable')
}
