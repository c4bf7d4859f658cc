import type { ClassBattle } from '@/domain/classroom'
import { beforeEach, describe, expect, it } from 'vitest'
import { advance, battleRecord, defaultTeams, startPlay, toggleTeam } from '@/domain/classroom'
import type { SortHeroDb } from '../db'
import { freshDb } from '../testing'
import { recentClassBattles, saveClassBattle } from './classroom'

let db: SortHeroDb
beforeEach(() => {
  db = freshDb()
})

/** A finished two-item teacher-mode battle in which team 0 got both items right. */
function battle(id: string, startedAt: number): ClassBattle {
  let play = startPlay('teacher', 2, [{ id: 'banana', answer: 'kitchen' }, { id: 'battery', answer: 'hazardous' }])
  play = advance(advance(toggleTeam(play, 0)))
  play = advance(advance(toggleTeam(play, 0)))
  return battleRecord({ id, startedAt, finishedAt: startedAt + 60_000, ruleSet: 'national', teams: defaultTeams(2, c => c), play })
}

describe('saveClassBattle', () => {
  it('keeps the battle, and a retry replaces it instead of adding another', async () => {
    await saveClassBattle(db, battle('b1', 1000))
    await saveClassBattle(db, battle('b1', 1000))
    expect(await db.classBattles.toArray()).toEqual([battle('b1', 1000)])
    expect((await db.classBattles.get('b1'))?.teams.map(t => t.score)).toEqual([2, 0])
  })

  it('refuses a record whose scores do not add up, without writing', async () => {
    const spoiled = battle('b1', 1000)
    spoiled.teams[1]!.score = 5
    await expect(saveClassBattle(db, spoiled)).rejects.toThrow('does not hold together')
    expect(await db.classBattles.count()).toBe(0)
  })
})

describe('recentClassBattles', () => {
  it('lists the newest battles first, up to the limit', async () => {
    for (const [id, at] of [['a', 1000], ['c', 3000], ['b', 2000]] as const) await saveClassBattle(db, battle(id, at))
    expect((await recentClassBattles(db)).map(b => b.id)).toEqual(['c', 'b', 'a'])
    expect((await recentClassBattles(db, 2)).map(b => b.id)).toEqual(['c', 'b'])
  })
})
