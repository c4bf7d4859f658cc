/**
 * Me's install card, driven by the browser's `beforeinstallprompt` offer. Headless Chromium does
 * not offer installation by itself, so the page is handed offers shaped like Chromium's (an event
 * with `prompt()` and `userChoice`) whose answer the test chooses; what is checked is what the
 * app does with them.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { onboardHousehold, openApp, overflow, useBrowser } from './support/browser'

const browser = useBrowser()
const go = (page: Page, hash: string) => page.goto(page.url().replace(/#.*$/, hash))

/** Fires an install offer that the "user" will answer with `outcome`; counts its prompts. */
function offerInstall(page: Page, outcome: 'accepted' | 'dismissed') {
  return page.evaluate((answer) => {
    const win = window as unknown as { prompts: number }
    win.prompts ??= 0
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {
        win.prompts++
      },
      userChoice: Promise.resolve({ outcome: answer }),
    })
    window.dispatchEvent(offer)
    return offer.defaultPrevented
  }, outcome)
}

/** Records the app's requests for persistent storage. */
async function watchPersistRequests(page: Page) {
  await page.evaluate(() => {
    const win = window as unknown as { persistRequests: number }
    win.persistRequests = 0
    const persist = navigator.storage.persist.bind(navigator.storage)
    navigator.storage.persist = () => {
      win.persistRequests++
      return persist()
    }
  })
}

describe('installing the app from Me', () => {
  it('offers the browser’s install dialog where it has one; declined, it says so kindly; accepted, the card says installed and keeps the data', async () => {
    const { context, page, errors } = await openApp(browser())
    await onboardHousehold(page)
    await go(page, '#/me')
    const card = page.getByTestId('install-card')
    await card.waitFor()
    // No offer from this browser: how else to install, and no button that would do nothing.
    await expect(card.getAttribute('data-state')).resolves.toBe('unsupported')
    await expect(card.getByTestId('install-app').count()).resolves.toBe(0)

    // The browser offers: the app keeps the offer (no banner of the browser's own) and shows a button.
    expect(await offerInstall(page, 'dismissed')).toBe(true)
    await expect.poll(() => card.getAttribute('data-state')).toBe('prompt')
    await expect(card.textContent()).resolves.toContain('像应用一样从主屏幕打开')
    await card.getByTestId('install-app').click()
    // Declined: "not this time", not "this browser cannot install".
    await card.getByTestId('install-dismissed').waitFor()
    await expect(card.getByTestId('install-dismissed').textContent()).resolves.toContain('这次没有安装')
    await expect(card.getByTestId('install-unsupported').count()).resolves.toBe(0)

    // Offered again and accepted: installed, and the browser is asked to keep the data.
    await watchPersistRequests(page)
    await offerInstall(page, 'accepted')
    await card.getByTestId('install-app').click()
    await expect.poll(() => card.getAttribute('data-state')).toBe('installed')
    await expect(card.textContent()).resolves.toContain('已经安装到主屏幕了')
    await expect(page.evaluate(() => {
      const win = window as unknown as { prompts: number, persistRequests: number }
      return { prompts: win.prompts, persistRequests: win.persistRequests }
    })).resolves.toEqual({ prompts: 2, persistRequests: 1 })
    expect(await overflow(page)).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps an offer made before Me’s code had loaded (on the lookup page), in English', async () => {
    const { context, page, errors } = await openApp(browser())
    await page.getByTestId('language-en').click()
    await onboardHousehold(page)
    await page.reload()
    await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
    // The Me page's install code is not loaded yet: the app's entry catches the offer.
    expect(await offerInstall(page, 'accepted')).toBe(true)
    await page.getByRole('navigation').getByRole('link', { name: 'Me' }).click()
    const card = page.getByTestId('install-card')
    await expect.poll(() => card.getAttribute('data-state')).toBe('prompt')
    await card.getByRole('button', { name: 'Install' }).click()
    await expect.poll(() => card.getAttribute('data-state')).toBe('installed')
    await expect(card.textContent()).resolves.toContain('Installed on the home screen.')
    await expect(page.evaluate(() => (window as unknown as { prompts: number }).prompts)).resolves.toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })
})
