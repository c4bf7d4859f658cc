import type { Category } from './categories'
import type { Item } from './item'
import type { Question } from './quiz'
import type { RuleSet } from './rules'
import { describe, expect, it } from 'vitest'
import { answerFor } from './rules'
import { askQuestion, bankQuestions, binsNamedIn, explanationFits, itemDifficulty, itemExplanation } from './quiz'

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

describe('bankQuestions', () => {
  const colour: Question = { ...base, id: 'bins-colour-kitchen', topic: 'bins', form: 'choice', prompt: explanation, choices: [{ zh: '绿色', en: 'green' }, { zh: '灰色', en: 'grey' }], answer: 0 }
  const bone: Question = { ...base, id: 'bone-bin', form: 'which-bin', itemId: 'bone' }
  const ghost: Question = { ...base, id: 'ghost-bin', form: 'which-bin', itemId: 'ghost' }
  const national: RuleSet = { id: 'national', categoryNames: {}, overrides: {} }
  const brownBins: RuleSet = { id: 'shanghai', categoryNames: {}, overrides: {}, questionsNotHeld: ['bins-colour-kitchen'] }

  it.each([
    ['national', national, ['q:bins-colour-kitchen', 'q:bone-bin']],
    ['a city whose wet bin is not green', brownBins, ['q:bone-bin']],
  ])('under %s asks only what holds there', (_name, ruleSet, cards) => {
    expect(bankQuestions([colour, bone, ghost], ruleSet, categoryOf).map(q => q.card)).toEqual(cards)
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

describe('binsNamedIn', () => {
  it.each([
    ['剩饭剩菜是厨余垃圾。', 'zh', ['kitchen']],
    ['上海叫湿垃圾，其他城市叫易腐垃圾。', 'zh', ['kitchen']],
    ['干垃圾就是其他垃圾。', 'zh', ['other']],
    ['旧报纸属于可回收物，放进蓝色的桶。', 'zh', ['recyclable']],
    ['脏了的纸不可回收，放进灰色垃圾桶。', 'zh', ['other']],
    ['电池是有害垃圾，装进红桶。', 'zh', ['hazardous']],
    ['杯子放其他垃圾，珍珠倒进厨余垃圾。', 'zh', ['kitchen', 'other']],
    ['剩啤酒倒进下水道，啤酒瓶和易拉罐回收。', 'zh', []],
    ['It is food waste; in Shanghai, wet waste.', 'en', ['kitchen']],
    ['A clean bottle is recyclable: put it in the blue bin.', 'en', ['recyclable']],
    ['Greasy paper is not recyclable, so it is residual waste.', 'en', ['other']],
    ['Non-recyclable plastic goes in the grey bin.', 'en', ['other']],
    ['Batteries are hazardous.', 'en', ['hazardous']],
    ['Empty, it is no longer dangerous: put it in recycling.', 'en', ['recyclable']],
    ['Pour leftover beer down the drain and recycle the bottle or can.', 'en', []],
  ] as const)('%s → %j', (text, language, bins) => {
    expect(binsNamedIn(text, language)).toEqual(bins)
  })
})

describe('explanationFits', () => {
  const beer = { zh: '剩啤酒倒进下水道，啤酒瓶和易拉罐回收。', en: 'Pour leftover beer down the drain and recycle the bottle or can.' }
  const bone = { zh: '大骨头太硬，属于其他垃圾。', en: 'Big bones are too hard to crush, so they are residual waste.' }
  const contrast = { zh: '核桃壳属于其他垃圾；花生壳才是厨余垃圾。', en: 'Walnut shells are residual waste; peanut shells are food waste.' }

  it('accepts an explanation that names the answer\'s bin and no other, in both languages', () => {
    expect(explanationFits(bone, 'other')).toBe(true)
  })

  it('refuses one that names no bin, another bin, or a second bin besides the answer\'s', () => {
    expect(explanationFits(beer, 'kitchen')).toBe(false)
    expect(explanationFits(bone, 'kitchen')).toBe(false)
    expect(explanationFits(contrast, 'other')).toBe(false)
  })

  it('refuses one whose languages disagree', () => {
    expect(explanationFits({ zh: bone.zh, en: 'Big bones are food waste.' }, 'other')).toBe(false)
  })
})

describe('itemExplanation', () => {
  const beer: Item = { id: 'leftover-beer', zh: '剩啤酒', en: 'leftover beer', category: 'kitchen', sub: 'drink', tip: { zh: '剩啤酒倒进下水道，啤酒瓶和易拉罐回收。', en: 'Pour leftover beer down the drain and recycle the bottle or can.' } }
  const bone: Item = { id: 'large-bone', zh: '大骨头', en: 'large bone', category: 'other', sub: 'hard-shell-bone', tip: { zh: '大骨头太硬，属于其他垃圾。', en: 'Big bones are too hard to crush, so they are residual waste.' } }
  const plain: Item = { id: 'apple', zh: '苹果', en: 'apple', category: 'kitchen', sub: 'fruit' }
  const national: RuleSet = { id: 'national', categoryNames: {}, overrides: {} }
  const reason = { zh: '这座城市把大骨头算作厨余垃圾，其他城市不一样。', en: 'This city counts big bones as food waste.' }
  const city: RuleSet = { id: 'beijing', categoryNames: {}, overrides: { 'large-bone': { category: 'kitchen', sub: 'meat', reason } } }

  it('shows a tip that names the answer\'s bin and no other', () => {
    expect(itemExplanation(answerFor(bone, national))).toEqual(bone.tip)
  })

  it('leaves out a tip that would seem to contradict the answer, and has nothing to say without a tip', () => {
    expect(itemExplanation(answerFor(beer, national))).toBeUndefined()
    expect(itemExplanation(answerFor(plain, national))).toBeUndefined()
  })

  it('gives a city\'s reason where the city sorts the item differently', () => {
    expect(itemExplanation(answerFor(bone, city))).toEqual(reason)
  })

  it('explains with the city\'s own tip where the city keeps the bin but not the tip', () => {
    const mouse: Item = { id: 'mouse', zh: '鼠标', en: 'computer mouse', category: 'recyclable', sub: 'electronics', tip: { zh: '取出电池投有害垃圾，鼠标投可回收物。', en: 'Take the battery out for hazardous waste; the mouse goes in recyclables.' } }
    const cityTip = { zh: '先取出电池；鼠标本身投可回收物。', en: 'Take the battery out first; the mouse itself is recyclable.' }
    const withTips: RuleSet = { id: 'shanghai', categoryNames: {}, overrides: {}, tips: { mouse: cityTip } }
    // The national tip names two bins, so it cannot stand as a reason; the city's names one.
    expect(itemExplanation(answerFor(mouse, national))).toBeUndefined()
    expect(itemExplanation(answerFor(mouse, withTips))).toEqual(cityTip)
  })
})
