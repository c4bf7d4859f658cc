import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { UPDATE_CHECK_EVERY_MS, watchForUpdates } from './useUpdateChecks'

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

afterEach(() => {
  vi.useRealTimers()
  setVisibility('visible')
})

describe('watchForUpdates', () => {
  it('looks for a new version every hour and when the app comes back after a while', async () => {
    vi.useFakeTimers()
    const update = vi.fn(() => Promise.resolve())
    const stop = watchForUpdates({ update: update as unknown as ServiceWorkerRegistration['update'] }, () => Date.now())
    expect(update).not.toHaveBeenCalled()

    vi.advanceTimersByTime(UPDATE_CHECK_EVERY_MS)
    expect(update).toHaveBeenCalledTimes(1)

    // Back in the foreground within a minute of the last check: no extra request.
    setVisibility('hidden')
    await nextTick()
    setVisibility('visible')
    await nextTick()
    expect(update).toHaveBeenCalledTimes(1)

    vi.advanceTimersByTime(5 * 60_000)
    setVisibility('hidden')
    await nextTick()
    setVisibility('visible')
    await nextTick()
    expect(update).toHaveBeenCalledTimes(2)

    stop()
    vi.advanceTimersByTime(3 * UPDATE_CHECK_EVERY_MS)
    expect(update).toHaveBeenCalledTimes(2)
  })
})
