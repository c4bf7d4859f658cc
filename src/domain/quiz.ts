import type { Category } from './categories'
import type { Bilingual } from './item'

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
 * How hard an item is to sort, for the children's game: things with a picture and no catch are
 * easy; a tip means people often get it wrong; no picture means it must be read.
 */
export function itemDifficulty(item: { emoji?: string, tip?: Bilingual }): Difficulty {
  if (!item.emoji) return 3
  return item.tip ? 2 : 1
}
