import type { DeviceMode } from './school/records'

/**
 * Households and their members: the vocabulary (districts, roles, avatars) and the validation of
 * what a user types. Storage lives in `db/repos`; this file only decides what is valid.
 */

/** 泸州's three districts and four counties, plus "other" for families outside them. */
export const DISTRICTS = ['jiangyang', 'longmatan', 'naxi', 'luxian', 'hejiang', 'xuyong', 'gulin', 'other'] as const
export type District = (typeof DISTRICTS)[number]

export const ROLES = ['child', 'parent', 'other'] as const
export type Role = (typeof ROLES)[number]

/** Emoji avatars children can tell apart at a glance; no faces of real people. */
export const AVATARS = ['🐼', '🐯', '🦊', '🐰', '🐻', '🐨', '🐸', '🐧', '🦁', '🐵', '🐱', '🐶', '🐳', '🦄', '🌻', '⭐'] as const

/** Longest nickname, in characters as people count them (一个汉字 = 1). */
export const NICKNAME_MAX = 12

/** A household lives on one phone; there is at most one per device. */
export interface Household {
  id: string
  nickname: string
  district: District
  createdAt: number
}

export interface Member {
  id: string
  householdId: string
  nickname: string
  role: Role
  avatar: string
  createdAt: number
  /** Set when the member was removed; kept so that undo and the ledger still find them. */
  removedAt?: number
  /** "Always read aloud" in games and quizzes (children who cannot read yet). */
  readAloud?: boolean
}

/** A member as typed in a form, before it is checked and stored. */
export interface MemberDraft {
  nickname: string
  role: Role
  avatar: string
}

/** A new household as typed during onboarding. */
export interface HouseholdDraft {
  nickname: string
  district: District
  members: MemberDraft[]
}

/** The teacher profile of a device in teacher mode. */
export interface TeacherProfile {
  name: string
  school: string
}


/** Everything the app shell shows about the device's people (and its face), read together. */
export interface Profile {
  household: Household | undefined
  /** Current members, in the order they joined. */
  members: Member[]
  mode: DeviceMode
  teacher: TeacherProfile | undefined
}

/** The profile as kept in localStorage between visits (JSON: no `undefined`). */
export interface ProfileSnapshot {
  household?: Household
  members: Member[]
  mode: DeviceMode
  teacher?: TeacherProfile
}

export type NicknameProblem = 'empty' | 'too-long' | 'duplicate'

export type Validated<T, P> = { ok: true, value: T } | { ok: false, problem: P }

function characterCount(text: string): number {
  return Array.from(new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(text)).length
}

/**
 * Cleans a typed nickname (trims, collapses inner whitespace) and checks it. `taken` holds the
 * nicknames already used in the same household (compared case-insensitively).
 */
export function validateNickname(raw: string, taken: readonly string[] = []): Validated<string, NicknameProblem> {
  const value = raw.trim().replace(/\s+/g, ' ')
  if (!value) return { ok: false, problem: 'empty' }
  if (characterCount(value) > NICKNAME_MAX) return { ok: false, problem: 'too-long' }
  const lower = value.toLocaleLowerCase()
  if (taken.some(name => name.toLocaleLowerCase() === lower)) return { ok: false, problem: 'duplicate' }
  return { ok: true, value }
}

export function isDistrict(value: unknown): value is District {
  return typeof value === 'string' && (DISTRICTS as readonly string[]).includes(value)
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** Members still in the household, oldest first (the order they were added). */
export function currentMembers(members: readonly Member[]): Member[] {
  return members.filter(member => member.removedAt === undefined).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
}

/**
 * Which member is active: the preferred one if still in the household, otherwise the first
 * current member, or null when there is none.
 */
export function chooseActiveMember(members: readonly Member[], preferredId: string | null | undefined): string | null {
  const current = currentMembers(members)
  if (preferredId && current.some(member => member.id === preferredId)) return preferredId
  return current[0]?.id ?? null
}
