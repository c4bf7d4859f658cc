import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '@/domain/categories'
import { pickRoundItems } from '@/domain/mastery'
import { childrenPool, ROUND_SIZE } from '@/domain/rounds'
import { CHILDREN_POOL } from './children-pool'
import { ALL_ITEMS } from './items'
import { RULE_SETS } from './rule-sets'

const byId = new Map(ALL_ITEMS.map(item => [item.id, item]))
const ruleSets = Object.values(RULE_SETS)
const pool = childrenPool(CHILDREN_POOL, byId, ruleSets)

/**
 * Words that must never reach a child in the game: named medicines, contraception, tobacco,
 * alcohol, weapons and blades, needles, obsolete devices. Checked in what the game shows (the
 * names and the tip), in both languages. 烟 is banned except in 烟花 (fireworks).
 */
const DENIED_ZH = /阿莫西林|布洛芬|对乙酰氨基酚|抗生素|青霉素|头孢|安眠药|降压药|降糖药|感冒药|退烧药|止痛药|处方|避孕|安全套|成人|烟(?!花)|酒|注射|针头|菜刀|刀片|剃须|匕首|枪|寻呼机|传真|座机|光盘|麻将|赌/
const DENIED_EN = /amoxicillin|ibuprofen|paracetamol|antibiotic|penicillin|sleeping pill|painkiller|prescription|contracept|condom|cigar|tobacco|smok|beer|wine|liquor|alcohol|baijiu|syringe|needle|razor|knife|\bgun|weapon|pager|fax|landline|mahjong|gambl/i

describe('the children\'s pool', () => {
  it('lists existing items, each once', () => {
    expect(CHILDREN_POOL.filter(id => !byId.has(id))).toEqual([])
    expect(CHILDREN_POOL.filter((id, index) => CHILDREN_POOL.indexOf(id) !== index)).toEqual([])
  })

  it('gives every item a picture', () => {
    expect(CHILDREN_POOL.filter(id => !byId.get(id)?.emoji)).toEqual([])
  })

  it('holds only items that go in the same bin under every rule set', () => {
    const dropped = CHILDREN_POOL.filter(id => !pool.some(item => item.id === id))
    expect(dropped, 'a city sorts these differently: take them out of the children\'s pool').toEqual([])
  })

  it('covers all four bins, 150 to 300 items, and prints the count per bin', () => {
    const perBin = Object.fromEntries(CATEGORIES.map(category => [category, pool.filter(item => item.category === category).length]))
    console.info(`children's pool: ${pool.length} items`, perBin)
    expect(pool.length).toBeGreaterThanOrEqual(150)
    expect(pool.length).toBeLessThanOrEqual(300)
    // Hazardous things a child may handle are few; four at least, so rounds do not repeat one item.
    for (const category of CATEGORIES) expect(perBin[category], category).toBeGreaterThanOrEqual(category === 'hazardous' ? 4 : 30)
  })

  it('gives a new player a round of ten with every bin in it, and a level-1 player enough easy items', () => {
    let seed = 1
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let round = 0; round < 20; round++) {
      const ids = pickRoundItems({ pool, masteries: new Map(), now: 0, count: ROUND_SIZE, level: 1, random })
      expect(ids).toHaveLength(ROUND_SIZE)
      expect(new Set(ids.map(id => pool.find(item => item.id === id)!.category))).toEqual(new Set(CATEGORIES))
    }
    for (const category of CATEGORIES) expect(pool.some(item => item.category === category && item.difficulty === 1), category).toBe(true)
  })

  it('never shows one picture for things that go in different bins', () => {
    const binsByEmoji = new Map<string, Set<string>>()
    for (const { id, category } of pool) {
      const emoji = byId.get(id)!.emoji!
      binsByEmoji.set(emoji, (binsByEmoji.get(emoji) ?? new Set()).add(category))
    }
    expect([...binsByEmoji].filter(([, bins]) => bins.size > 1).map(([emoji, bins]) => `${emoji}: ${[...bins].join(', ')}`)).toEqual([])
  })

  it('never names a medicine, contraception, tobacco, alcohol, a weapon or an obsolete device', () => {
    const found = CHILDREN_POOL.flatMap((id) => {
      const item = byId.get(id)!
      const zh = [item.zh, item.tip?.zh ?? ''].join(' ')
      const en = [item.en, item.tip?.en ?? ''].join(' ')
      return [...(DENIED_ZH.exec(zh) ?? []), ...(DENIED_EN.exec(en) ?? [])].map(word => `${id}: ${word}`)
    })
    expect(found).toEqual([])
  })

  it('the denylist catches what the game once served', () => {
    for (const id of ['pager', 'amoxicillin', 'contraceptive-pills', 'cigarette-butt', 'leftover-beer']) {
      const item = byId.get(id)!
      expect(DENIED_ZH.test(item.zh) || DENIED_EN.test(item.en), id).toBe(true)
    }
  })
})
