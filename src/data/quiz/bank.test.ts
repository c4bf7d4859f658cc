import { describe, expect, it } from 'vitest'
import type { Category } from '@/domain/categories'
import type { Bilingual, Item } from '@/domain/item'
import { binsNamedIn, explanationFits, itemExplanation, QUIZ_TOPICS, type Question } from '@/domain/quiz'
import { answerFor, questionHolds, RULE_SET_IDS, type RuleSetId } from '@/domain/rules'
import { ALL_ITEMS } from '@/data/items'
import { RULE_SETS } from '@/data/rule-sets'
import { QUESTION_BANK } from './bank'

const byId = new Map(ALL_ITEMS.map(item => [item.id, item]))
const FORMS = ['which-bin', 'pick-item', 'odd-one-out', 'true-false', 'choice'] as const

/** Traditional-only forms of characters this bank uses; none may appear in the Chinese text. */
const TRADITIONAL = /[們個這來時會說還為樣點學習識應請擇設儲電話紙書飯蔥葉廢舊蓋鐵鋁膠塊藥燈類別環處運體廚餘筆鏡裝護質劑蟲殺滅農醫鋼銀銅錫鉛鎘鎳鋰湯麵雞魚蝦殼蘋盤髒濕廠發熱燒氣積讓將壞顏藍紅綠黃標誌準國規問題對錯選項幾種門長開關與從裡裏過變經歲兒親媽愛樂動爲掃壺]/
const CJK = /[\u3400-\u9fff]/

/** The rule sets a question is asked under (a city skips the questions that do not hold there). */
const askedUnder = (question: Question) => RULE_SET_IDS.filter(id => questionHolds(RULE_SETS[id], question.id))
const national = (item: Item) => answerFor(item, RULE_SETS.national).category

function itemIdsOf(question: Question): readonly string[] {
  switch (question.form) {
    case 'which-bin': return [question.itemId]
    case 'pick-item':
    case 'odd-one-out': return question.itemIds
    case 'true-false': return question.claim ? [question.claim.itemId] : []
    case 'choice': return []
  }
}

function textsOf(question: Question): Bilingual[] {
  switch (question.form) {
    case 'true-false': return [question.statement, question.explanation]
    case 'choice': return [question.prompt, question.explanation]
    default: return [question.explanation]
  }
}

/** Rule sets under which exactly one of the items is in `category`. */
function pickHoldsUnder(category: Category, itemIds: readonly string[]): RuleSetId[] {
  return RULE_SET_IDS.filter(id => itemIds.filter(itemId => answerFor(byId.get(itemId)!, RULE_SETS[id]).category === category).length === 1)
}

/** The one item whose category differs from all the others (which share one), if there is exactly one. */
function oddOneOut(categories: readonly Category[]): number | undefined {
  const odd = categories.findIndex((category, index) => categories.every((other, j) => j === index || other !== category)
    && new Set(categories.filter((_, j) => j !== index)).size === 1)
  return odd < 0 ? undefined : odd
}

describe('quiz question bank', () => {
  it('has at least 150 questions, and prints the count per topic, form and difficulty', () => {
    const count = <K extends string>(keys: readonly K[], key: (q: Question) => K) =>
      Object.fromEntries(keys.map(k => [k, QUESTION_BANK.filter(q => key(q) === k).length]))
    console.info(`quiz bank: ${QUESTION_BANK.length} questions`)
    console.info('per topic', count(QUIZ_TOPICS, q => q.topic))
    console.info('per form', count(FORMS, q => q.form))
    console.info('per difficulty', count(['1', '2', '3'], q => String(q.difficulty) as '1' | '2' | '3'))
    for (const topic of QUIZ_TOPICS) {
      console.info(`  ${topic}:`, count(FORMS, q => (q.topic === topic ? q.form : 'none' as never)))
    }
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(150)
    for (const topic of QUIZ_TOPICS) expect(QUESTION_BANK.some(q => q.topic === topic), topic).toBe(true)
  })

  it('gives every question a unique kebab-case id, a known topic and a difficulty of 1–3', () => {
    const seen = new Set<string>()
    const duplicates = QUESTION_BANK.filter(q => seen.size === seen.add(q.id).size).map(q => q.id)
    expect(duplicates).toEqual([])
    expect(QUESTION_BANK.filter(q => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(q.id)).map(q => q.id)).toEqual([])
    expect(QUESTION_BANK.filter(q => !(QUIZ_TOPICS as readonly string[]).includes(q.topic)).map(q => q.id)).toEqual([])
    expect(QUESTION_BANK.filter(q => ![1, 2, 3].includes(q.difficulty)).map(q => q.id)).toEqual([])
  })

  it('has non-empty Chinese and English text everywhere, the Chinese in simplified characters', () => {
    const problems: string[] = []
    for (const q of QUESTION_BANK) {
      const choices = q.form === 'choice' ? q.choices : []
      for (const text of [...textsOf(q), ...choices]) {
        if (!text.zh.trim() || !text.en.trim()) problems.push(`${q.id}: empty text`)
        if (TRADITIONAL.test(text.zh)) problems.push(`${q.id}: traditional character in "${text.zh}"`)
        if (CJK.test(text.en)) problems.push(`${q.id}: Chinese in the English "${text.en}"`)
      }
      for (const text of textsOf(q)) if (!CJK.test(text.zh)) problems.push(`${q.id}: no Chinese in "${text.zh}"`)
    }
    expect(problems).toEqual([])
  })

  it('names only existing items, never one that a rule set it is asked under overrides, never the same item twice', () => {
    const problems: string[] = []
    for (const q of QUESTION_BANK) {
      const ids = itemIdsOf(q)
      for (const id of ids) {
        if (!byId.has(id)) problems.push(`${q.id}: unknown item ${id}`)
        for (const set of askedUnder(q)) if (id in RULE_SETS[set].overrides) problems.push(`${q.id}: ${id} is overridden by ${set}, which asks it`)
      }
      if (new Set(ids).size !== ids.length) problems.push(`${q.id}: repeats an item`)
    }
    expect(problems).toEqual([])
  })

  it('which-bin and item true-false: the explanation names the item\'s bin and no other, in both languages', () => {
    // A reader checks the answer against the reason: 剩啤酒 under "food waste" explained as "pour it
    // down the drain" did not hold. Bin names count with their aliases (湿垃圾, 干垃圾 …) and colours.
    const wrong = QUESTION_BANK.flatMap((q) => {
      const itemId = q.form === 'which-bin' ? q.itemId : q.form === 'true-false' ? q.claim?.itemId : undefined
      if (!itemId) return []
      const answer = national(byId.get(itemId)!)
      return explanationFits(q.explanation, answer)
        ? []
        : [`${q.id}: answer ${answer}, explanation names ${binsNamedIn(q.explanation.zh, 'zh').join('+') || 'no bin'} / ${binsNamedIn(q.explanation.en, 'en').join('+') || 'no bin'}`]
    })
    expect(wrong).toEqual([])
  })

  it('item tips as quiz reasons: 剩啤酒 "pour it down the drain" is never the reason for food waste', () => {
    const used = ALL_ITEMS.filter(item => item.tip && itemExplanation(answerFor(item, RULE_SETS.national)))
    console.info(`item tips shown as quiz reasons: ${used.length} of ${ALL_ITEMS.filter(item => item.tip).length}`)
    expect(used.length).toBeGreaterThan(0)
    const beer = itemExplanation(answerFor(byId.get('leftover-beer')!, RULE_SETS.national))
    expect(beer === undefined || explanationFits(beer, 'kitchen'), beer?.zh).toBe(true)
  })

  it('pick-item: three or four items, exactly one of them in the category, under every rule set', () => {
    const problems: string[] = []
    const holds: Record<string, RuleSetId[]> = {}
    for (const q of QUESTION_BANK) {
      if (q.form !== 'pick-item') continue
      if (q.itemIds.length < 3 || q.itemIds.length > 4) problems.push(`${q.id}: ${q.itemIds.length} items`)
      const under = pickHoldsUnder(q.category, q.itemIds)
      holds[q.id] = under
      if (!under.includes('national')) problems.push(`${q.id}: not exactly one ${q.category} item under the national rules`)
      const missing = askedUnder(q).filter(set => !under.includes(set))
      if (missing.length > 0) problems.push(`${q.id}: asked under ${missing.join(', ')} but does not hold there`)
    }
    const all = Object.values(holds).filter(under => under.length === RULE_SET_IDS.length).length
    console.info(`pick-item: ${Object.keys(holds).length} questions, ${all} hold under every rule set (${RULE_SET_IDS.join(', ')})`)
    expect(problems).toEqual([])
  })

  it('odd-one-out: three or four items, exactly one in a different bin from all the others (national rules)', () => {
    const problems: string[] = []
    for (const q of QUESTION_BANK) {
      if (q.form !== 'odd-one-out') continue
      if (q.itemIds.length < 3 || q.itemIds.length > 4) problems.push(`${q.id}: ${q.itemIds.length} items`)
      for (const id of askedUnder(q)) {
        const categories = q.itemIds.map(itemId => answerFor(byId.get(itemId)!, RULE_SETS[id]).category)
        if (oddOneOut(categories) === undefined) problems.push(`${q.id} (${id}): ${categories.join(', ')}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('true-false: a claim agrees with the knowledge base under the national rules', () => {
    const wrong = QUESTION_BANK.flatMap((q) => {
      if (q.form !== 'true-false' || !q.claim) return []
      const category = national(byId.get(q.claim.itemId)!)
      return (category === q.claim.category) === q.answer ? [] : [`${q.id}: ${q.claim.itemId} is ${category}, answer ${q.answer}`]
    })
    expect(wrong).toEqual([])
  })

  it('choice: three or four distinct choices and an answer index in range', () => {
    const problems: string[] = []
    for (const q of QUESTION_BANK) {
      if (q.form !== 'choice') continue
      if (q.choices.length < 3 || q.choices.length > 4) problems.push(`${q.id}: ${q.choices.length} choices`)
      if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.choices.length) problems.push(`${q.id}: answer ${q.answer}`)
      if (new Set(q.choices.map(c => c.zh)).size !== q.choices.length) problems.push(`${q.id}: repeated Chinese choice`)
      if (new Set(q.choices.map(c => c.en)).size !== q.choices.length) problems.push(`${q.id}: repeated English choice`)
    }
    expect(problems).toEqual([])
  })

  /** GB/T 19095-2019's bin colours, as the bank words them. */
  const NATIONAL_COLOURS: Record<Category, readonly string[]> = { recyclable: ['蓝色', 'blue'], hazardous: ['红色', 'red'], kitchen: ['绿色', 'green'], other: ['灰色', 'grey', 'gray'] }

  it.each(RULE_SET_IDS)('%s asks no question whose text or answer names a bin by a colour its bins do not have', (set) => {
    const changed = (Object.keys(RULE_SETS[set].binColours ?? {}) as Category[]).flatMap(category => NATIONAL_COLOURS[category])
    const wrong = QUESTION_BANK.filter(q => questionHolds(RULE_SETS[set], q.id)
      && [...textsOf(q), ...(q.form === 'choice' ? [q.choices[q.answer]!] : [])].some(text => changed.some(colour => `${text.zh} ${text.en.toLowerCase()}`.includes(colour))))
    expect(wrong.map(q => q.id)).toEqual([])
  })

  it('skips under a city only questions that exist', () => {
    const ids = new Set(QUESTION_BANK.map(q => q.id))
    for (const set of RULE_SET_IDS) expect((RULE_SETS[set].questionsNotHeld ?? []).filter(id => !ids.has(id)), set).toEqual([])
  })
})
