/**
 * Rewards: the catalogue members spend points on, and the vouchers a redemption creates.
 *
 * Spending goes through the points ledger (a negative `redeem` entry, see `ledger.ts`), so a
 * balance is still just the sum of a member's entries and can never be edited into the red. A
 * voucher is the proof of a redemption that someone else (a parent, later the teacher's device)
 * honours exactly once: it carries a random id and a short human code derived from that id; its
 * QR holds a signed SortHero code (kind `voucher`, `voucherCodePayload`). Storage lives in `db/repos/rewards.ts`; this file decides what
 * is valid and how vouchers are written down.
 */
import type { Validated } from './household'
import type { VoucherCodePayload } from './codes/payloads'

/** Text in both app languages, for the rewards the app itself ships. */
export interface BilingualText {
  zh: string
  en: string
}

/** A household types its rewards in one language; the built-in ones speak both. */
export type RewardTitle = string | BilingualText

/**
 * Who offers a reward: the city campaign (shipped with the app), the household itself, or the
 * class (published by the teacher, a later issue).
 */
export const REWARD_SOURCES = ['campaign', 'household', 'class'] as const
export type RewardSource = (typeof REWARD_SOURCES)[number]

export interface Reward {
  id: string
  title: RewardTitle
  emoji: string
  /** Points it costs: a whole number from `REWARD_COST_MIN` to `REWARD_COST_MAX`. */
  cost: number
  source: RewardSource
  /** UTC milliseconds; 0 for the built-in campaign rewards. */
  createdAt: number
  /** Set when the household took it off its catalogue; undo clears it again. */
  archivedAt?: number
}

/**
 * A redeemed reward. What the reward and the member were called is copied in, so a voucher reads
 * the same after the reward is edited or archived or the member renamed.
 */
export interface Voucher {
  id: string
  /** `voucherCode(id)`: what a person reads out or types. Unique on the device. */
  code: string
  rewardId: string
  rewardTitle: RewardTitle
  emoji: string
  memberId: string
  memberName: string
  cost: number
  /** UTC milliseconds. */
  createdAt: number
  /** When it was honoured; set exactly once. */
  usedAt?: number
}

/** What a household fills in to define its own reward. */
export interface RewardDraft {
  title: string
  emoji: string
  cost: number
}

export const REWARD_TITLE_MAX = 20
export const REWARD_COST_MIN = 1
export const REWARD_COST_MAX = 10_000

/** Pictures for the household's own rewards: treats and outings children recognise. */
export const REWARD_EMOJIS = ['🎁', '🌳', '🍦', '📚', '🎈', '🧸', '🎨', '⚽', '🎬', '🍰', '🚲', '⭐'] as const

/**
 * The campaign's own rewards, shipped with the app. Costs are pitched against what points are
 * worth elsewhere (welcome 10, a right answer 2, a finished round 5, the awareness check 50, a
 * logged day 3, a fully sorted day 5, a 7-day streak 20): stickers after a couple of game
 * rounds, the brochure soon after, the eco bag for passing the awareness check (10 + 50), and the
 * desk bins for about two weeks of sorted, logged days.
 */
export const CAMPAIGN_REWARDS: readonly Reward[] = [
  { id: 'campaign:stickers', title: { zh: '垃圾分类贴纸', en: 'Sorting stickers' }, emoji: '🌟', cost: 20, source: 'campaign', createdAt: 0 },
  { id: 'campaign:brochure', title: { zh: '垃圾分类宣传册', en: 'Sorting brochure' }, emoji: '📘', cost: 30, source: 'campaign', createdAt: 0 },
  { id: 'campaign:eco-bag', title: { zh: '环保袋', en: 'Reusable eco bag' }, emoji: '👜', cost: 60, source: 'campaign', createdAt: 0 },
  { id: 'campaign:desk-bins', title: { zh: '桌面四分类小垃圾桶', en: 'Four-bin desk sorter' }, emoji: '🗑️', cost: 150, source: 'campaign', createdAt: 0 },
]

/** The built-in reward with this id, if it is one. */
export function campaignReward(id: string): Reward | undefined {
  return CAMPAIGN_REWARDS.find(reward => reward.id === id)
}

/** A reward title in the UI language: the English text for 'en', the Chinese one otherwise. */
export function rewardTitleIn(title: RewardTitle, locale: string): string {
  if (typeof title === 'string') return title
  return locale === 'en' ? title.en : title.zh
}

function characterCount(text: string): number {
  return Array.from(new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(text)).length
}

export type RewardTitleProblem = 'title.empty' | 'title.too-long'
export type RewardProblem = RewardTitleProblem | 'cost' | 'emoji'

/** Cleans a typed reward title (trims, collapses inner whitespace) and checks its length. */
export function validateRewardTitle(raw: string): Validated<string, RewardTitleProblem> {
  const value = raw.trim().replace(/\s+/g, ' ')
  if (!value) return { ok: false, problem: 'title.empty' }
  if (characterCount(value) > REWARD_TITLE_MAX) return { ok: false, problem: 'title.too-long' }
  return { ok: true, value }
}

/** Whether `cost` is a whole number of points within the allowed range. */
export function isValidCost(cost: unknown): cost is number {
  return typeof cost === 'number' && Number.isInteger(cost) && cost >= REWARD_COST_MIN && cost <= REWARD_COST_MAX
}

/** Checks a household's reward; returns the cleaned draft or the first problem. */
export function validateRewardDraft(draft: RewardDraft): Validated<RewardDraft, RewardProblem> {
  const title = validateRewardTitle(draft.title)
  if (!title.ok) return title
  if (!isValidCost(draft.cost)) return { ok: false, problem: 'cost' }
  if (!draft.emoji || characterCount(draft.emoji) !== 1) return { ok: false, problem: 'emoji' }
  return { ok: true, value: { title: title.value, emoji: draft.emoji, cost: draft.cost } }
}

const SOURCE_ORDER: Record<RewardSource, number> = { campaign: 0, class: 1, household: 2 }

/**
 * What can be redeemed now: the campaign rewards and the stored ones not archived, campaign first,
 * then the class's, then the household's, each cheapest first (oldest first on a tie).
 */
export function activeCatalogue(stored: readonly Reward[], builtIn: readonly Reward[] = CAMPAIGN_REWARDS): Reward[] {
  return [...builtIn, ...stored.filter(reward => reward.archivedAt === undefined)]
    .sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.cost - b.cost || a.createdAt - b.createdAt)
}

/** How many more points a member with `balance` needs for a reward costing `cost` (0 if none). */
export function pointsShort(balance: number, cost: number): number {
  return Math.max(0, cost - balance)
}

/** Unused vouchers first (newest first), then the used ones (most recently used first). */
export function sortVouchers(vouchers: readonly Voucher[]): Voucher[] {
  return [...vouchers].sort((a, b) => {
    if ((a.usedAt === undefined) !== (b.usedAt === undefined)) return a.usedAt === undefined ? -1 : 1
    if (a.usedAt !== undefined && b.usedAt !== undefined && a.usedAt !== b.usedAt) return b.usedAt - a.usedAt
    return b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1)
  })
}

// Voucher codes ------------------------------------------------------------------------------

/** 32 symbols with nothing that reads like another: no 0/O and no 1/I. */
export const VOUCHER_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const CODE_PREFIX = 'SH'
const CODE_LENGTH = 8

/** Two independent 32-bit hashes of a string (cyrb53's mixing), enough for a 40-bit code. */
function hash64(text: string): [number, number] {
  let h1 = 0xDEADBEEF
  let h2 = 0x41C6CE57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return [h1 >>> 0, h2 >>> 0]
}

/**
 * The short code printed on a voucher, such as "SH-7K2M-QX9P": 8 symbols (40 bits) derived
 * deterministically from the voucher's random id, so the code and the QR always agree. It is a
 * hash of the id rather than a slice of it so that ids of any shape (a class's, later) spread
 * evenly. 40 bits make a clash between a household's vouchers negligible, and the database's
 * unique index on `code` turns the rare clash into a new id rather than a duplicate.
 */
export function voucherCode(id: string): string {
  const [h1, h2] = hash64(id)
  let symbols = ''
  for (const part of [h1, h2]) {
    for (let shift = 15; shift >= 0; shift -= 5) symbols += VOUCHER_CODE_ALPHABET[(part >>> shift) & 31]
  }
  return `${CODE_PREFIX}-${symbols.slice(0, 4)}-${symbols.slice(4, CODE_LENGTH)}`
}

/**
 * Reads a code as a person typed it ("sh 7k2m qx9p", "7K2M-QX9P") into its printed form, or null
 * when it cannot be a voucher code (wrong length, or a symbol the alphabet does not use).
 */
export function normalizeVoucherCode(typed: string): string | null {
  let symbols = typed.toUpperCase().replace(/[\s\-–—_]/g, '')
  if (symbols.length === CODE_PREFIX.length + CODE_LENGTH && symbols.startsWith(CODE_PREFIX)) symbols = symbols.slice(CODE_PREFIX.length)
  if (symbols.length !== CODE_LENGTH) return null
  for (const symbol of symbols) {
    if (!VOUCHER_CODE_ALPHABET.includes(symbol)) return null
  }
  return `${CODE_PREFIX}-${symbols.slice(0, 4)}-${symbols.slice(4)}`
}

// The voucher's SortHero code ----------------------------------------------------------------

/**
 * What a voucher's signed SortHero code (kind `voucher`) carries. `source` is where the reward
 * came from (a teacher honours class and campaign rewards) and `avatar` the member's.
 */
export function voucherCodePayload(voucher: Voucher, source: RewardSource, avatar: string): VoucherCodePayload {
  return { voucherId: voucher.id, rewardId: voucher.rewardId, source, title: voucher.rewardTitle, emoji: voucher.emoji, nickname: voucher.memberName, avatar, points: voucher.cost, issuedAt: voucher.createdAt }
}
