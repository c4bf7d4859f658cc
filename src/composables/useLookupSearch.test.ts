import type { Dictionary } from './useDictionary'
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { effectScope, ref, shallowRef } from 'vue'
import { RULE_SETS } from '@/data/rule-sets'
import { eventually } from '../../tests/support/eventually'
import { dataLayer } from './data-layer'
import { loadDictionary } from './useDictionary'
import { useLookupSearch } from './useLookupSearch'

let dictionary: Dictionary
beforeAll(async () => {
  dictionary = await loadDictionary()
})

beforeEach(async () => {
  setActivePinia(createPinia())
  const { db } = await dataLayer()
  await Promise.all(db.tables.map(table => table.clear()))
})

function searchFor(text: string) {
  const scope = effectScope()
  const query = ref(text)
  const found = scope.run(() => useLookupSearch(query, shallowRef(dictionary), shallowRef(RULE_SETS.national), ref('zh-CN')))!
  const keys = (rows: typeof found.answers.value) => rows.map(row => `${row.key} ${row.hit.certainty}`)
  return { ...found, query, scope, keys }
}

describe('useLookupSearch', () => {
  it.each([
    // An alias is a sure answer (and nothing to teach); the glass jar it only resembles is a suggestion.
    ['酸奶瓶', ['plastic-yogurt-bottle sure'], ['glass-yogurt-jar suggestion'], false],
    // A head-noun match (the query ends with a known name) is sure too.
    ['用过的电池', ['battery sure'], expect.anything(), true],
    // An unknown brand of plastic bottle is judged as a plastic bottle; 塑料 mentioned in it is a suggestion.
    ['某某牌塑料瓶', ['plastic-bottle guess'], ['plastic-item suggestion'], true],
    // A partial match answers nothing for sure: 扫帚 is only a suggestion, and teaching is offered.
    ['魔法扫帚星', [], ['broom suggestion'], true],
    // The dictionary's own name: nothing to teach (the answer is corrected with "this looks wrong").
    ['电池', ['battery sure'], expect.arrayContaining(['button-cell-battery suggestion']), false],
  ])('groups %s into answers and suggestions', (text, answers, suggestions, canTeach) => {
    const found = searchFor(text)
    expect(found.keys(found.answers.value)).toEqual(answers)
    expect(found.keys(found.suggestions.value)).toEqual(suggestions)
    expect(found.canTeach.value).toBe(canTeach)
    expect(found.nothingFound.value).toBe(false)
    found.scope.stop()
  })

  it('says what a guess assumed', () => {
    const found = searchFor('某某牌塑料瓶')
    expect(found.answers.value[0]).toMatchObject({ name: '塑料瓶', category: 'recyclable', hit: { assumed: { zh: '塑料瓶', en: 'plastic bottle' } } })
    found.scope.stop()
  })

  it('offers the closest names when nothing matches at all', () => {
    const found = searchFor('神秘小玩意')
    expect(found.nothingFound.value).toBe(true)
    expect(found.answers.value).toEqual([])
    expect(found.suggestions.value.length).toBeGreaterThan(0)
    expect(found.suggestions.value.every(row => row.hit.certainty === 'suggestion')).toBe(true)
    found.scope.stop()
  })

  it('answers for sure, and no longer guesses, once the household has taught the name', async () => {
    const { db, lookup } = await dataLayer()
    const found = searchFor('某某牌塑料瓶')
    await lookup.teachItem(db, { name: '某某牌塑料瓶', category: 'recyclable', similarItemId: 'plastic-bottle' }, found.isKnownName.value)
    await eventually(() => expect(found.keys(found.answers.value)).toEqual([expect.stringMatching(/^taught:.* sure$/)]))
    expect(found.answers.value[0]).toMatchObject({ source: 'taught', name: '某某牌塑料瓶', category: 'recyclable' })
    expect(found.canTeach.value).toBe(false)
    found.scope.stop()
  })
})
