import type { Ref } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import { useEventListener } from '@vueuse/core'
import { shallowRef } from 'vue'
import { onBeforeRouteLeave, useRouter } from 'vue-router'

/**
 * Asks before leaving a page while `busy` (something half-done that leaving would throw away):
 * a navigation inside the app (a tab, the back gesture) waits for `leave()` or `stay()`, and
 * closing or reloading the tab gets the browser's own question.
 */
export function useLeaveGuard(busy: Ref<boolean>) {
  const router = useRouter()
  /** Where the user tried to go, while the question is open. */
  const pending = shallowRef<RouteLocationRaw | null>(null)
  let allowed = false

  onBeforeRouteLeave((to) => {
    if (!busy.value || allowed) return true
    pending.value = to.fullPath
    return false
  })

  useEventListener(window, 'beforeunload', (event: BeforeUnloadEvent) => {
    if (busy.value) event.preventDefault()
  })

  /** Leaves after all, to where the user was going. */
  async function leave() {
    const to = pending.value
    pending.value = null
    if (to === null) return
    allowed = true
    try {
      await router.push(to)
    }
    finally {
      allowed = false
    }
  }

  function stay() {
    pending.value = null
  }

  return { asking: pending, leave, stay }
}
