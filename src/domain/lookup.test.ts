import type { LookupRecord } from './lookup'
import { describe, expect, it } from 'vitest'
import { popularLookups, recentLookups, TAUGHT_NAME_MAX, validateTaughtName } from './lookup'

const record = (itemId: string, at: number): LookupRecord => ({ id: `${itemId}-${at}`, itemId, query: '', at })

describe('validateTaughtName', () => {
  const known = new Set(['电池'])
  const isKnown = (key: string) => known.has(key)

  it('cleans the name and gives its search key', () => {
    expect(validateTaughtName('  电子  烟弹 ', isKnown)).toEqual({ ok: true, value: { name: '电子 烟弹', key: '电子烟弹' } })
  })

  it.each([
    ['   ', 'empty'],
    ['！？', 'empty'],
    ['字'.repeat(TAUGHT_NAME_MAX + 1), 'too-long'],
    [' 电 池 ', 'known'],
  ])('rejects %j as %s', (name, problem) => {
    expect(validateTaughtName(name, isKnown)).toEqual({ ok: false, problem })
  })
})

describe('recent and popular lookups', () => {
  const records = [record('a', 1), record('b', 2), record('a', 3), record('c', 4), record('a', 5), record('b', 6)]

  it('lists recent answers newest first, each once', () => {
    expect(recentLookups(records, 10).map(r => r.itemId)).toEqual(['b', 'a', 'c'])
    expect(recentLookups(records, 2).map(r => r.itemId)).toEqual(['b', 'a'])
  })

  it('ranks popular answers by count, then by recency', () => {
    expect(popularLookups(records, 10)).toEqual([{ itemId: 'a', count: 3 }, { itemId: 'b', count: 2 }, { itemId: 'c', count: 1 }])
    expect(popularLookups([record('x', 1), record('y', 2)], 10).map(p => p.itemId)).toEqual(['y', 'x'])
  })
})
