import type { Award } from '@/domain/ledger'
import { beforeEach, describe, expect, it } from 'vitest'
import { balanceOf } from '@/domain/ledger'
import type { SortHeroDb } from '../db'
import { freshDb } from '../testing'
import { awardPoints, ledgerOf } from './ledger'

let db: SortHeroDb
beforeEach(() => {
  db = freshDb()
})

const award = (overrides: Partial<Award> = {}): Award =>
  ({ memberId: 'm1', at: 1000, reason: 'welcome', points: 10, sourceEventId: 'welcome:m1', ...overrides })

describe('awardPoints', () => {
  it('appends an entry and reports it', async () => {
    const result = await awardPoints(db, award())
    expect(result.added).toBe(true)
    expect(await db.ledger.get(result.entry.id)).toEqual(result.entry)
  })

  it('is a no-op for a source event already awarded', async () => {
    const first = await awardPoints(db, award())
    const second = await awardPoints(db, award({ points: 50, at: 2000 }))
    expect(second).toEqual({ added: false, entry: first.entry })
    expect(await db.ledger.count()).toBe(1)
  })

  it('stays idempotent when the same event is awarded concurrently', async () => {
    const results = await Promise.all([awardPoints(db, award()), awardPoints(db, award()), awardPoints(db, award())])
    expect(results.filter(r => r.added)).toHaveLength(1)
    expect(balanceOf(await db.ledger.toArray(), 'm1')).toBe(10)
  })

  it('rejects an invalid award without writing', async () => {
    await expect(awardPoints(db, award({ points: 0 }))).rejects.toMatchObject({ code: 'ledger.points-zero' })
    expect(await db.ledger.count()).toBe(0)
  })

  it('rolls back with the caller’s transaction', async () => {
    await expect(db.transaction('rw', db.ledger, async () => {
      await awardPoints(db, award())
      throw new Error('the feature’s own write failed')
    })).rejects.toThrow('failed')
    expect(await db.ledger.count()).toBe(0)
  })
})

describe('ledgerOf', () => {
  it('returns one member’s entries oldest first', async () => {
    await awardPoints(db, award({ sourceEventId: 'b', at: 2000 }))
    await awardPoints(db, award({ sourceEventId: 'a', at: 1000 }))
    await awardPoints(db, award({ sourceEventId: 'c', memberId: 'm2' }))
    expect((await ledgerOf(db, 'm1')).map(e => e.sourceEventId)).toEqual(['a', 'b'])
  })
})
