import type { Category } from './categories'
import type { Bilingual } from './item'
import type { Answer, RuleSet } from './rules'
import { CATEGORIES } from './categories'
import { questionHolds } from './rules'

/**
 * The question bank's shapes. Item-based questions name items by id and never state the answer
 * themselves: the answer comes from the knowledge base under the active rule set, so a question
 * can never disagree with the lookup. Fact questions (bin colours, names, what happens after
 * collection) carry their answer and are vetted by `quiz.test.ts` and by review.
 */

export const QUIZ_TOPICS = ['bins', 'items', 'rules', 'myths', 'hazardous', 'after-collection'] as const
export type QuizTopic = (typeof QUIZ_TOPICS)[number]

/** 1 = a six-year-old can do it, 2 = primary school, 3 = tricky even for parents. */
export type Difficulty = 1 | 2 | 3

interface QuestionBase {
  /** Stable id, kebab-case, unique across the bank. */
  id: string
  topic: QuizTopic
  difficulty: Difficulty
  /** Shown after answering: why the answer is right, one or two sentences. */
  explanation: Bilingual
}

/** "Which bin does <item> go in?" — the four bins are the choices. */
export interface WhichBinQuestion extends QuestionBase {
  form: 'which-bin'
  itemId: string
}

/** "Which of these is <category>?" — exactly one of the items is in that category. */
export interface PickItemQuestion extends QuestionBase {
  form: 'pick-item'
  category: Category
  /** Three or four items; exactly one goes in `category` (checked under every rule set it is used with). */
  itemIds: readonly string[]
}

/** "Which one does not belong?" — all items share a bin but one. */
export interface OddOneOutQuestion extends QuestionBase {
  form: 'odd-one-out'
  itemIds: readonly string[]
}

/** A statement to judge. `claim` makes an item statement checkable against the knowledge base. */
export interface TrueFalseQuestion extends QuestionBase {
  form: 'true-false'
  statement: Bilingual
  answer: boolean
  /** "<item> goes in <category>": the answer must equal whether the knowledge base agrees. */
  claim?: { itemId: string, category: Category }
}

/** A fact question with its own choices (bin colours, names, rules, after collection). */
export interface FactQuestion extends QuestionBase {
  form: 'choice'
  prompt: Bilingual
  choices: readonly Bilingual[]
  /** Index of the right choice. */
  answer: number
}

export type Question = WhichBinQuestion | PickItemQuestion | OddOneOutQuestion | TrueFalseQuestion | FactQuestion

/** A question ready to ask under one rule set: items resolved, the right answer known. */
export type AskedQuestion =
  | { kind: 'which-bin', card: string, itemId: string, answer: Category, explanation?: Bilingual, difficulty: Difficulty }
  | { kind: 'pick-item', card: string, category: Category, itemIds: readonly string[], answer: number, explanation: Bilingual, difficulty: Difficulty }
  | { kind: 'odd-one-out', card: string, itemIds: readonly string[], answer: number, explanation: Bilingual, difficulty: Difficulty }
  | { kind: 'true-false', card: string, statement: Bilingual, answer: boolean, explanation: Bilingual, difficulty: Difficulty }
  | { kind: 'choice', card: string, prompt: Bilingual, choices: readonly Bilingual[], answer: number, explanation: Bilingual, difficulty: Difficulty }

/** Card id of a bank question (mastery tracks questions and items alike). */
export const questionCardId = (id: string) => `q:${id}`

/**
 * Prepares a bank question for a rule set, with the answer taken from the knowledge base where
 * the question is about items. Returns null where the question does not hold under that rule
 * set (a "which of these is hazardous?" whose items a city sorts differently, say).
 */
export function askQuestion(question: Question, categoryOf: (itemId: string) => Category | undefined): AskedQuestion | null {
  const base = { card: questionCardId(question.id), difficulty: question.difficulty }
  switch (question.form) {
    case 'which-bin': {
      const answer = categoryOf(question.itemId)
      return answer ? { ...base, kind: 'which-bin', itemId: question.itemId, answer, explanation: question.explanation } : null
    }
    case 'pick-item': {
      const categories = question.itemIds.map(categoryOf)
      const matching = categories.flatMap((c, i) => (c === question.category ? [i] : []))
      if (categories.includes(undefined) || matching.length !== 1) return null
      return { ...base, kind: 'pick-item', category: question.category, itemIds: question.itemIds, answer: matching[0]!, explanation: question.explanation }
    }
    case 'odd-one-out': {
      const categories = question.itemIds.map(categoryOf)
      if (categories.includes(undefined)) return null
      const odd = categories.flatMap((c, i) => (categories.filter(other => other === c).length === 1 ? [i] : []))
      if (odd.length !== 1 || new Set(categories).size !== 2) return null
      return { ...base, kind: 'odd-one-out', itemIds: question.itemIds, answer: odd[0]!, explanation: question.explanation }
    }
    case 'true-false': {
      if (question.claim) {
        const actual = categoryOf(question.claim.itemId)
        if (!actual || (actual === question.claim.category) !== question.answer) return null
      }
      return { ...base, kind: 'true-false', statement: question.statement, answer: question.answer, explanation: question.explanation }
    }
    case 'choice':
      return { ...base, kind: 'choice', prompt: question.prompt, choices: question.choices, answer: question.answer, explanation: question.explanation }
  }
}

/**
 * The bank's questions as asked under `ruleSet`: those the rule set does not list as not holding
 * (Shanghai's bins are brown and black, not green and grey), with their answers taken from the
 * knowledge base through `categoryOf`, and none whose items the city sorts so that it has no
 * single right answer.
 */
export function bankQuestions(bank: readonly Question[], ruleSet: RuleSet, categoryOf: (itemId: string) => Category | undefined): AskedQuestion[] {
  return bank.flatMap((question) => {
    if (!questionHolds(ruleSet, question.id)) return []
    const asked = askQuestion(question, categoryOf)
    return asked ? [asked] : []
  })
}

/**
 * How hard an item is to sort, for the children's game: things with a picture and no catch are
 * easy; a tip means people often get it wrong; no picture means it must be read.
 */
export function itemDifficulty(item: { emoji?: string, tip?: Bilingual }): Difficulty {
  if (!item.emoji) return 3
  return item.tip ? 2 : 1
}

/**
 * What people call each bin, in Chinese and English: the national names, Shanghai's 湿垃圾 and
 * 干垃圾, other cities' words (易腐垃圾, general waste) and the colours of GB/T 19095-2019. A
 * property such as 不可回收 / "not recyclable" names no bin.
 */
const BIN_WORDS: Readonly<Record<Category, Record<keyof Bilingual, RegExp>>> = {
  recyclable: {
    zh: /(?<!不)可回收|蓝色?的?(?:垃圾)?桶/,
    en: /(?<!non-|not )\brecyclables?\b|\b(?:in|into|to) (?:the )?recycling\b|\bblue bin/i,
  },
  hazardous: {
    zh: /有害垃圾|红色?的?(?:垃圾)?桶/,
    en: /(?<!non-|not )\bhazardous\b|\bred bin/i,
  },
  kitchen: {
    zh: /厨余|湿垃圾|易腐垃圾|餐厨垃圾|绿色?的?(?:垃圾)?桶/,
    en: /\b(?:food|wet|kitchen|organic) waste\b|\bgreen bin/i,
  },
  other: {
    zh: /其[他它]垃圾|干垃圾|残余垃圾|灰色?的?(?:垃圾)?桶|黑色?的?(?:垃圾)?桶/,
    en: /\b(?:residual|dry|other|general) waste\b|\b(?:grey|gray|black) bin/i,
  },
}

/** The bins a text names (by name, alias or colour), in the order of `CATEGORIES`. */
export function binsNamedIn(text: string, language: keyof Bilingual): Category[] {
  return CATEGORIES.filter(category => BIN_WORDS[category][language].test(text))
}

/**
 * Whether an explanation can stand under an answer that is a bin: in both languages it names
 * that bin and no other. "Pour leftover beer down the drain" under the answer "food waste" does
 * not, and neither does "the cup goes in residual waste" under "food waste": a reader checking
 * the answer would find another bin in the reason.
 */
export function explanationFits(explanation: Bilingual, answer: Category): boolean {
  return (['zh', 'en'] as const).every((language) => {
    const named = binsNamedIn(explanation[language], language)
    return named.length === 1 && named[0] === answer
  })
}

/**
 * Why an item goes where it goes, for a which-bin question about it: the city's reason where the
 * rule set differs, else the tip that holds there (the city's own for devices with dry cells, or
 * the item's) when it names the answer's bin and no other. A lookup tip
 * about the cup and the straw of a bubble tea would seem to contradict the answer in a quiz, so
 * it is left out there (undefined: no reason is shown).
 */
export function itemExplanation(answer: Answer): Bilingual | undefined {
  if (answer.override) return answer.override.reason
  const tip = answer.tip
  return tip && explanationFits(tip, answer.category) ? tip : undefined
}
