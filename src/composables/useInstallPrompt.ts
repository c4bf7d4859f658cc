import { computed, shallowRef } from 'vue'

/** Chromium's `beforeinstallprompt` event: the browser will install the app when asked. */
interface InstallPromptEvent extends Event {
  prompt: () => Promise<unknown>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

// The offer caught by main.ts before this module loaded, if any.
let deferred = ((globalThis as { installOffer?: InstallPromptEvent }).installOffer ?? null)
const available = shallowRef(deferred !== null)
const installed = shallowRef(false)

/**
 * Keeps the browser's offers to install the app for when the user asks (the Me page). The first
 * fires once, soon after the page loads, so main.ts catches it before this module is loaded;
 * later ones (after a dismissal) and the installation itself are followed from here. Only
 * Chromium browsers fire it; Safari installs through its Share menu, and some browsers not at all.
 */
if (typeof window !== 'undefined') {
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
    ;(globalThis as { installOffer?: Event }).installOffer = undefined
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
    ;(globalThis as { installOffer?: Event }).installOffer = undefined
    available.value = false
    await event.prompt()
    const { outcome } = await event.userChoice
    if (outcome === 'accepted') installed.value = true
    dismissed.value = outcome !== 'accepted'
    return outcome === 'accepted'
  }

  return { state, dismissed, install }
}
