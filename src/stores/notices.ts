import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

export interface NoticeAction {
  /** Translation key of the button label. */
  label: string
  run: () => void | Promise<void>
}

export interface Notice {
  id: number
  /** Translation key and its parameters. */
  message: string
  params?: Record<string, string | number>
  /** Parameters that are themselves translation keys (a badge's name, say). */
  paramKeys?: Record<string, string>
  tone: 'info' | 'success' | 'error'
  action?: NoticeAction
  /** Milliseconds before it hides itself; errors stay until dismissed. */
  timeout: number | null
}

/** Short messages at the bottom of the screen ("saved", "removed — undo", "storage is full"). */
export const useNoticesStore = defineStore('notices', () => {
  const notices = shallowRef<Notice[]>([])
  let nextId = 1
  const timers = new Map<number, ReturnType<typeof setTimeout>>()

  function dismiss(id: number) {
    clearTimeout(timers.get(id))
    timers.delete(id)
    notices.value = notices.value.filter(notice => notice.id !== id)
  }

  function show(notice: Omit<Notice, 'id' | 'timeout'> & { timeout?: number | null }): number {
    const id = nextId++
    const timeout = notice.timeout === undefined ? (notice.tone === 'error' ? null : 5000) : notice.timeout
    // One notice at a time reads best on a small screen; a newer one replaces the older.
    for (const old of notices.value) dismiss(old.id)
    notices.value = [{ ...notice, id, timeout }]
    if (timeout !== null) timers.set(id, setTimeout(() => dismiss(id), timeout))
    return id
  }

  return { notices, show, dismiss }
})
