/**
 * The rewards catalogue and its vouchers. Every refusal is a DomainError with a `rewards.*` code,
 * translated under `errors.rewards.*`.
 */
import type { SortHeroDb } from '../db'
import type { Reward, RewardDraft, Voucher } from '@/domain/rewards'
import { DomainError } from '@/domain/errors'
import { balanceOf, canSpend, sourceEventId } from '@/domain/ledger'
import { activeCatalogue, campaignReward, normalizeVoucherCode, pointsShort, REWARD_COST_MAX, REWARD_COST_MIN, validateRewardDraft, voucherCode } from '@/domain/rewards'
import { newId } from '@/domain/ids'
import { awardPoints, ledgerOf } from './ledger'

function checkedDraft(draft: RewardDraft): RewardDraft {
  const result = validateRewardDraft(draft)
  if (!result.ok) throw new DomainError(`rewards.${result.problem}`, result.problem === 'cost' ? { min: REWARD_COST_MIN, max: REWARD_COST_MAX } : {})
  return result.value
}

/** The catalogue as it can be redeemed now: the campaign's, the class's and the household's. */
export async function listRewards(db: SortHeroDb): Promise<Reward[]> {
  return activeCatalogue(await db.rewards.toArray())
}

/** Adds one of the household's own rewards ("choose Saturday's park"). */
export async function addReward(db: SortHeroDb, draft: RewardDraft, now = Date.now()): Promise<Reward> {
  const reward: Reward = { id: newId(), ...checkedDraft(draft), source: 'household', createdAt: now }
  await db.rewards.add(reward)
  return reward
}

/** A stored reward the household may change: its own, not the campaign's or the class's. */
async function ownReward(db: SortHeroDb, id: string): Promise<Reward> {
  const reward = await db.rewards.get(id)
  if (!reward) throw new DomainError(campaignReward(id) ? 'rewards.notOwn' : 'rewards.missing')
  if (reward.source !== 'household') throw new DomainError('rewards.notOwn')
  return reward
}

/** Changes the title, emoji or cost of one of the household's rewards. Vouchers keep theirs. */
export async function editReward(db: SortHeroDb, id: string, draft: RewardDraft): Promise<Reward> {
  const checked = checkedDraft(draft)
  return db.transaction('rw', db.rewards, async () => {
    const reward = await ownReward(db, id)
    await db.rewards.update(id, checked)
    return { ...reward, ...checked }
  })
}

/** Takes one of the household's rewards off the catalogue; `unarchiveReward` is its undo. */
export async function archiveReward(db: SortHeroDb, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.rewards, async () => {
    const reward = await ownReward(db, id)
    if (reward.archivedAt === undefined) await db.rewards.update(id, { archivedAt: now })
  })
}

/** Puts an archived reward back on the catalogue. */
export async function unarchiveReward(db: SortHeroDb, id: string): Promise<void> {
  await db.transaction('rw', db.rewards, async () => {
    await ownReward(db, id)
    // Dexie deletes a property that is updated to undefined.
    await db.rewards.update(id, { archivedAt: undefined })
  })
}

export interface RedeemRequest {
  rewardId: string
  memberId: string
}

/**
 * Spends a member's points on a reward and issues its voucher, in one transaction: the member's
 * balance is derived from the ledger inside it, so two redemptions at once (two taps, two tabs)
 * run one after the other and the second sees what the first spent. Refuses with
 * `rewards.insufficient` (params: more, balance, cost, name) rather than go below zero. The
 * voucher and its negative `redeem` entry (source event `redeem:<voucher id>`) commit together.
 */
export async function redeem(db: SortHeroDb, request: RedeemRequest, now = Date.now()): Promise<Voucher> {
  return db.transaction('rw', [db.rewards, db.vouchers, db.ledger, db.members], async () => {
    const member = await db.members.get(request.memberId)
    if (!member || member.removedAt !== undefined) throw new DomainError('rewards.member')
    const reward = campaignReward(request.rewardId) ?? await db.rewards.get(request.rewardId)
    if (!reward) throw new DomainError('rewards.missing')
    if (reward.archivedAt !== undefined) throw new DomainError('rewards.archived')

    const balance = balanceOf(await ledgerOf(db, member.id), member.id)
    if (!canSpend(balance, reward.cost)) {
      throw new DomainError('rewards.insufficient', { more: pointsShort(balance, reward.cost), balance, cost: reward.cost, name: member.nickname })
    }

    let id = newId()
    // A 40-bit code can clash with an earlier voucher's, very rarely: then draw another id.
    while (await db.vouchers.where('code').equals(voucherCode(id)).count() > 0) id = newId()
    const voucher: Voucher = {
      id,
      code: voucherCode(id),
      rewardId: reward.id,
      rewardTitle: reward.title,
      emoji: reward.emoji,
      memberId: member.id,
      memberName: member.nickname,
      cost: reward.cost,
      createdAt: now,
    }
    await db.vouchers.add(voucher)
    await awardPoints(db, { memberId: member.id, at: now, reason: 'redeem', points: -reward.cost, sourceEventId: sourceEventId('redeem', id) })
    return voucher
  })
}

/** The vouchers of the given members, in no particular order (see `sortVouchers`). */
export function vouchersOf(db: SortHeroDb, memberIds: readonly string[]): Promise<Voucher[]> {
  return db.vouchers.where('memberId').anyOf([...memberIds]).toArray()
}

/** The voucher with this code, typed loosely ("sh 7k2m qx9p") or as printed. */
export async function findVoucher(db: SortHeroDb, code: string): Promise<Voucher | undefined> {
  const normalized = normalizeVoucherCode(code)
  return normalized ? db.vouchers.where('code').equals(normalized).first() : undefined
}

/**
 * Marks a voucher as honoured. Exactly once: the read and the write share a transaction, so a
 * second call, even a concurrent one, refuses with `rewards.voucher.used` (params: code, usedAt).
 * An unknown code refuses with `rewards.voucher.unknown`.
 */
export async function markVoucherUsed(db: SortHeroDb, code: string, now = Date.now()): Promise<Voucher> {
  const normalized = normalizeVoucherCode(code)
  if (!normalized) throw new DomainError('rewards.voucher.unknown', { code })
  return db.transaction('rw', db.vouchers, async () => {
    const voucher = await db.vouchers.where('code').equals(normalized).first()
    if (!voucher) throw new DomainError('rewards.voucher.unknown', { code: normalized })
    if (voucher.usedAt !== undefined) {
      throw new DomainError('rewards.voucher.used', { code: normalized, usedAt: voucher.usedAt })
    }
    await db.vouchers.update(voucher.id, { usedAt: now })
    return { ...voucher, usedAt: now }
  })
}
