import type { Category } from './categories'
import type { Item } from './item'
import type { RuleSet, RuleSetId } from './rules'
import { CATEGORIES } from './categories'
import { answerFor } from './rules'

/**
 * The classroom battle: teams of a class compete at sorting items on the teacher's screen.
 * Everything here is plain data and pure functions: team defaults and validation, the order of
 * turns, the play itself as a small state machine, scores, ranking with ties and the podium.
 * Names and colours shown to users live in the i18n messages and the CSS; this module only holds
 * identifiers.
 */

/** A battle has two to six teams. */
export const TEAM_MIN = 2
export const TEAM_MAX = 6
/** Longest team name, in characters as people count them (一个汉字 = 1). */
export const TEAM_NAME_MAX = 12

/** Team colours, in the order new teams get them. Six, so every team of a full battle differs. */
export const TEAM_COLOURS = ['red', 'blue', 'green', 'yellow', 'purple', 'orange'] as const
export type TeamColour = (typeof TEAM_COLOURS)[number]

/**
 * How answers are judged. `teacher`: every team answers every item and the teacher marks the
 * teams that got it right. `turns`: each item goes to the next team, who picks a bin.
 */
export const JUDGING_MODES = ['teacher', 'turns'] as const
export type JudgingMode = (typeof JUDGING_MODES)[number]

/** Items per battle: at least four, so that every bin comes up; ten unless the teacher says otherwise. */
export const ITEM_COUNT_MIN = 4
export const ITEM_COUNT_MAX = 30
export const ITEM_COUNT_DEFAULT = 10

/** Points for a right answer, in either mode. Wrong answers cost nothing. */
export const POINTS_PER_RIGHT_ANSWER = 1

/** A team as the teacher sets it up. */
export interface TeamSetup {
  name: string
  colour: TeamColour
}

/** A team with its score, as the scoreboard shows it and a finished battle keeps it. */
export interface BattleTeam extends TeamSetup {
  score: number
}

/** What happened with one item of a battle. Teams are named by their index in the battle. */
export interface ItemResult {
  itemId: string
  /** The right bin under the rule set the battle was played with. */
  answer: Category
  /** The teams judged right, in team order. */
  correctTeams: number[]
  /** Turns mode: whose turn it was and the bin they chose (null when they did not choose). */
  turn?: { team: number, chosen: Category | null }
}

/** A finished battle as kept on the teacher's device (the `classBattles` table). */
export interface ClassBattle {
  id: string
  /** UTC milliseconds. */
  startedAt: number
  finishedAt: number
  mode: JudgingMode
  ruleSet: RuleSetId
  teams: BattleTeam[]
  itemIds: string[]
  /** One per item, in the order played. */
  results: ItemResult[]
}

/** True when `value` is one of the six team colour ids. */
export function isTeamColour(value: unknown): value is TeamColour {
  return typeof value === 'string' && (TEAM_COLOURS as readonly string[]).includes(value)
}

/** True when `value` is a judging mode id. */
export function isJudgingMode(value: unknown): value is JudgingMode {
  return typeof value === 'string' && (JUDGING_MODES as readonly string[]).includes(value)
}

// ---- teams ----

/**
 * The first `count` teams with their default colours and names (`nameOf` gives a colour's team
 * name in the UI language: 红队, Red …). `count` is kept within 2–6.
 */
export function defaultTeams(count: number, nameOf: (colour: TeamColour) => string): TeamSetup[] {
  const wanted = Math.min(TEAM_MAX, Math.max(TEAM_MIN, Math.round(count)))
  return TEAM_COLOURS.slice(0, wanted).map(colour => ({ name: nameOf(colour), colour }))
}

/**
 * Adds a team in the first colour no team has, named after it; prefers a colour whose default
 * name no team has taken. Returns the teams unchanged when there are already six.
 */
export function addTeam(teams: readonly TeamSetup[], nameOf: (colour: TeamColour) => string): TeamSetup[] {
  if (teams.length >= TEAM_MAX) return [...teams]
  const free = TEAM_COLOURS.filter(colour => !teams.some(team => team.colour === colour))
  const taken = new Set(teams.map(team => nameKey(team.name)))
  const colour = free.find(c => !taken.has(nameKey(nameOf(c)))) ?? free[0]!
  return [...teams, { name: nameOf(colour), colour }]
}

/** Removes the team at `index`, unless that would leave fewer than two. */
export function removeTeam(teams: readonly TeamSetup[], index: number): TeamSetup[] {
  if (teams.length <= TEAM_MIN) return [...teams]
  return teams.filter((_, i) => i !== index)
}

/**
 * Gives the team at `index` another colour. The team that had that colour takes the old one in
 * exchange, so colours stay distinct without the teacher having to untangle them.
 */
export function recolourTeam(teams: readonly TeamSetup[], index: number, colour: TeamColour): TeamSetup[] {
  const current = teams[index]
  if (!current) return [...teams]
  return teams.map((team, i) => {
    if (i === index) return { ...team, colour }
    if (team.colour === colour) return { ...team, colour: current.colour }
    return team
  })
}

/** What can be wrong with one team's name (messages under `classroom.problem`). */
export type TeamNameProblem = 'empty' | 'too-long' | 'duplicate'
/** What can be wrong with the teams as a whole; `names` means at least one name is wrong. */
export type TeamsProblem = 'too-few' | 'too-many' | 'colours' | 'names'

/**
 * The outcome of checking the teams: the cleaned teams, or the first problem with, for each team,
 * what is wrong with its name (null where the name is fine).
 */
export type TeamsCheck =
  | { ok: true, value: TeamSetup[] }
  | { ok: false, problem: TeamsProblem, names: Array<TeamNameProblem | null> }

/** A team name as typed, trimmed and with inner whitespace collapsed. */
export function cleanTeamName(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ')
}

function nameKey(name: string): string {
  return cleanTeamName(name).toLocaleLowerCase()
}

function characterCount(text: string): number {
  return Array.from(new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(text)).length
}

/**
 * Checks a battle's teams: 2–6 of them, each with a non-empty name of at most 12 characters that
 * no earlier team has (compared case-insensitively), and no two with the same colour. A repeated
 * name is reported on the later team, the one the teacher is most likely editing.
 */
export function validateTeams(teams: readonly TeamSetup[]): TeamsCheck {
  const seen = new Set<string>()
  const names = teams.map((team): TeamNameProblem | null => {
    const name = cleanTeamName(team.name)
    if (!name) return 'empty'
    if (characterCount(name) > TEAM_NAME_MAX) return 'too-long'
    const key = nameKey(name)
    if (seen.has(key)) return 'duplicate'
    seen.add(key)
    return null
  })
  const fail = (problem: TeamsProblem): TeamsCheck => ({ ok: false, problem, names })
  if (teams.length < TEAM_MIN) return fail('too-few')
  if (teams.length > TEAM_MAX) return fail('too-many')
  if (names.some(problem => problem !== null)) return fail('names')
  if (new Set(teams.map(team => team.colour)).size !== teams.length || !teams.every(team => isTeamColour(team.colour))) return fail('colours')
  return { ok: true, value: teams.map(team => ({ name: cleanTeamName(team.name), colour: team.colour })) }
}

/** An item count as typed, made whole and kept within 4–30 (the default for anything unreadable). */
export function clampItemCount(value: number): number {
  if (!Number.isFinite(value)) return ITEM_COUNT_DEFAULT
  return Math.min(ITEM_COUNT_MAX, Math.max(ITEM_COUNT_MIN, Math.round(value)))
}

// ---- turns ----

/** Turns mode: which team answers the item at `itemIndex` (0-based). Teams go round in order. */
export function teamForItem(itemIndex: number, teamCount: number): number {
  return itemIndex % teamCount
}

/** Turns mode: how many items each team gets in a battle of `itemCount` items. */
export function turnsPerTeam(itemCount: number, teamCount: number): number[] {
  return Array.from({ length: teamCount }, (_, team) => Math.floor(itemCount / teamCount) + (team < itemCount % teamCount ? 1 : 0))
}

/**
 * Turns mode: the item count nearest to `itemCount` (within 4–30) that gives every team the same
 * number of turns, preferring more items on a tie; `itemCount` itself when it already does.
 */
export function fairItemCount(itemCount: number, teamCount: number): number {
  if (itemCount % teamCount === 0) return itemCount
  const lower = Math.floor(itemCount / teamCount) * teamCount
  const upper = lower + teamCount
  const candidates = [upper, lower].filter(n => n >= ITEM_COUNT_MIN && n <= ITEM_COUNT_MAX)
  if (candidates.length === 0) return itemCount
  return candidates.reduce((best, n) => (Math.abs(n - itemCount) < Math.abs(best - itemCount) ? n : best))
}

// ---- choosing items ----

/** Options of `pickBattleItems`. */
export interface PickOptions {
  count: number
  /** The rule set that answers the items: every bin should be represented under it. */
  ruleSet: RuleSet
  /** A random number in [0, 1); `Math.random` unless a test fixes it. */
  random?: () => number
  /** Item ids to use only when nothing else is left (the previous battle's, for "play again"). */
  avoid?: ReadonlySet<string>
}

/** Everyday items with a picture, and among those the ones with a tip to show, come first. */
function itemWeight(item: Item): number {
  return item.tip ? 3 : 2
}

function shuffled<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

function pickWeighted(candidates: readonly Item[], random: () => number): Item | undefined {
  const total = candidates.reduce((sum, item) => sum + itemWeight(item), 0)
  let ticket = random() * total
  for (const item of candidates) {
    ticket -= itemWeight(item)
    if (ticket < 0) return item
  }
  return candidates.at(-1)
}

/**
 * Chooses the items of a battle from the knowledge base. Items with an emoji (a picture the back
 * row can see) whose emoji is not already on the list are preferred, and among them those with a
 * tip; items without a picture are used only when no such item is left. The bins take turns, so
 * every bin is represented once there are four items and no bin gets more than one item above
 * any other; the order is then shuffled so that the bins do not come round predictably.
 */
export function pickBattleItems(items: readonly Item[], options: PickOptions): Item[] {
  const random = options.random ?? Math.random
  const avoid = options.avoid ?? new Set<string>()
  const byCategory = new Map<Category, Item[]>(CATEGORIES.map(category => [category, []]))
  for (const item of items) byCategory.get(answerFor(item, options.ruleSet).category)!.push(item)

  const picked: Item[] = []
  const usedIds = new Set<string>()
  const usedEmoji = new Set<string>()
  const wanted = Math.min(Math.max(0, Math.floor(options.count)), items.length)

  function pickFrom(category: Category): Item | undefined {
    const open = byCategory.get(category)!.filter(item => !usedIds.has(item.id))
    // Preference tiers, best first; the first tier with anything in it is drawn from.
    const tiers = [
      open.filter(item => item.emoji && !usedEmoji.has(item.emoji) && !avoid.has(item.id)),
      open.filter(item => item.emoji && !usedEmoji.has(item.emoji)),
      open.filter(item => !item.emoji && !avoid.has(item.id)),
      open,
    ]
    const tier = tiers.find(candidates => candidates.length > 0)
    return tier ? pickWeighted(tier, random) : undefined
  }

  while (picked.length < wanted) {
    const before = picked.length
    for (const category of shuffled(CATEGORIES, random)) {
      if (picked.length >= wanted) break
      const item = pickFrom(category)
      if (!item) continue
      picked.push(item)
      usedIds.add(item.id)
      if (item.emoji) usedEmoji.add(item.emoji)
    }
    if (picked.length === before) break
  }
  return shuffled(picked, random)
}

// ---- play ----

/** `asking`: the answer is hidden; `revealed`: the right bin and its reason are on screen. */
export type PlayPhase = 'asking' | 'revealed'

/**
 * A battle in progress. `results` holds the finished items; the item being played is the next
 * one, with what has been judged about it so far (`marked`, `chosen`).
 */
export interface BattlePlay {
  mode: JudgingMode
  teamCount: number
  itemIds: readonly string[]
  /** The right bin of each item, under the battle's rule set. */
  answers: readonly Category[]
  results: readonly ItemResult[]
  phase: PlayPhase
  /** Teacher mode: the teams marked right for the current item, in team order. */
  marked: readonly number[]
  /** Turns mode: the bin the current team chose. */
  chosen: Category | null
}

/** A new battle at its first item. `items` are the chosen items with their right bins. */
export function startPlay(mode: JudgingMode, teamCount: number, items: ReadonlyArray<{ id: string, answer: Category }>): BattlePlay {
  return { mode, teamCount, itemIds: items.map(i => i.id), answers: items.map(i => i.answer), results: [], phase: 'asking', marked: [], chosen: null }
}

/** The 0-based index of the item being played (equal to the item count once finished). */
export function currentItemIndex(play: BattlePlay): number {
  return play.results.length
}

/** True once every item has been played. */
export function isFinished(play: BattlePlay): boolean {
  return play.results.length >= play.itemIds.length
}

/** Turns mode: the team whose turn it is; null in teacher mode or when the battle is over. */
export function currentTeam(play: BattlePlay): number | null {
  if (play.mode !== 'turns' || isFinished(play)) return null
  return teamForItem(currentItemIndex(play), play.teamCount)
}

/** Teacher mode: marks a team right for the current item, or unmarks it. Allowed before and after the reveal. */
export function toggleTeam(play: BattlePlay, team: number): BattlePlay {
  if (play.mode !== 'teacher' || isFinished(play) || !Number.isInteger(team) || team < 0 || team >= play.teamCount) return play
  const marked = play.marked.includes(team) ? play.marked.filter(t => t !== team) : [...play.marked, team].sort((a, b) => a - b)
  return { ...play, marked }
}

/** Turns mode: the current team picks a bin, which reveals the answer. Ignored once revealed. */
export function chooseBin(play: BattlePlay, category: Category): BattlePlay {
  if (play.mode !== 'turns' || play.phase !== 'asking' || isFinished(play)) return play
  return { ...play, chosen: category, phase: 'revealed' }
}

/** Shows the right bin of the current item (in turns mode without a choice, the team passed). */
export function reveal(play: BattlePlay): BattlePlay {
  if (play.phase !== 'asking' || isFinished(play)) return play
  return { ...play, phase: 'revealed' }
}

/** The result the current item would get if the battle moved on now. */
function pendingResult(play: BattlePlay): ItemResult {
  const index = currentItemIndex(play)
  const answer = play.answers[index]!
  const itemId = play.itemIds[index]!
  if (play.mode === 'teacher') return { itemId, answer, correctTeams: [...play.marked] }
  const team = teamForItem(index, play.teamCount)
  return { itemId, answer, correctTeams: play.chosen === answer ? [team] : [], turn: { team, chosen: play.chosen } }
}

/**
 * The "next" step, one key for everything: reveals the answer when it is still hidden, otherwise
 * records the current item's result and moves to the next item.
 */
export function advance(play: BattlePlay): BattlePlay {
  if (isFinished(play)) return play
  if (play.phase === 'asking') return reveal(play)
  return { ...play, results: [...play.results, pendingResult(play)], phase: 'asking', marked: [], chosen: null }
}

/** Each team's score from the results of a battle. */
export function scoresOf(teamCount: number, results: readonly ItemResult[]): number[] {
  const scores = Array.from({ length: teamCount }, () => 0)
  for (const result of results) {
    for (const team of result.correctTeams) {
      if (team >= 0 && team < teamCount) scores[team]! += POINTS_PER_RIGHT_ANSWER
    }
  }
  return scores
}

/**
 * The scores to show now: the finished items, plus the current item once it has been judged
 * (teams marked right, or a team's revealed choice), so the scoreboard moves as the teacher taps.
 */
export function liveScores(play: BattlePlay): number[] {
  const judged = !isFinished(play) && (play.mode === 'teacher' || play.phase === 'revealed')
  return scoresOf(play.teamCount, judged ? [...play.results, pendingResult(play)] : play.results)
}

// ---- ranking ----

/** A team's line in the final ranking. */
export interface RankedTeam<T> {
  team: T
  /** The team's index in the battle. */
  index: number
  /** 1-based; equal scores share a place and the next place is skipped (1, 1, 3). */
  place: number
  /** True when another team has the same place. */
  tied: boolean
}

/**
 * Ranks teams by score, highest first, with standard competition ranking: equal scores share a
 * place and the places after them are skipped, as on a sports table (5, 5, 3 points → 1st, 1st,
 * 3rd). Tied teams keep their battle order.
 */
export function rankTeams<T extends { score: number }>(teams: readonly T[]): Array<RankedTeam<T>> {
  const order = teams.map((team, index) => ({ team, index })).sort((a, b) => b.team.score - a.team.score || a.index - b.index)
  const ranked = order.map(({ team, index }) => ({ team, index, place: order.findIndex(other => other.team.score === team.score) + 1, tied: false }))
  for (const entry of ranked) entry.tied = ranked.some(other => other !== entry && other.place === entry.place)
  return ranked
}

/** One step of the podium, with every team that shares that place. */
export interface PodiumStep<T> {
  place: 1 | 2 | 3
  teams: Array<RankedTeam<T>>
}

/**
 * The podium: the places 1 to 3 that someone holds, each with its teams, best place first. With
 * ties a step can hold several teams and a place can be missing (two firsts, then a third).
 */
export function podiumOf<T>(ranking: ReadonlyArray<RankedTeam<T>>): Array<PodiumStep<T>> {
  const steps: Array<PodiumStep<T>> = []
  for (const place of [1, 2, 3] as const) {
    const teams = ranking.filter(entry => entry.place === place)
    if (teams.length > 0) steps.push({ place, teams })
  }
  return steps
}

// ---- the record ----

/** The record kept when a battle ends: teams with their final scores, items and results. */
export function battleRecord(battle: { id: string, startedAt: number, finishedAt: number, ruleSet: RuleSetId, teams: readonly TeamSetup[], play: BattlePlay }): ClassBattle {
  const { play } = battle
  const scores = scoresOf(battle.teams.length, play.results)
  return {
    id: battle.id,
    startedAt: battle.startedAt,
    finishedAt: battle.finishedAt,
    mode: play.mode,
    ruleSet: battle.ruleSet,
    teams: battle.teams.map((team, i) => ({ name: team.name, colour: team.colour, score: scores[i]! })),
    itemIds: [...play.itemIds],
    results: play.results.map(result => ({ ...result, correctTeams: [...result.correctTeams], ...(result.turn ? { turn: { ...result.turn } } : {}) })),
  }
}

/**
 * True when a battle record holds together: valid teams, one result per item in order, results
 * that name existing teams, and scores equal to what the results add up to. Repositories refuse
 * anything else, so the class page can trust what it reads.
 */
export function isConsistentBattle(battle: ClassBattle): boolean {
  if (!isJudgingMode(battle.mode) || battle.finishedAt < battle.startedAt) return false
  if (!validateTeams(battle.teams).ok) return false
  if (battle.results.length !== battle.itemIds.length) return false
  const teamCount = battle.teams.length
  const resultsFit = battle.results.every((result, i) =>
    result.itemId === battle.itemIds[i]
    && result.correctTeams.every(team => Number.isInteger(team) && team >= 0 && team < teamCount)
    && new Set(result.correctTeams).size === result.correctTeams.length
    && (battle.mode === 'turns') === (result.turn !== undefined)
    && (!result.turn || (result.turn.team === teamForItem(i, teamCount)
      && result.correctTeams.join() === (result.turn.chosen === result.answer ? String(result.turn.team) : ''))))
  if (!resultsFit) return false
  const scores = scoresOf(teamCount, battle.results)
  return battle.teams.every((team, i) => team.score === scores[i])
}
