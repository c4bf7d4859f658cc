import type { Category, SubType } from './categories'
import type { Bilingual } from './item'

/**
 * Reading a query the way people write it: the thing comes last (酸奶瓶 is a bottle), words in
 * front of it may change the bin (沾油的纸, 大骨头), question phrases and fillers say nothing
 * (香蕉皮是什么垃圾, 一个电池), and a thing nobody listed can still be judged from its form and
 * material (某某牌塑料瓶 → a plastic bottle).
 *
 * This module holds the pure rules; the words themselves are data (`src/data/guess-table.ts`),
 * passed in as a `Lexicon`. The search (`search.ts`) finds the head noun among the knowledge
 * base's names and asks these functions what the rest of the query means.
 */

/**
 * What a word in front of the thing (or a state after it) does to it:
 * - `soiled`: greasy, dirty or with food left (沾油的, 脏的, 吃完的): clean paper and plastic
 *   packaging stop being recyclable;
 * - `wet`: soaked (湿的): paper stops being recyclable;
 * - `empty`: nothing left inside (空的, 用完的): a container of medicine or chemicals may become
 *   an ordinary container;
 * - `large` / `small`: size (大骨头 vs 小骨头);
 * - `neutral`: words that say nothing about the bin (用过的, 旧的, 坏掉的, 过期的).
 */
export const MODIFIER_EFFECTS = ['soiled', 'wet', 'empty', 'large', 'small', 'neutral'] as const
export type ModifierEffect = (typeof MODIFIER_EFFECTS)[number]

/** Words with one effect, in Chinese and (optionally) English. */
export interface ModifierWords {
  effect: ModifierEffect
  zh: readonly string[]
  en?: readonly string[]
}

/** What an item named inside the query must be for a rule to apply (农药 in 农药瓶). */
export interface ContentsCondition {
  category: Category
  /** Any sub-type of the category when absent. */
  subs?: readonly SubType[]
}

/**
 * One row of the guess table: a thing ending in one of `forms`, made of one of `materials`,
 * holding `contents`, with `words` before the form and carrying `effect`, is judged as `item`.
 * Every condition given must hold; rows are tried in order and the first that holds wins.
 */
export interface GuessRule {
  /** What the query must end with (瓶, 瓶子, 包装袋); '' matches any ending. */
  forms: readonly string[]
  /** Material words, one of which must come before the form (塑料, 玻璃). */
  materials?: readonly string[]
  /** Other words, one of which must come before the form (贝, 螺 for hard shells). */
  words?: readonly string[]
  /** What an item named before the form must be (a medicine, a pesticide, a food). */
  contents?: ContentsCondition
  /** A modifier effect the query must carry. */
  effect?: ModifierEffect
  /** Id of the knowledge-base item the thing is judged as; its bin follows the rule set. */
  item: string
  /** What the answer assumed, for "按{zh}判断 · judged as {en}". */
  assumed: Bilingual
}

/** A whole class of items that becomes another item under an effect (recyclable paper + soiled). */
export interface ClassVariant {
  effect: ModifierEffect
  category: Category
  subs?: readonly SubType[]
  item: string
  assumed: Bilingual
}

/** The words and rules `search` uses to understand a query. All of it is data. */
export interface Lexicon {
  /** Taken off the end of a query (the longest that fits first): 是什么垃圾, 怎么扔, 的, 了. */
  trailing: readonly string[]
  /** Taken off the start: 请问, 这个, 一个. */
  leading: readonly string[]
  /** States written after the thing (坏了, 没电了, 碎了), read as modifiers. */
  trailingStates: readonly ModifierWords[]
  /** Words in front of the thing that may change its bin. */
  modifiers: readonly ModifierWords[]
  /**
   * Words that are not things but separate words in a query (materials, connectors such as
   * 上的, 里的, 装过): a name cut in two by the head noun is acceptable when the part before the
   * head ends in one of these or in a known name (塑料 | 瓶盖, not 酸 | 奶瓶).
   */
  words: readonly string[]
  /** item id → the item it becomes under an effect (clean takeaway box + soiled → greasy one). */
  variants: Readonly<Record<string, Partial<Record<ModifierEffect, string>>>>
  /** Tried when `variants` has nothing for the item. */
  classVariants: readonly ClassVariant[]
  /** Guesses from form and material, tried in order. */
  guesses: readonly GuessRule[]
  /**
   * Items that name a kind rather than a thing (塑料瓶, 电池, 纸盒). As the head of a query with
   * words in front that are not known names or words (某某牌塑料瓶), the answer is judged, not
   * known: a guess that says what it assumed.
   */
  kinds: readonly string[]
}

/** What a query says besides the thing itself. */
export interface QueryParts {
  /** The query without question phrases, fillers, particles and trailing states. */
  core: string
  /** Effects of the trailing states that were taken off (碎了, 没电了). */
  effects: ModifierEffect[]
}

/** Numbers and measure words in front of the thing: 一个, 两节, 3瓶, 一大袋. */
const LEADING_COUNT = /^(?:[0-9]+|[一二两三四五六七八九十几半每这那]+)[大小]?(?:个|只|块|张|瓶|袋|盒|包|根|支|节|片|颗|粒|双|件|条|本|罐|桶|箱|把|堆|些|点|杯|碗|盘|串|份|套|副|枚|盏|台|部)/
/** The same after the thing: 电池两节, 香蕉皮一块. */
const TRAILING_COUNT = /(?:[0-9]+|[一二两三四五六七八九十几半]+)(?:个|只|块|张|瓶|袋|盒|包|根|支|节|片|颗|粒|双|件|条|本|罐|桶|箱|把|堆|些|点)$/

/**
 * Takes question phrases, fillers, counts, particles and trailing states off a normalized query
 * (`normalizeChinese`), keeping at least one character: "这个香蕉皮是什么垃圾" → 香蕉皮,
 * "电池没电了" → 电池 (with the state's effect), "的" stays "的".
 */
export function stripQuery(lexicon: Lexicon, key: string): QueryParts {
  let core = key
  const effects: ModifierEffect[] = []
  for (let changed = true; changed;) {
    changed = false
    // The longest phrase that ends the query goes first (没电了 before 了).
    let cut = ''
    let effect: ModifierEffect | undefined
    for (const word of lexicon.trailing) {
      if (word.length > cut.length && core.length > word.length && core.endsWith(word)) {
        cut = word
        effect = undefined
      }
    }
    for (const state of lexicon.trailingStates) {
      for (const word of state.zh) {
        if (word.length > cut.length && core.length > word.length && core.endsWith(word)) {
          cut = word
          effect = state.effect
        }
      }
    }
    if (cut) {
      core = core.slice(0, -cut.length)
      if (effect) effects.push(effect)
      changed = true
      continue
    }
    const count = TRAILING_COUNT.exec(core)
    if (count && count.index > 0) {
      core = core.slice(0, count.index)
      changed = true
      continue
    }
    const lead = lexicon.leading.find(w => core.length > w.length && core.startsWith(w))
    if (lead) {
      core = core.slice(lead.length)
      changed = true
      continue
    }
    // Only where two characters or more remain: 四件套 is a thing, not four of 套.
    const leadCount = LEADING_COUNT.exec(core)
    if (leadCount && leadCount[0].length + 1 < core.length) {
      core = core.slice(leadCount[0].length)
      changed = true
    }
  }
  return { core, effects }
}

/**
 * Spellings worth trying when the core is not a name as written: a child's doubled last
 * character (香蕉皮皮, 饭饭) and a trailing 子 or 儿 on a form (瓶子 → 瓶, 花瓣儿 → 花瓣).
 */
export function coreVariants(core: string): string[] {
  const chars = Array.from(core)
  const variants: string[] = []
  const last = chars[chars.length - 1]
  if (chars.length >= 3 && last === chars[chars.length - 2]) variants.push(chars.slice(0, -1).join(''))
  if (chars.length >= 3 && (last === '子' || last === '儿')) variants.push(chars.slice(0, -1).join(''))
  return variants
}

/** The effects of the modifier words found in `text` (the part of a query before the thing). */
export function modifierEffects(lexicon: Lexicon, text: string): ModifierEffect[] {
  if (!text) return []
  const effects: ModifierEffect[] = []
  for (const group of lexicon.modifiers) {
    if (group.zh.some(word => text.includes(word))) effects.push(group.effect)
  }
  return effects
}

/** The effects of English modifier words among `words` (lower case). */
export function englishModifierEffects(lexicon: Lexicon, words: readonly string[]): ModifierEffect[] {
  const effects: ModifierEffect[] = []
  for (const group of lexicon.modifiers) {
    if (group.en?.some(word => words.includes(word))) effects.push(group.effect)
  }
  return effects
}

/** An item as the rules need to know it. */
export interface ItemFacts {
  id: string
  category: Category
  sub: SubType
}

/** What the thing became: another item, and whether the change was a judgement (a guess). */
export interface Variant {
  item: string
  /** Set when a whole class was judged (paper + soiled → soiled paper): the answer is a guess. */
  assumed?: Bilingual
}

const EFFECT_ORDER: readonly ModifierEffect[] = ['empty', 'soiled', 'wet', 'large', 'small']

/**
 * The item `head` becomes under `effects`: first the item's own variants (clean takeaway box +
 * soiled → the greasy one: a sure answer), then class variants (any recyclable paper + wet →
 * soiled paper: a guess). Undefined when the effects change nothing.
 */
export function variantFor(lexicon: Lexicon, head: ItemFacts, effects: readonly ModifierEffect[]): Variant | undefined {
  if (effects.length === 0) return undefined
  const own = lexicon.variants[head.id]
  for (const effect of EFFECT_ORDER) {
    if (!effects.includes(effect)) continue
    const to = own?.[effect]
    if (to) return to === head.id ? undefined : { item: to }
  }
  for (const effect of EFFECT_ORDER) {
    if (!effects.includes(effect)) continue
    const rule = lexicon.classVariants.find(v => v.effect === effect && v.category === head.category && (!v.subs || v.subs.includes(head.sub)))
    if (rule && rule.item !== head.id) return { item: rule.item, assumed: rule.assumed }
  }
  return undefined
}

/** A guess: the item the thing is judged as, what was assumed, and the row that decided it. */
export interface Guess {
  item: string
  assumed: Bilingual
  /** Index of the rule in `lexicon.guesses`. */
  rule: number
  /** The form the query ended with ('' for a rule that matches any ending). */
  form: string
}

function contentsHold(condition: ContentsCondition, contents: ItemFacts | undefined): boolean {
  return !!contents && contents.category === condition.category && (!condition.subs || condition.subs.includes(contents.sub))
}

/** What the search knows about the query besides its text, for `guessFor`. */
export interface GuessContext {
  /**
   * The query with the names that are not materials blanked out (same length), so 纸巾包装袋 is
   * not read as made of paper: material and other words are looked for in this.
   */
  masked?: string
  /** The item named in the query before position `end` that the thing most likely held. */
  contentsBefore?: (end: number) => ItemFacts | undefined
}

/**
 * Judges a thing no item names from how the query ends (its form), the material and other words
 * before that, an item named before it (what it held) and the modifiers' effects. Undefined when
 * no row of the table holds.
 */
export function guessFor(lexicon: Lexicon, core: string, effects: readonly ModifierEffect[], context: GuessContext = {}): Guess | undefined {
  const masked = context.masked ?? core
  const contentsAt = new Map<number, ItemFacts | undefined>()
  const contents = (end: number) => {
    if (!contentsAt.has(end)) contentsAt.set(end, context.contentsBefore?.(end))
    return contentsAt.get(end)
  }
  for (let rule = 0; rule < lexicon.guesses.length; rule++) {
    const row = lexicon.guesses[rule]!
    const form = row.forms.filter(f => core.endsWith(f)).sort((a, b) => b.length - a.length)[0]
    if (form === undefined) continue
    const end = core.length - form.length
    const before = masked.slice(0, end)
    if (row.materials && !row.materials.some(m => before.includes(m))) continue
    if (row.words && !row.words.some(w => before.includes(w))) continue
    if (row.contents && !contentsHold(row.contents, contents(end))) continue
    if (row.effect && !effects.includes(row.effect)) continue
    return { item: row.item, assumed: row.assumed, rule, form }
  }
  return undefined
}
