import { describe, expect, it, vi } from 'vitest'
import { hydrateWhenIdleOrUsed } from './hydrate-later'

/** Runs the strategy on one element. */
function start() {
  const element = document.createElement('nav')
  document.body.append(element)
  const hydrate = vi.fn()
  const stop = hydrateWhenIdleOrUsed(1000)(hydrate, each => each(element))
  return { element, hydrate, stop }
}

/** Long enough for the test environment's idle callback (a short timer) to have come. */
const afterIdle = () => new Promise(resolve => setTimeout(resolve, 50))

describe('hydrateWhenIdleOrUsed', () => {
  it('hydrates once the browser is idle, and not again when the part is then used', async () => {
    const { element, hydrate } = start()
    expect(hydrate).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(hydrate).toHaveBeenCalledTimes(1))
    element.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    expect(hydrate).toHaveBeenCalledTimes(1)
  })

  it('hydrates at the first touch, before the browser is idle, and not again when it is', async () => {
    const { element, hydrate } = start()
    element.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    expect(hydrate).toHaveBeenCalledTimes(1)
    await afterIdle()
    element.dispatchEvent(new Event('focusin', { bubbles: true }))
    expect(hydrate).toHaveBeenCalledTimes(1)
  })

  it('hydrates on a key or a focus too, and never once stopped (the part left the page)', async () => {
    const focused = start()
    focused.element.dispatchEvent(new Event('focusin', { bubbles: true }))
    expect(focused.hydrate).toHaveBeenCalledTimes(1)
    const left = start()
    left.stop?.()
    left.element.dispatchEvent(new Event('keydown', { bubbles: true }))
    await afterIdle()
    expect(left.hydrate).not.toHaveBeenCalled()
  })
})
