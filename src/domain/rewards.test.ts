import type { Reward, RewardDraft, Voucher } from './rewards'
import { describe, expect, it } from 'vitest'
import {
  activeCatalogue,
  CAMPAIGN_REWARDS,
  campaignReward,
  codeDataOf,
  decodeVoucherPayload,
  encodeVoucherPayload,
  normalizeVoucherCode,
  pointsShort,
  REWARD_COST_MAX,
  rewardTitleIn,
  sortVouchers,
  validateRewardDraft,
  validateRewardTitle,
  VOUCHER_CODE_ALPHABET,
  voucherCode,
  voucherLink,
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

describe('the voucher’s SortHero code', () => {
  it('round-trips through the link, with the text code derived from the id', () => {
    const original = voucher()
    const link = voucherLink('https://example.org/sorthero/', original)
    expect(link).toMatch(/^https:\/\/example\.org\/sorthero\/#\/code\/[\w-]+$/)
    expect(decodeVoucherPayload(codeDataOf(link)!)).toEqual({
      id: original.id,
      code: original.code,
      title: original.rewardTitle,
      emoji: '👜',
      memberName: '小明',
      cost: 60,
      createdAt: original.createdAt,
    })
  })

  it('keeps Chinese household titles and names intact', () => {
    const original = voucher({ rewardTitle: '周六选公园 🌳', memberName: '妈妈', emoji: '🌳', cost: 1 })
    const decoded = decodeVoucherPayload(encodeVoucherPayload(original))
    expect(decoded).toMatchObject({ title: '周六选公园 🌳', memberName: '妈妈', emoji: '🌳', cost: 1 })
  })

  it('carries the envelope fields and nothing that identifies the member on the device', () => {
    const data = encodeVoucherPayload(voucher())
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(data.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0))))
    expect(json).toMatchObject({ v: 1, kind: 'voucher' })
    expect(JSON.stringify(json)).not.toContain('m1')
  })

  it('is URL-safe and small enough for a QR code read off a phone screen', () => {
    const data = encodeVoucherPayload(voucher())
    expect(data).toMatch(/^[\w-]+$/)
    // With a 60-character app URL this stays within a version 13 QR code at correction level M
    // (331 bytes): about 70 modules across, readable at arm's length.
    expect(data.length).toBeLessThan(260)
  })

  it('replaces an old hash of the app URL', () => {
    expect(voucherLink('https://example.org/sorthero/#/me/rewards', voucher())).toMatch(/^https:\/\/example\.org\/sorthero\/#\/code\//)
  })

  const encode = (value: unknown) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  const valid = { v: 1, kind: 'voucher', id: 'x', t: 'park', e: '🌳', m: 'Ming', c: 5, at: 1 }

  it.each([
    ['not base64', '***'],
    ['not JSON', encode('x').slice(0, -2)],
    ['another kind', encode({ ...valid, kind: 'report' })],
    ['a newer version', encode({ ...valid, v: 2 })],
    ['a negative cost', encode({ ...valid, c: -5 })],
    ['a fractional cost', encode({ ...valid, c: 2.5 })],
    ['a missing member', encode({ ...valid, m: undefined })],
    ['an empty id', encode({ ...valid, id: '' })],
  ])('refuses %s', (_what, data) => {
    expect(decodeVoucherPayload(data)).toBeNull()
  })

  it('accepts the minimal valid payload', () => {
    expect(decodeVoucherPayload(encode(valid))).toMatchObject({ id: 'x', code: voucherCode('x'), cost: 5 })
  })

  it('finds the data only in SortHero code links', () => {
    expect(codeDataOf('https://x.org/#/code/abc_-1')).toBe('abc_-1')
    expect(codeDataOf('https://x.org/#/lookup')).toBeNull()
  })
})
