import type { AwarenessCheck } from './awareness'
import type { RoundRecord } from './learning'
import type { LogDay } from './log'
import { describe, expect, it } from 'vitest'
import { earnedBadges, newBadges } from './badges'
import { addDays, dateToInstant } from './dates'

const day = (date: string, sortedBags = 1): LogDay => ({ date, entries: { kitchen: { bags: 1, sortedBags } }, createdAt: dateToInstant(date), updatedAt: 0 })
const days = (start: string, count: number, sortedBags = 1) => Array.from({ length: count }, (_, i) => day(addDays(start, i), sortedBags))
const pass = (memberId: string, at: number): AwarenessCheck => ({ id: `${memberId}${at}`, memberId, at, score: 9, total: 10, passed: true })
const round = (memberId: string, finishedAt: number, stars: 1 | 2 | 3): RoundRecord => ({ id: `r${finishedAt}:${memberId}`, roundId: `r${finishedAt}`, memberId, mode: 'sort', finishedAt, total: 10, correct: 9, stars })
const codes = (facts: Parameters<typeof earnedBadges>[0]) => earnedBadges(facts).map(b => b.id)
const none = { days: [], rounds: [], checks: [], memberIds: ['mum', 'kid'] }

describe('earnedBadges', () => {
  it('earns nothing from nothing', () => {
    expect(earnedBadges(none)).toEqual([])
  })

  it('earns first log and streaks on the day they happen', () => {
    const badges = earnedBadges({ ...none, days: days('2026-12-01', 7) })
    expect(badges.map(b => b.id)).toEqual(['first-log', 'streak-7'])
    expect(badges[1]!.earnedAt).toBe(dateToInstant('2026-12-07'))
    expect(codes({ ...none, days: days('2026-12-01', 6) })).toEqual(['first-log'])
    expect(codes({ ...none, days: days('2026-11-01', 30) })).toContain('streak-30')
  })

  it('earns 文明家庭 for a month of ≥ 70% collection with everyone aware at its end', () => {
    const month = days('2026-11-01', 25)
    const everyone = [pass('mum', dateToInstant('2026-11-10')), pass('kid', dateToInstant('2026-11-20'))]
    expect(codes({ ...none, days: month, checks: everyone })).toContain('civilized-family')
    // Half the household aware is not enough, nor a mixed month, nor too few days.
    expect(codes({ ...none, days: month, checks: everyone.slice(0, 1) })).not.toContain('civilized-family')
    expect(codes({ ...none, days: days('2026-11-01', 25, 0), checks: everyone })).not.toContain('civilized-family')
    expect(codes({ ...none, days: days('2026-11-01', 10), checks: everyone })).not.toContain('civilized-family')
  })

  it('earns member badges for passing the check, a three-star round and ten rounds', () => {
    const rounds = [round('kid', 1, 2), round('kid', 2, 3), ...Array.from({ length: 8 }, (_, i) => round('kid', 10 + i, 1))]
    const badges = earnedBadges({ ...none, rounds, checks: [pass('mum', 5)] })
    expect(badges.map(b => [b.id, b.earnedAt])).toEqual([['sorting-hero:mum', 5], ['three-stars:kid', 2], ['ten-rounds:kid', 17]])
  })

  it('earns first lesson when the household first taught a name', () => {
    expect(earnedBadges({ ...none, firstTaughtAt: 42 })).toEqual([{ id: 'first-lesson', code: 'first-lesson', earnedAt: 42 }])
  })
})

describe('newBadges', () => {
  it('keeps only badges not held yet, so each is earned once', () => {
    const earned = earnedBadges({ ...none, days: days('2026-12-01', 7) })
    expect(newBadges(earned, [{ id: 'first-log' }]).map(b => b.id)).toEqual(['streak-7'])
  })
})
