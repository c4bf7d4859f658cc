import { computed, shallowRef } from 'vue'

/** Chromium's `beforeinstallprompt` event: the browser will install the app when asked. */
interface InstallPromptEvent extends Event {
  prompt: () => Promise<unknown>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

let deferred: InstallPromptEvent | null = null
const available = shallowRef(false)
const installed = shallowRef(false)
let listening = false

/**
 * Keeps the browser's offer to install the app for when the user asks (the Me page): the event
 * fires once, soon after the page loads, so this runs at start-up (main.ts). Only Chromium
 * browsers fire it; Safari installs through its Share menu, and some browsers not at all.
 */
export function listenForInstallPrompt(): void {
  if (listening || typeof window === 'undefined') return
  listening = true
  window.addEventListener('beforeinstallprompt', (event) => {
    // Offered on the Me page with what it changes, rather than as the browser's banner.
    event.preventDefault()
    deferred = event as InstallPromptEvent
    available.value = true
  })
  window.addEventListener('appinstalled', () => {
    installed.value = true
    available.value = false
    deferred = null
  })
}

export type InstallState = 'installed' | 'prompt' | 'ios' | 'unsupported'

/** Whether the app runs installed, can be installed now, or how else (Safari's Share menu). */
export function useInstallPrompt() {
  const standalone = typeof window !== 'undefined' && (window.matchMedia?.('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true)
  const ios = typeof navigator !== 'undefined' && /iPhone|iPad|iPod/.test(navigator.userAgent)
  const state = computed<InstallState>(() => (installed.value || standalone ? 'installed' : available.value ? 'prompt' : ios ? 'ios' : 'unsupported'))
  const dismissed = shallowRef(false)

  /** Shows the browser's install dialog; resolves to whether the user installed. */
  async function install(): Promise<boolean> {
    const event = deferred
    if (!event) return false
    // The event can prompt once: a second try needs the browser to offer again.
    deferred = null
    available.value = false
    await event.prompt()
    const { outcome } = await event.userChoice
    if (outcome === 'accepted') installed.value = true
    dismissed.value = outcome !== 'accepted'
    return outcome === 'accepted'
  }

  return { state, dismissed, install }
}
