import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { isChunkLoadError, reloadOnceOnStaleChunks } from './stale-chunks'

function fakeWindow() {
  const target = new EventTarget()
  const storage = new Map<string, string>()
  const reloads: string[] = []
  let hash = '#/lookup'
  const win = Object.assign(target, {
    sessionStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) },
    location: { reload: () => reloads.push(hash), get hash() { return hash } },
    history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => { hash = url } },
  })
  return { win: win as unknown as Window, reloads }
}

function routerWithMissingPage() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => null } },
      { path: '/learn', component: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://x/assets/LearnPage-old.js')) },
    ],
  })
}

describe('reloadOnceOnStaleChunks', () => {
  it('recognises the browsers\' messages for a chunk that cannot be fetched', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: x.js'))).toBe(true)
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isChunkLoadError(new Error('Quota exceeded'))).toBe(false)
  })

  it('reloads once onto the page that was asked for, and not again within ten minutes', async () => {
    const { win, reloads } = fakeWindow()
    const router = routerWithMissingPage()
    let time = 1_000_000
    reloadOnceOnStaleChunks(router, win, () => time)
    await router.push('/')
    await router.push('/learn').catch(() => {})
    expect(reloads).toEqual(['#/learn'])
    await router.push('/learn').catch(() => {})
    expect(reloads).toHaveLength(1)
    time += 11 * 60_000
    await router.push('/learn').catch(() => {})
    expect(reloads).toHaveLength(2)
  })

  it('turns Vite\'s preload error into one reload instead of a blank page', () => {
    const { win, reloads } = fakeWindow()
    reloadOnceOnStaleChunks(routerWithMissingPage(), win, () => 5_000_000)
    const first = new Event('vite:preloadError', { cancelable: true })
    win.dispatchEvent(first)
    expect(first.defaultPrevented).toBe(true)
    const second = new Event('vite:preloadError', { cancelable: true })
    win.dispatchEvent(second)
    expect(second.defaultPrevented).toBe(false)
    expect(reloads).toHaveLength(1)
    vi.restoreAllMocks()
  })
})
