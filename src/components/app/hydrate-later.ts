import type { Component, HydrationStrategy } from 'vue'
import { defineAsyncComponent, hydrateOnIdle, hydrateOnInteraction } from 'vue'

/** What wakes a part early: the first touch, click, key or focus on it (Vue replays that event). */
const FIRST_USE: Array<keyof HTMLElementEventMap> = ['pointerdown', 'click', 'keydown', 'focusin']

/**
 * Hydrates a part of the prerendered first screen once the browser is idle (at the latest after
 * `timeout` ms), or at once when someone uses it first. Until then the part is the prerendered
 * markup, already painted; hydrating it later takes its setup and render out of the task that
 * hydrates the page, which is the longest task of a start on a slow phone.
 */
export function hydrateWhenIdleOrUsed(timeout = 1000): HydrationStrategy {
  return (hydrate, forEachElement) => {
    let hydrated = false
    const teardowns: Array<() => void> = []
    const stop = () => teardowns.forEach(teardown => teardown())
    const once = () => {
      if (hydrated) return
      hydrated = true
      stop()
      hydrate()
    }
    const onIdle = hydrateOnIdle(timeout)(once, forEachElement)
    const onUse = hydrateOnInteraction(FIRST_USE)(once, forEachElement)
    if (onIdle) teardowns.push(onIdle)
    if (onUse) teardowns.push(onUse)
    return stop
  }
}

/**
 * `component`, bundled with the page as usual, but hydrated by `hydrateWhenIdleOrUsed`. Its parent
 * must not update it (new props) before it is hydrated: it reads what it shows from stores.
 */
export function hydratedLater<T extends Component>(component: T, timeout = 1000): T {
  return defineAsyncComponent({ loader: async () => component, hydrate: hydrateWhenIdleOrUsed(timeout) }) as unknown as T
}
