import type { Member } from '@/domain/household'
import type { RewardDraft } from '@/domain/rewards'
import { beforeEach, describe, expect, it } from 'vitest'
import { DomainError } from '@/domain/errors'
import { balanceOf } from '@/domain/ledger'
import { CAMPAIGN_REWARDS, campaignReward, voucherCode } from '@/domain/rewards'
import type { SortHeroDb } from '../db'
import { freshDb, householdDraft } from '../testing'
import { createHousehold, removeMember } from './household'
import { awardPoints } from './ledger'
import { addReward, archiveReward, editReward, findVoucher, listRewards, markVoucherUsed, redeem, unarchiveReward, vouchersOf } from './rewards'

let db: SortHeroDb
let child: Member
let parent: Member
beforeEach(async () => {
  db = freshDb()
  const household = await createHousehold(db, householdDraft(), 1000)
  ;[child, parent] = await db.members.where('householdId').equals(household.id).sortBy('createdAt') as [Member, Member]
})

const draft = (overrides: Partial<RewardDraft> = {}): RewardDraft => ({ title: '周六选公园', emoji: '🌳', cost: 40, ...overrides })
const balance = async (memberId: string) => balanceOf(await db.ledger.toArray(), memberId)
/** Gives a member points as the awareness check would (on top of the 10 welcome points). */
const earn = (memberId: string, points: number, event = 'test') => awardPoints(db, { memberId, at: 2000, reason: 'awareness-passed', points, sourceEventId: `${event}:${memberId}` })
const ecoBag = campaignReward('campaign:eco-bag')!

describe('the household’s own rewards', () => {
  it('adds one beside the campaign’s and lists campaign rewards first', async () => {
    const park = await addReward(db, draft({ title: '  周六选公园 ' }), 5000)
    expect(park).toMatchObject({ title: '周六选公园', emoji: '🌳', cost: 40, source: 'household', createdAt: 5000 })
    const ids = (await listRewards(db)).map(r => r.id)
    expect(ids.slice(0, CAMPAIGN_REWARDS.length).every(id => id.startsWith('campaign:'))).toBe(true)
    expect(ids.at(-1)).toBe(park.id)
  })

  it.each([
    [{ title: '' }, 'rewards.title.empty'],
    [{ title: '一二三四五六七八九十一二三四五六七八九十一' }, 'rewards.title.too-long'],
    [{ cost: 0 }, 'rewards.cost'],
    [{ cost: 1.5 }, 'rewards.cost'],
    [{ emoji: '' }, 'rewards.emoji'],
  ])('refuses %o with %s and saves nothing', async (overrides, code) => {
    await expect(addReward(db, draft(overrides))).rejects.toMatchObject({ code })
    expect(await db.rewards.count()).toBe(0)
  })

  it('says which costs are allowed', async () => {
    await expect(addReward(db, draft({ cost: 20_000 }))).rejects.toMatchObject({ code: 'rewards.cost', params: { min: 1, max: 10_000 } })
  })

  it('edits one, and refuses to edit the campaign’s', async () => {
    const park = await addReward(db, draft())
    await editReward(db, park.id, draft({ title: '周日选公园', cost: 35, emoji: '🎈' }))
    expect(await db.rewards.get(park.id)).toMatchObject({ title: '周日选公园', cost: 35, emoji: '🎈' })
    await expect(editReward(db, park.id, draft({ title: ' ' }))).rejects.toMatchObject({ code: 'rewards.title.empty' })
    await expect(editReward(db, ecoBag.id, draft())).rejects.toMatchObject({ code: 'rewards.notOwn' })
    await expect(editReward(db, 'nope', draft())).rejects.toMatchObject({ code: 'rewards.missing' })
  })

  it('refuses to change a reward the class published', async () => {
    await db.rewards.add({ id: 'class-1', title: '班级之星', emoji: '⭐', cost: 10, source: 'class', createdAt: 1 })
    await expect(editReward(db, 'class-1', draft())).rejects.toMatchObject({ code: 'rewards.notOwn' })
    await expect(archiveReward(db, 'class-1')).rejects.toMatchObject({ code: 'rewards.notOwn' })
  })

  it('archives one, and undo brings it back', async () => {
    const park = await addReward(db, draft())
    await archiveReward(db, park.id, 7000)
    expect((await db.rewards.get(park.id))?.archivedAt).toBe(7000)
    expect((await listRewards(db)).map(r => r.id)).not.toContain(park.id)
    await archiveReward(db, park.id, 8000)
    expect((await db.rewards.get(park.id))?.archivedAt).toBe(7000)

    await unarchiveReward(db, park.id)
    const restored = await db.rewards.get(park.id)
    expect(restored && 'archivedAt' in restored).toBe(false)
    expect((await listRewards(db)).map(r => r.id)).toContain(park.id)
  })
})

describe('redeem', () => {
  it('spends the points through the ledger and issues a voucher with a unique code', async () => {
    await earn(child.id, 50)
    const voucher = await redeem(db, { rewardId: ecoBag.id, memberId: child.id }, 9000)
    expect(voucher).toMatchObject({
      code: voucherCode(voucher.id),
      rewardId: ecoBag.id,
      rewardTitle: ecoBag.title,
      emoji: ecoBag.emoji,
      memberId: child.id,
      memberName: '小明',
      cost: 60,
      createdAt: 9000,
    })
    expect(voucher).not.toHaveProperty('usedAt')
    expect(await db.vouchers.get(voucher.id)).toEqual(voucher)
    expect(await balance(child.id)).toBe(0)
    const spent = await db.ledger.where('sourceEventId').equals(`redeem:${voucher.id}`).first()
    expect(spent).toMatchObject({ memberId: child.id, reason: 'redeem', points: -60, at: 9000 })
  })

  it('refuses when the balance would go below zero, says how many more are needed, and writes nothing', async () => {
    await earn(child.id, 20)
    const refusal = redeem(db, { rewardId: ecoBag.id, memberId: child.id })
    await expect(refusal).rejects.toBeInstanceOf(DomainError)
    await expect(refusal).rejects.toMatchObject({ code: 'rewards.insufficient', params: { more: 30, balance: 30, cost: 60, name: '小明' } })
    expect(await balance(child.id)).toBe(30)
    expect(await db.vouchers.count()).toBe(0)
  })

  it('lets a member spend exactly everything, and not one point more', async () => {
    const story = await addReward(db, draft({ title: '多讲一个故事', cost: 10 }))
    await redeem(db, { rewardId: story.id, memberId: parent.id })
    expect(await balance(parent.id)).toBe(0)
    await expect(redeem(db, { rewardId: story.id, memberId: parent.id })).rejects.toMatchObject({ code: 'rewards.insufficient', params: { more: 10 } })
    expect(await balance(parent.id)).toBe(0)
  })

  it('never overspends when the same member redeems twice at once', async () => {
    await earn(child.id, 50)
    const results = await Promise.allSettled([
      redeem(db, { rewardId: 'campaign:brochure', memberId: child.id }),
      redeem(db, { rewardId: 'campaign:brochure', memberId: child.id }),
      redeem(db, { rewardId: 'campaign:brochure', memberId: child.id }),
    ])
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(2)
    const refused = results.filter(r => r.status === 'rejected')
    expect(refused).toHaveLength(1)
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'rewards.insufficient' })
    expect(await balance(child.id)).toBe(0)
    expect(await db.vouchers.count()).toBe(2)
  })

  it('keeps members’ balances apart', async () => {
    await earn(child.id, 50)
    await expect(redeem(db, { rewardId: ecoBag.id, memberId: parent.id })).rejects.toMatchObject({ code: 'rewards.insufficient', params: { more: 50, name: '妈妈' } })
    await redeem(db, { rewardId: ecoBag.id, memberId: child.id })
    expect(await balance(parent.id)).toBe(10)
  })

  it('refuses an archived or unknown reward, and a removed member', async () => {
    await earn(child.id, 50)
    const park = await addReward(db, draft())
    await archiveReward(db, park.id)
    await expect(redeem(db, { rewardId: park.id, memberId: child.id })).rejects.toMatchObject({ code: 'rewards.archived' })
    await expect(redeem(db, { rewardId: 'campaign:gold-bar', memberId: child.id })).rejects.toMatchObject({ code: 'rewards.missing' })
    await removeMember(db, child.id)
    await expect(redeem(db, { rewardId: 'campaign:brochure', memberId: child.id })).rejects.toMatchObject({ code: 'rewards.member' })
    await expect(redeem(db, { rewardId: 'campaign:brochure', memberId: 'nobody' })).rejects.toMatchObject({ code: 'rewards.member' })
    expect(await db.vouchers.count()).toBe(0)
    expect(await balance(child.id)).toBe(60)
  })

  it('keeps what the voucher said after the reward is edited and the member renamed', async () => {
    const park = await addReward(db, draft({ cost: 5 }))
    const voucher = await redeem(db, { rewardId: park.id, memberId: child.id })
    await editReward(db, park.id, draft({ title: '周日选公园', cost: 8 }))
    await db.members.update(child.id, { nickname: '明明' })
    expect(await db.vouchers.get(voucher.id)).toMatchObject({ rewardTitle: '周六选公园', cost: 5, memberName: '小明' })
  })

  it('rolls back the voucher and its points with the caller’s transaction', async () => {
    await earn(child.id, 50)
    const failing = db.transaction('rw', [db.rewards, db.vouchers, db.ledger, db.members], async () => {
      await redeem(db, { rewardId: ecoBag.id, memberId: child.id })
      throw new Error('the caller’s next write failed')
    })
    await expect(failing).rejects.toThrow('failed')
    expect(await db.vouchers.count()).toBe(0)
    expect(await balance(child.id)).toBe(60)
  })

  it('lists a member’s vouchers', async () => {
    await earn(child.id, 50)
    const first = await redeem(db, { rewardId: 'campaign:stickers', memberId: child.id }, 1)
    const second = await redeem(db, { rewardId: 'campaign:stickers', memberId: child.id }, 2)
    await earn(parent.id, 10)
    await redeem(db, { rewardId: 'campaign:stickers', memberId: parent.id })
    expect((await vouchersOf(db, [child.id])).map(v => v.id).sort()).toEqual([first.id, second.id].sort())
    expect(new Set((await db.vouchers.toArray()).map(v => v.code)).size).toBe(3)
  })
})

describe('markVoucherUsed', () => {
  it('marks a voucher used exactly once, and refuses the second time', async () => {
    await earn(child.id, 50)
    const voucher = await redeem(db, { rewardId: ecoBag.id, memberId: child.id })
    const used = await markVoucherUsed(db, voucher.code, 12_000)
    expect(used.usedAt).toBe(12_000)
    expect((await db.vouchers.get(voucher.id))?.usedAt).toBe(12_000)
    await expect(markVoucherUsed(db, voucher.code, 13_000)).rejects.toMatchObject({ code: 'rewards.voucher.used', params: { code: voucher.code, usedAt: 12_000 } })
    expect((await db.vouchers.get(voucher.id))?.usedAt).toBe(12_000)
  })

  it('lets only one of two simultaneous attempts succeed', async () => {
    await earn(parent.id, 10)
    const voucher = await redeem(db, { rewardId: 'campaign:stickers', memberId: parent.id })
    const results = await Promise.allSettled([markVoucherUsed(db, voucher.code, 1), markVoucherUsed(db, voucher.code, 2)])
    expect(results.map(r => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const winner = results.find(r => r.status === 'fulfilled') as PromiseFulfilledResult<{ usedAt: number }>
    expect((await db.vouchers.get(voucher.id))?.usedAt).toBe(winner.value.usedAt)
  })

  it('accepts the code as a person types it, and refuses unknown codes', async () => {
    await earn(child.id, 50)
    const voucher = await redeem(db, { rewardId: ecoBag.id, memberId: child.id })
    const typed = voucher.code.toLowerCase().replace(/-/g, ' ')
    expect((await findVoucher(db, typed))?.id).toBe(voucher.id)
    await expect(markVoucherUsed(db, 'SH-2222-2222')).rejects.toMatchObject({ code: 'rewards.voucher.unknown' })
    await expect(markVoucherUsed(db, 'not a code')).rejects.toMatchObject({ code: 'rewards.voucher.unknown' })
    expect((await markVoucherUsed(db, typed, 5)).usedAt).toBe(5)
  })

  it('does not give the points back', async () => {
    await earn(child.id, 50)
    const voucher = await redeem(db, { rewardId: ecoBag.id, memberId: child.id })
    await markVoucherUsed(db, voucher.code)
    expect(await balance(child.id)).toBe(0)
  })
})
