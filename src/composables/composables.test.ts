import { createPinia, setActivePinia } from 'pinia'
import { eventually } from '../../tests/support/eventually'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { householdDraft } from '@/db/testing'
import { dataLayer } from './data-layer'
import { useHousehold, useHouseholdSetup } from './useHousehold'
import { useHouseholdLog } from './useHouseholdLog'
import { useLearner } from './useLearner'

beforeEach(async () => {
  setActivePinia(createPinia())
  localStorage.clear()
  const { db } = await dataLayer()
  await Promise.all(db.tables.map(table => table.clear()))
})

describe('feature composables over the app database', () => {
  it('share one household subscription however many components read it', async () => {
    const { db, household } = await dataLayer()
    await household.createHousehold(db, householdDraft())
    let reads = 0
    const counting = (row: unknown) => {
      reads++
      return row
    }
    db.households.hook('reading', counting)
    try {
      const scope = effectScope()
      const [a, b, c] = scope.run(() => [useHousehold(), useHousehold(), useHousehold()])!
      await eventually(() => expect(a!.members.value.map(m => m.nickname)).toEqual(['小明', '妈妈']))
      expect(b!.members.value).toHaveLength(2)
      expect(c!.household.value?.nickname).toBe('小明家')
      // One live query read the household once, not three.
      expect(reads).toBe(1)

      // A change reaches every reader through that one query.
      reads = 0
      const result = await a!.updateHousehold(a!.household.value!.id, { nickname: '明明家', district: 'naxi' })
      expect(result.ok).toBe(true)
      await eventually(() => expect(c!.household.value?.nickname).toBe('明明家'))
      expect(reads).toBe(1)
      scope.stop()
    }
    finally {
      db.households.hook('reading').unsubscribe(counting)
    }
  })

  it('creates the household and switches the device to it in one command, the first member holding the phone', async () => {
    const scope = effectScope()
    const [setup, household] = scope.run(() => [useHouseholdSetup(), useHousehold()] as const)!
    const result = await setup.createHousehold(householdDraft())
    expect(result.ok).toBe(true)
    await eventually(() => expect(household.activeMember.value?.nickname).toBe('小明'))
    expect(household.mode.value).toBe('household')
    scope.stop()
  })

  it('turns a refused command into a translated problem and changes nothing', async () => {
    const scope = effectScope()
    const setup = scope.run(() => useHouseholdSetup())!
    const result = await setup.createHousehold(householdDraft({ members: [] }))
    expect(result.ok).toBe(false)
    expect(setup.problem.value).toMatch(/成员/)
    const { db } = await dataLayer()
    expect(await db.households.count()).toBe(0)
    scope.stop()
  })

  it('never shows one member\'s mastery as another\'s while switching', async () => {
    const { db } = await dataLayer()
    await db.masteries.bulkAdd([
      { memberId: 'parent', itemId: 'battery', box: 5, due: 0, right: 5, wrong: 0, lastAt: 1, lastWrong: false },
      { memberId: 'child', itemId: 'apple-core', box: 1, due: 0, right: 0, wrong: 1, lastAt: 1, lastWrong: true },
    ])
    const memberId = ref('parent')
    const scope = effectScope()
    const learner = scope.run(() => useLearner(memberId))!
    await eventually(() => expect([...learner.masteries.value.keys()]).toEqual(['battery']))
    memberId.value = 'child'
    await nextTick()
    // Straight after the switch: nothing of the parent's, and still loading.
    expect(learner.loading.value).toBe(true)
    expect([...learner.masteries.value.keys()]).toEqual([])
    await eventually(() => expect([...learner.masteries.value.keys()]).toEqual(['apple-core']))
    scope.stop()
  })

  it('saves a log day with its points and badges, and stops listening when its scope ends', async () => {
    const { db, household } = await dataLayer()
    const created = await household.createHousehold(db, householdDraft())
    const [first] = await household.membersOf(db, created.id)
    const removed = vi.spyOn(document, 'removeEventListener')
    const scope = effectScope()
    const log = scope.run(() => useHouseholdLog())!
    const result = await log.saveDay({ date: log.today.value, entries: { kitchen: { bags: 1, sortedBags: 1 } }, memberId: first!.id })
    expect(result.ok).toBe(true)
    expect(result.ok && result.value.badges.map(b => b.id)).toEqual(['first-log'])
    await eventually(() => expect(log.dashboard.value.rates.day).toBe(1))
    scope.stop()
    expect(removed.mock.calls.some(([type]) => type === 'visibilitychange')).toBe(true)
    removed.mockRestore()
  })
})
