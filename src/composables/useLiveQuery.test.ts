import { eventually } from '../../tests/support/eventually'
import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { freshDb } from '@/db/testing'
import { useLiveQuery } from './useLiveQuery'

describe('useLiveQuery', () => {
  it('delivers the first result, then every change to the table', async () => {
    const db = freshDb()
    const scope = effectScope()
    const state = scope.run(() => useLiveQuery(() => db.households.count()))!
    expect(state.loading.value).toBe(true)
    await eventually(() => expect(state.data.value).toBe(0))
    expect(state.loading.value).toBe(false)
    await db.households.add({ id: 'h', nickname: '家', district: 'naxi', createdAt: 1 })
    await eventually(() => expect(state.data.value).toBe(1))
    scope.stop()
  })

  it('re-subscribes when its dependencies change', async () => {
    const db = freshDb()
    await db.members.bulkAdd([
      { id: 'a', householdId: 'h1', nickname: 'A', role: 'child', avatar: '🐼', createdAt: 1 },
      { id: 'b', householdId: 'h2', nickname: 'B', role: 'child', avatar: '🐼', createdAt: 1 },
    ])
    const householdId = ref('h1')
    const scope = effectScope()
    const state = scope.run(() => useLiveQuery(() => db.members.where('householdId').equals(householdId.value).toArray(), [householdId]))!
    await eventually(() => expect(state.data.value?.map(m => m.id)).toEqual(['a']))
    householdId.value = 'h2'
    await nextTick()
    await eventually(() => expect(state.data.value?.map(m => m.id)).toEqual(['b']))
    scope.stop()
  })

  it('stops updating once its scope is disposed', async () => {
    const db = freshDb()
    const scope = effectScope()
    const state = scope.run(() => useLiveQuery(() => db.households.count()))!
    await eventually(() => expect(state.data.value).toBe(0))
    scope.stop()
    await db.households.add({ id: 'h', nickname: '家', district: 'naxi', createdAt: 1 })
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(state.data.value).toBe(0)
  })

  it('reports a failing query as an error', async () => {
    const scope = effectScope()
    const state = scope.run(() => useLiveQuery(async () => {
      throw new Error('boom')
    }))!
    await eventually(() => expect(state.error.value).toBeInstanceOf(Error))
    expect(state.loading.value).toBe(false)
    scope.stop()
  })
})
