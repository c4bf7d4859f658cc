import type { Question } from '@/domain/quiz'
import { QUESTIONS_AFTER_COLLECTION } from './after-collection.ts'
import { QUESTIONS_BINS } from './bins.ts'
import { QUESTIONS_HAZARDOUS } from './hazardous.ts'
import { QUESTIONS_ITEMS } from './items.ts'
import { QUESTIONS_MYTHS } from './myths.ts'
import { QUESTIONS_RULES } from './rules.ts'

/**
 * The hand-written quiz bank, one file per topic. Item-based questions name items by id and take
 * their answer from the knowledge base; `bank.test.ts` checks every question against it.
 */
export const QUESTION_BANK: readonly Question[] = [
  ...QUESTIONS_BINS,
  ...QUESTIONS_ITEMS,
  ...QUESTIONS_RULES,
  ...QUESTIONS_MYTHS,
  ...QUESTIONS_HAZARDOUS,
  ...QUESTIONS_AFTER_COLLECTION,
]
