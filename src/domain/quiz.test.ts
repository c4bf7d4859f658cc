import type { Category } from './categories'
import type { Question } from './quiz'
import { describe, expect, it } from 'vitest'
import { askQuestion, itemDifficulty } from './quiz'

const categories: Record<string, Category> = { bone: 'other', chicken: 'kitchen', battery: 'hazardous', can: 'recyclable', peel: 'kitchen', tissue: 'other' }
const categoryOf = (id: string) => categories[id]
const explanation = { zh: '因为……', en: 'Because…' }
const base = { topic: 'items' as const, difficulty: 2 as const, explanation }

describe('askQuestion', () => {
  it('takes a which-bin answer from the knowledge base', () => {
    expect(askQuestion({ ...base, id: 'w', form: 'which-bin', itemId: 'bone' }, categoryOf)).toMatchObject({ kind: 'which-bin', card: 'q:w', answer: 'other' })
  })

  it('finds the one item of the asked category, or drops the question', () => {
    const q: Question = { ...base, id: 'p', form: 'pick-item', category: 'hazardous', itemIds: ['can', 'battery', 'peel'] }
    expect(askQuestion(q, categoryOf)).toMatchObject({ kind: 'pick-item', answer: 1 })
    // Under a city that sorts the battery elsewhere, the question has no right answer.
    expect(askQuestion(q, id => (id === 'battery' ? 'other' : categoryOf(id)))).toBeNull()
  })

  it('finds the odd one out only when exactly one differs', () => {
    expect(askQuestion({ ...base, id: 'o', form: 'odd-one-out', itemIds: ['chicken', 'peel', 'tissue'] }, categoryOf)).toMatchObject({ answer: 2 })
    expect(askQuestion({ ...base, id: 'o', form: 'odd-one-out', itemIds: ['chicken', 'bone', 'can'] }, categoryOf)).toBeNull()
  })

  it('drops a true/false claim the knowledge base contradicts', () => {
    const claim: Question = { ...base, id: 't', form: 'true-false', statement: explanation, answer: true, claim: { itemId: 'bone', category: 'other' } }
    expect(askQuestion(claim, categoryOf)).toMatchObject({ kind: 'true-false', answer: true })
    expect(askQuestion(claim, () => 'kitchen')).toBeNull()
  })

  it('drops a question about an unknown item', () => {
    expect(askQuestion({ ...base, id: 'w', form: 'which-bin', itemId: 'ghost' }, categoryOf)).toBeNull()
  })
})

describe('itemDifficulty', () => {
  it.each([
    [{ emoji: '🍌' }, 1],
    [{ emoji: '🦴', tip: explanation }, 2],
    [{}, 3],
  ])('%o → %i', (item, difficulty) => {
    expect(itemDifficulty(item)).toBe(difficulty)
  })
})
