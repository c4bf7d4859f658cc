import type { Category } from './categories'
import type { BattlePlay, ClassBattle, TeamColour, TeamSetup } from './classroom'
import type { Item } from './item'
import type { RuleSet } from './rules'
import { describe, expect, it } from 'vitest'
import { ALL_ITEMS } from '@/data/items'
import { RULE_SETS } from '@/data/rule-sets'
import { CATEGORIES } from './categories'
import {
  addTeam,
  advance,
  battleRecord,
  chooseBin,
  clampItemCount,
  currentTeam,
  defaultTeams,
  fairItemCount,
  isConsistentBattle,
  isFinished,
  ITEM_COUNT_DEFAULT,
  liveScores,
  pickBattleItems,
  podiumOf,
  rankTeams,
  recolourTeam,
  removeTeam,
  reveal,
  startPlay,
  TEAM_NAME_MAX,
  teamForItem,
  toggleTeam,
  turnsPerTeam,
  validateTeams,
} from './classroom'
import { answerFor } from './rules'

const ZH_NAMES: Record<TeamColour, string> = { red: '红队', blue: '蓝队', green: '绿队', yellow: '黄队', purple: '紫队', orange: '橙队' }
const nameOf = (colour: TeamColour) => ZH_NAMES[colour]
const team = (name: string, colour: TeamColour): TeamSetup => ({ name, colour })

const SUB: { [C in Category]: Extract<Item, { category: C }>['sub'] } = { recyclable: 'paper', hazardous: 'battery', kitchen: 'fruit', other: 'misc' }
function item(id: string, category: Category, extra: { emoji?: string, tip?: boolean } = {}): Item {
  return {
    id,
    zh: id,
    en: id,
    category,
    sub: SUB[category],
    ...(extra.emoji ? { emoji: extra.emoji } : {}),
    ...(extra.tip ? { tip: { zh: '提示', en: 'tip' } } : {}),
  } as Item
}

/** A small deterministic random source (a linear congruential generator). */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const NATIONAL = RULE_SETS.national

describe('teams', () => {
  it.each([
    [2, ['红队', '蓝队']],
    [3, ['红队', '蓝队', '绿队']],
    [6, ['红队', '蓝队', '绿队', '黄队', '紫队', '橙队']],
    [1, ['红队', '蓝队']],
    [9, ['红队', '蓝队', '绿队', '黄队', '紫队', '橙队']],
  ])('gives %i teams default names and distinct colours', (count, names) => {
    const teams = defaultTeams(count, nameOf)
    expect(teams.map(t => t.name)).toEqual(names)
    expect(new Set(teams.map(t => t.colour)).size).toBe(names.length)
    expect(validateTeams(teams).ok).toBe(true)
  })

  it('adds a team in the first free colour whose default name is not taken, up to six', () => {
    expect(addTeam([team('红队', 'red'), team('绿队', 'green')], nameOf)).toEqual([team('红队', 'red'), team('绿队', 'green'), team('蓝队', 'blue')])
    // Blue is free, but a team already calls itself 蓝队: take yellow instead.
    expect(addTeam([team('红队', 'red'), team('蓝队', 'green')], nameOf).at(-1)).toEqual(team('黄队', 'yellow'))
    const six = defaultTeams(6, nameOf)
    expect(addTeam(six, nameOf)).toEqual(six)
  })

  it('removes a team but keeps at least two', () => {
    const three = defaultTeams(3, nameOf)
    expect(removeTeam(three, 1).map(t => t.name)).toEqual(['红队', '绿队'])
    expect(removeTeam(removeTeam(three, 0), 0)).toHaveLength(2)
  })

  it('swaps colours when a team takes a colour another team has', () => {
    const teams = recolourTeam(defaultTeams(3, nameOf), 0, 'green')
    expect(teams.map(t => t.colour)).toEqual(['green', 'blue', 'red'])
    expect(recolourTeam(teams, 1, 'orange').map(t => t.colour)).toEqual(['green', 'orange', 'red'])
  })

  it('cleans valid names', () => {
    expect(validateTeams([team('  小小  分类员 ', 'red'), team('蓝队', 'blue')])).toEqual({ ok: true, value: [team('小小 分类员', 'red'), team('蓝队', 'blue')] })
    expect(validateTeams([team('字'.repeat(TEAM_NAME_MAX), 'red'), team('Blue', 'blue')]).ok).toBe(true)
  })

  it.each([
    ['an empty name', [team('红队', 'red'), team('  ', 'blue')], 'names', [null, 'empty']],
    ['a name that is too long', [team('字'.repeat(TEAM_NAME_MAX + 1), 'red'), team('蓝队', 'blue')], 'names', ['too-long', null]],
    ['a repeated name (on the later team, any case)', [team('Tigers', 'red'), team('蓝队', 'blue'), team(' tigers', 'green')], 'names', [null, null, 'duplicate']],
    ['one team', [team('红队', 'red')], 'too-few', [null]],
    ['seven teams', [...defaultTeams(6, nameOf), team('白队', 'red')], 'too-many', [null, null, null, null, null, null, null]],
    ['two teams in one colour', [team('红队', 'red'), team('蓝队', 'red')], 'colours', [null, null]],
  ] as const)('rejects %s', (_, teams, problem, names) => {
    expect(validateTeams(teams)).toEqual({ ok: false, problem, names })
  })

  it.each([
    [10, 10],
    [4, 4],
    [3, 4],
    [31, 30],
    [7.6, 8],
    [Number.NaN, ITEM_COUNT_DEFAULT],
  ])('keeps an item count of %d at %d', (value, expected) => {
    expect(clampItemCount(value)).toBe(expected)
  })
})

describe('turns', () => {
  it.each([
    [0, 3, 0],
    [1, 3, 1],
    [2, 3, 2],
    [3, 3, 0],
    [7, 2, 1],
  ])('gives item %i of a %i-team battle to team %i', (itemIndex, teams, expected) => {
    expect(teamForItem(itemIndex, teams)).toBe(expected)
  })

  it.each([
    [10, 3, [4, 3, 3]],
    [9, 3, [3, 3, 3]],
    [5, 2, [3, 2]],
    [4, 6, [1, 1, 1, 1, 0, 0]],
  ])('shares %i items among %i teams as %j', (items, teams, expected) => {
    expect(turnsPerTeam(items, teams)).toEqual(expected)
  })

  it.each([
    [9, 3, 9],
    [10, 3, 9],
    [11, 3, 12],
    [10, 4, 12],
    [5, 6, 6],
    [29, 4, 28],
  ])('suggests %i items for %i teams as %i', (items, teams, expected) => {
    expect(fairItemCount(items, teams)).toBe(expected)
  })
})

describe('pickBattleItems', () => {
  // Twelve pictured items per bin (three with tips), plus unpictured ones that should not be needed.
  const pool: Item[] = CATEGORIES.flatMap(category => [
    ...Array.from({ length: 12 }, (_, i) => item(`${category}-${i}`, category, { emoji: `${category}-emoji-${i}`, tip: i < 3 })),
    ...Array.from({ length: 5 }, (_, i) => item(`${category}-plain-${i}`, category)),
  ])
  const categoryOf = (picked: Item, ruleSet: RuleSet = NATIONAL) => answerFor(picked, ruleSet).category

  it.each([1, 2, 3, 4, 5])('represents all four bins in a battle of four items (seed %i)', (seed) => {
    const picked = pickBattleItems(pool, { count: 4, ruleSet: NATIONAL, random: seeded(seed) })
    expect(picked.map(p => categoryOf(p)).sort()).toEqual([...CATEGORIES].sort())
  })

  it('balances the bins, uses pictured items with distinct pictures, and never repeats an item', () => {
    for (const seed of [11, 12, 13]) {
      const picked = pickBattleItems(pool, { count: 10, ruleSet: NATIONAL, random: seeded(seed) })
      expect(picked).toHaveLength(10)
      const perBin = CATEGORIES.map(category => picked.filter(p => categoryOf(p) === category).length)
      expect(Math.max(...perBin) - Math.min(...perBin)).toBeLessThanOrEqual(1)
      expect(picked.every(p => p.emoji)).toBe(true)
      expect(new Set(picked.map(p => p.emoji)).size).toBe(10)
      expect(new Set(picked.map(p => p.id)).size).toBe(10)
    }
  })

  it('prefers items with a new picture, then unpictured items, before repeating a picture', () => {
    const samePicture = [item('a', 'kitchen', { emoji: '🍎' }), item('b', 'kitchen', { emoji: '🍎' }), item('c', 'kitchen')]
    const picked = pickBattleItems(samePicture, { count: 2, ruleSet: NATIONAL, random: seeded(3) })
    expect(picked.map(p => p.id).sort()).toEqual([expect.stringMatching(/^[ab]$/), 'c'].sort())
  })

  it.each([1, 2, 3, 4, 5])('sorts by the rule set it is given (seed %i)', (seed) => {
    // Nationally, four batteries and a medicine are hazardous and no item is residual waste. Under
    // Shanghai's rules ordinary dry batteries are residual waste, so one of them must come up as
    // the residual item, and the medicine as the only hazardous one.
    const batteries = ['aa-battery', 'aaa-battery', 'c-battery', 'd-battery'].map((id, i) => item(id, 'hazardous', { emoji: `battery-${i}` }))
    const filler = (['kitchen', 'recyclable'] as const).flatMap(c => Array.from({ length: 6 }, (_, i) => item(`${c}-${i}`, c, { emoji: `${c}-${i}` })))
    const shanghai = RULE_SETS.shanghai
    const picked = pickBattleItems([...batteries, item('expired-medicine', 'hazardous', { emoji: '💊' }), ...filler], { count: 4, ruleSet: shanghai, random: seeded(seed) })
    expect(picked.map(p => categoryOf(p, shanghai)).sort()).toEqual([...CATEGORIES].sort())
    expect(picked.filter(p => p.id.endsWith('battery'))).toHaveLength(1)
    expect(picked.map(p => p.id)).toContain('expired-medicine')
  })

  it('avoids the previous battle’s items while others are left', () => {
    const first = pickBattleItems(pool, { count: 8, ruleSet: NATIONAL, random: seeded(5) })
    const again = pickBattleItems(pool, { count: 8, ruleSet: NATIONAL, random: seeded(5), avoid: new Set(first.map(p => p.id)) })
    expect(again.filter(p => first.includes(p))).toEqual([])
  })

  it('returns what there is when asked for more than the pool holds', () => {
    expect(pickBattleItems(pool.slice(0, 3), { count: 10, ruleSet: NATIONAL, random: seeded(1) })).toHaveLength(3)
  })

  it('draws everyday pictured items from the real knowledge base', () => {
    const picked = pickBattleItems(ALL_ITEMS, { count: 10, ruleSet: NATIONAL, random: seeded(42) })
    expect(picked.every(p => p.emoji)).toBe(true)
    expect(new Set(picked.map(p => p.emoji)).size).toBe(10)
    expect(new Set(picked.map(p => categoryOf(p)))).toEqual(new Set(CATEGORIES))
  })
})

describe('play', () => {
  const items = [
    { id: 'banana', answer: 'kitchen' as const },
    { id: 'battery', answer: 'hazardous' as const },
    { id: 'bottle', answer: 'recyclable' as const },
    { id: 'tissue', answer: 'other' as const },
  ]

  it('in teacher mode, marks teams before or after the reveal and scores them on "next"', () => {
    let play = startPlay('teacher', 3, items)
    play = toggleTeam(play, 0)
    play = toggleTeam(play, 2)
    expect(liveScores(play)).toEqual([1, 0, 1])
    play = advance(play)
    expect(play.phase).toBe('revealed')
    play = toggleTeam(play, 2)
    play = toggleTeam(play, 1)
    play = advance(play)
    expect(play.results).toEqual([{ itemId: 'banana', answer: 'kitchen', correctTeams: [0, 1] }])
    expect(play.phase).toBe('asking')
    expect(play.marked).toEqual([])
    // Item 2: nobody; item 3: teams 0 and 2; item 4: team 2 only.
    play = advance(advance(play))
    for (const t of [0, 2]) play = toggleTeam(play, t)
    play = advance(advance(play))
    play = advance(advance(toggleTeam(play, 2)))
    expect(isFinished(play)).toBe(true)
    expect(liveScores(play)).toEqual([2, 1, 2])
    expect(advance(play)).toBe(play)
  })

  it('in turns mode, gives each item to the next team and scores its pick', () => {
    let play = startPlay('turns', 3, items)
    const picks: Category[] = ['kitchen', 'recyclable', 'recyclable', 'other']
    const teams: Array<number | null> = []
    for (const pick of picks) {
      teams.push(currentTeam(play))
      play = chooseBin(play, pick)
      expect(play.phase).toBe('revealed')
      play = advance(play)
    }
    expect(teams).toEqual([0, 1, 2, 0])
    expect(play.results.map(r => r.correctTeams)).toEqual([[0], [], [2], [0]])
    expect(play.results[1]!.turn).toEqual({ team: 1, chosen: 'recyclable' })
    expect(liveScores(play)).toEqual([2, 0, 1])
    expect(currentTeam(play)).toBeNull()
  })

  it('in turns mode, counts a team that did not choose as not right', () => {
    const play = advance(advance(startPlay('turns', 2, items)))
    expect(play.results).toEqual([{ itemId: 'banana', answer: 'kitchen', correctTeams: [], turn: { team: 0, chosen: null } }])
  })

  it.each([
    ['a team toggle in turns mode', (p: BattlePlay) => toggleTeam(p, 0), startPlay('turns', 2, items)],
    ['a bin pick in teacher mode', (p: BattlePlay) => chooseBin(p, 'kitchen'), startPlay('teacher', 2, items)],
    ['a second pick after the reveal', (p: BattlePlay) => chooseBin(p, 'other'), chooseBin(startPlay('turns', 2, items), 'kitchen')],
    ['a toggle of a team that does not exist', (p: BattlePlay) => toggleTeam(p, 5), startPlay('teacher', 2, items)],
    ['a reveal that has happened', (p: BattlePlay) => reveal(p), reveal(startPlay('teacher', 2, items))],
  ])('ignores %s', (_, step, play) => {
    expect(step(play)).toBe(play)
  })

  it('shows a turn team’s score only once its pick is revealed', () => {
    const play = startPlay('turns', 2, items)
    expect(liveScores(play)).toEqual([0, 0])
    expect(liveScores(chooseBin(play, 'kitchen'))).toEqual([1, 0])
  })
})

describe('ranking and podium', () => {
  const scored = (...scores: number[]) => scores.map((score, i) => ({ name: `T${i}`, score }))

  it.each([
    ['distinct scores', [3, 5, 4], [[1, 1], [2, 2], [0, 3]]],
    ['a tie for first', [5, 5, 3], [[0, 1], [1, 1], [2, 3]]],
    ['a tie for second', [2, 4, 2, 1], [[1, 1], [0, 2], [2, 2], [3, 4]]],
    ['everyone level', [0, 0, 0], [[0, 1], [1, 1], [2, 1]]],
  ])('ranks %s with shared places', (_, scores, expected) => {
    expect(rankTeams(scored(...scores)).map(r => [r.index, r.place])).toEqual(expected)
  })

  it('marks tied teams', () => {
    expect(rankTeams(scored(5, 5, 3)).map(r => r.tied)).toEqual([true, true, false])
  })

  it.each([
    ['distinct scores', [3, 5, 4, 1], [[1, [1]], [2, [2]], [3, [0]]]],
    ['two firsts, then a third', [5, 5, 3], [[1, [0, 1]], [3, [2]]]],
    ['a shared second, nobody third', [4, 3, 3, 1], [[1, [0]], [2, [1, 2]]]],
    ['everyone level', [2, 2, 2, 2], [[1, [0, 1, 2, 3]]]],
  ])('puts %s on the podium', (_, scores, expected) => {
    expect(podiumOf(rankTeams(scored(...scores))).map(step => [step.place, step.teams.map(t => t.index)])).toEqual(expected)
  })
})

describe('the battle record', () => {
  const teams = defaultTeams(3, nameOf)
  const items = [{ id: 'banana', answer: 'kitchen' as const }, { id: 'battery', answer: 'hazardous' as const }, { id: 'bottle', answer: 'recyclable' as const }]

  function played(): BattlePlay {
    let play = startPlay('turns', 3, items)
    for (const pick of ['kitchen', 'other', 'recyclable'] as const) play = advance(chooseBin(play, pick))
    return play
  }
  const record = (): ClassBattle => battleRecord({ id: 'b1', startedAt: 1000, finishedAt: 5000, ruleSet: 'national', teams, play: played() })

  it('keeps the teams with their final scores, the items and every result', () => {
    expect(record()).toMatchObject({
      id: 'b1',
      mode: 'turns',
      ruleSet: 'national',
      teams: [{ name: '红队', colour: 'red', score: 1 }, { name: '蓝队', colour: 'blue', score: 0 }, { name: '绿队', colour: 'green', score: 1 }],
      itemIds: ['banana', 'battery', 'bottle'],
    })
    expect(record().results).toHaveLength(3)
    expect(isConsistentBattle(record())).toBe(true)
  })

  it.each([
    ['a score the results do not add up to', (b: ClassBattle) => { b.teams[1]!.score = 3 }],
    ['a missing result', (b: ClassBattle) => { b.results.pop() }],
    ['a result for another team than whose turn it was', (b: ClassBattle) => { b.results[0]!.turn!.team = 2 }],
    ['a right answer credited for a wrong pick', (b: ClassBattle) => { b.results[1]!.correctTeams = [1] }],
    ['an unknown team', (b: ClassBattle) => { b.results[0]!.correctTeams = [7] }],
    ['a single team', (b: ClassBattle) => { b.teams.splice(1) }],
    ['an end before the start', (b: ClassBattle) => { b.finishedAt = 0 }],
  ])('is refused with %s', (_, spoil) => {
    const battle = record()
    spoil(battle)
    expect(isConsistentBattle(battle)).toBe(false)
  })
})
