import type { Bilingual } from '@/domain/item'
import { describe, expect, it } from 'vitest'
import { ALL_ITEMS } from '@/data/items'
import { QUESTION_BANK } from '@/data/quiz/bank'
import { RULE_SETS } from '@/data/rule-sets'
import { ALL_EN, ALL_ZH, leaves } from './all-messages'

const zhCN = ALL_ZH
const en = ALL_EN


const HAN = '\\u3400-\\u9fff'
/**
 * Half-width punctuation where Chinese text wants full-width: any ASCII double quote in a
 * Chinese text, and a quote, bracket or , . ! ? : ; right before or after a Chinese character
 * (“四机一脑”, （选填）, 。！？). ASCII stays right between Latin letters and digits (A4纸, 5.0, GB/T).
 */
const HALF_WIDTH = new RegExp(`"|[${HAN}] ?['(),.!?:;]|['(),!?:;] ?[${HAN}]`)
/** Chinese punctuation that has no place in English text (curly quotes are English too). */
const FULL_WIDTH = /[，。！？：；（）、【】《》]/

function problems(texts: Array<[string, string]>, wrong: RegExp): string[] {
  return texts.filter(([, text]) => wrong.test(text)).map(([where, text]) => `${where}: ${text}`)
}

const quizTexts = QUESTION_BANK.flatMap((q) => {
  const texts: Bilingual[] = [q.explanation]
  if (q.form === 'true-false') texts.push(q.statement)
  if (q.form === 'choice') texts.push(q.prompt, ...q.choices)
  return texts.map(text => [q.id, text] as [string, Bilingual])
})
const ruleTexts = Object.values(RULE_SETS).flatMap(ruleSet => [
  ...Object.entries(ruleSet.overrides).map(([id, override]) => [`${ruleSet.id}/${id}`, override.reason] as [string, Bilingual]),
  ...Object.entries(ruleSet.categoryNames).map(([category, name]) => [`${ruleSet.id}/${category}`, name] as [string, Bilingual]),
])

/**
 * Item tips that still use ASCII quotes, in the knowledge base another engineer owns; listed so
 * that this test catches every new one. Remove an id once its tip is fixed.
 */
const ITEM_TIPS_TO_FIX = new Set(['broken-glass-bottle', 'biodegradable-bag', 'takeaway-cutlery-pack', 'pla-container', 'broken-incandescent-bulb', 'disposable-syringe', 'television'])

describe('Chinese punctuation', () => {
  it('is full-width in every zh-CN message', () => {
    expect(problems(leaves(zhCN), HALF_WIDTH)).toEqual([])
  })

  it('is full-width in the quiz bank and the city rule sets', () => {
    const zh = [...quizTexts, ...ruleTexts].map(([where, text]) => [where, text.zh] as [string, string])
    expect(problems(zh, HALF_WIDTH)).toEqual([])
  })

  it('is full-width in item names, aliases and tips (apart from the tips listed to fix)', () => {
    const texts = ALL_ITEMS.flatMap(item => [item.zh, ...(item.aliases ?? []), ...(item.tip && !ITEM_TIPS_TO_FIX.has(item.id) ? [item.tip.zh] : [])].map(text => [item.id, text] as [string, string]))
    expect(problems(texts, HALF_WIDTH)).toEqual([])
  })

  it('is what the checker flags: ASCII quotes, brackets and commas next to Chinese', () => {
    for (const text of ['电视属于"四机一脑"', '和哪个物品差不多?(选填)', '先倒空,再压扁', '扔进其他垃圾.']) expect(text).toMatch(HALF_WIDTH)
    for (const text of ['“四机一脑”', '（选填）', 'A4纸', 'GB/T 19095-2019 规定', '5.0 版本', '{name}，应该扔进{category}。']) expect(text).not.toMatch(HALF_WIDTH)
  })

  it('stays out of English messages and English data text', () => {
    const english = [
      ...leaves(en),
      ...[...quizTexts, ...ruleTexts].map(([where, text]) => [where, text.en] as [string, string]),
      ...ALL_ITEMS.flatMap(item => [item.en, ...(item.tip ? [item.tip.en] : [])].map(text => [item.id, text] as [string, string])),
    ]
    expect(problems(english, FULL_WIDTH)).toEqual([])
  })
})
