import type { ReportDraft } from './report'
import { describe, expect, it } from 'vitest'
import { emptyTally } from './tally'
import { keptLists, missedKey, nameChoices, taughtKey } from './report-choice'

const draft = (taughtNames: string[], missedQueries: string[]): ReportDraft => ({
  period: '2026-11-30',
  tally: emptyTally(),
  streakDays: 0,
  taught: taughtNames.map(name => ({ name, category: 'other' })),
  missed: missedQueries.map(query => ({ query, count: 1 })),
})

describe('what a report sends of its names', () => {
  it('sends every name unless the parent leaves it out', () => {
    const d = draft(['竹蜻蜓'], ['泡泡机', '拼豆'])
    expect(keptLists(d, new Set())).toEqual({ taught: d.taught, missed: d.missed })
    const leftOut = new Set([missedKey({ query: '拼豆', count: 1 })])
    expect(keptLists(d, leftOut)).toEqual({ taught: d.taught, missed: [{ query: '泡泡机', count: 1 }] })
    expect([...nameChoices(d, leftOut).values()]).toEqual(['kept', 'kept', 'left-out'])
  })

  it('shows the eleventh name as not fitting one QR code, and lets it in when another is left out', () => {
    const names = Array.from({ length: 11 }, (_, i) => `名字${i + 1}`)
    const d = draft(names, [])
    const choices = nameChoices(d, new Set())
    expect(choices.get(taughtKey(d.taught[10]!))).toBe('does-not-fit')
    expect(keptLists(d, new Set()).taught).toHaveLength(10)

    const leftOut = new Set([taughtKey(d.taught[0]!)])
    expect(nameChoices(d, leftOut).get(taughtKey(d.taught[10]!))).toBe('kept')
    expect(keptLists(d, leftOut).taught.map(item => item.name)).toEqual(names.slice(1))
  })

  it('keeps all names together within the text budget', () => {
    // Ten names of 16 characters use 160 of the 100 characters a report may carry.
    const long = Array.from({ length: 10 }, (_, i) => `${'很长的物品名称'.repeat(2)}${String(i).padStart(2, '0')}`)
    const kept = keptLists(draft(long, []), new Set())
    expect(kept.taught.reduce((sum, item) => sum + Array.from(item.name).length, 0)).toBeLessThanOrEqual(100)
    expect(kept.taught).toHaveLength(6)
  })
})
