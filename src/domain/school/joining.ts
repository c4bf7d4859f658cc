/**
 * The household's side of joining a class, as plain decisions for the import screen: what an
 * updated invite changes compared with the invite the household joined (so the parent sees
 * exactly what confirming will do), and what the family tells the class by default.
 */
import type { Category } from '../categories'
import type { ClassInvitePayload, ClassReward } from '../codes/payloads'
import type { Area } from '../codes/wire'
import type { Member } from '../household'
import type { RuleSetId } from '../rules'
import type { LocalDate } from '../dates'
import type { PeriodKey, PeriodKind } from './period'
import { HOUSEHOLD_PEOPLE_MAX } from '../codes/payloads'
import { currentMembers } from '../household'
import { normalizeChinese } from '../text'
import { periodOf, shiftPeriod } from './period'

/** One difference between the invite a household holds and a newer one. */
export type InviteChange =
  | { kind: 'school' | 'className' | 'teacher', from: string, to: string }
  | { kind: 'area', from: Area, to: Area }
  | { kind: 'periodKind', from: PeriodKind, to: PeriodKind }
  | { kind: 'ruleSet', from: RuleSetId, to: RuleSetId }
  | { kind: 'rewardAdded' | 'rewardRemoved', reward: ClassReward }
  | { kind: 'rewardChanged', from: ClassReward, to: ClassReward }
  | { kind: 'itemAdded' | 'itemRemoved', name: string, category: Category }
  | { kind: 'itemMoved', name: string, from: Category, to: Category }

const sameArea = (a: Area, b: Area) => JSON.stringify(a) === JSON.stringify(b)
const sameReward = (a: ClassReward, b: ClassReward) => a.title === b.title && a.emoji === b.emoji && a.cost === b.cost

/**
 * What taking `next` in place of `previous` changes, in the order the screen lists it: the
 * class's names and area, its period and rule set, then its rewards (by id) and its item list
 * (by name, as the lookup matches names). Empty when nothing the household sees changes.
 */
export function inviteChanges(previous: ClassInvitePayload, next: ClassInvitePayload): InviteChange[] {
  const changes: InviteChange[] = []
  for (const kind of ['school', 'className', 'teacher'] as const) {
    if (previous[kind] !== next[kind]) changes.push({ kind, from: previous[kind], to: next[kind] })
  }
  if (!sameArea(previous.area, next.area)) changes.push({ kind: 'area', from: previous.area, to: next.area })
  if (previous.periodKind !== next.periodKind) changes.push({ kind: 'periodKind', from: previous.periodKind, to: next.periodKind })
  if (previous.ruleSet !== next.ruleSet) changes.push({ kind: 'ruleSet', from: previous.ruleSet, to: next.ruleSet })

  const oldRewards = new Map(previous.rewards.map(r => [r.id, r]))
  const newRewards = new Map(next.rewards.map(r => [r.id, r]))
  for (const reward of next.rewards) {
    const old = oldRewards.get(reward.id)
    if (!old) changes.push({ kind: 'rewardAdded', reward })
    else if (!sameReward(old, reward)) changes.push({ kind: 'rewardChanged', from: old, to: reward })
  }
  for (const reward of previous.rewards) {
    if (!newRewards.has(reward.id)) changes.push({ kind: 'rewardRemoved', reward })
  }

  const oldItems = new Map(previous.items.map(item => [normalizeChinese(item.name), item]))
  const newItems = new Map(next.items.map(item => [normalizeChinese(item.name), item]))
  for (const [key, item] of newItems) {
    const old = oldItems.get(key)
    if (!old) changes.push({ kind: 'itemAdded', name: item.name, category: item.category })
    else if (old.category !== item.category) changes.push({ kind: 'itemMoved', name: item.name, from: old.category, to: item.category })
  }
  for (const [key, item] of oldItems) {
    if (!newItems.has(key)) changes.push({ kind: 'itemRemoved', name: item.name, category: item.category })
  }
  return changes
}

/** What the family tells a class about itself, and the counts it may give. */
export interface JoinAnswers {
  nickname: string
  children: number
  adults: number
}

/**
 * The answers a join form starts with: the household's nickname, its current child members as
 * children and everyone else as adults (the family can change both: members need not be people
 * who live together).
 */
export function defaultJoinAnswers(householdNickname: string, members: readonly Member[]): JoinAnswers {
  const current = currentMembers(members)
  const children = current.filter(member => member.role === 'child').length
  return {
    nickname: householdNickname,
    children: Math.min(children, HOUSEHOLD_PEOPLE_MAX),
    adults: Math.min(current.length - children, HOUSEHOLD_PEOPLE_MAX),
  }
}

/**
 * The period whose report a household is shown: the last one that has finished, or, while the
 * household has not yet been in the class for a whole period (it joined during the current
 * one), the current period so far.
 */
export function reportPeriod(joinedOn: LocalDate, today: LocalDate, kind: PeriodKind): PeriodKey {
  const current = periodOf(today, kind)
  const finished = shiftPeriod(current, -1)
  return finished >= periodOf(joinedOn, kind) ? finished : current
}
