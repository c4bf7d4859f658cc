import { describe, expect, it } from 'vitest'
import { NEXT_VERSION } from './support/global-setup'
import { baseUrl, onboardHousehold, openApp, useBrowser } from './support/browser'

const browser = useBrowser()

async function deploy(build: 'current' | 'next') {
  await fetch(new URL(`/__deploy?build=${build}`, baseUrl()))
}

describe('app updates', () => {
  it('offers a new version and reloads into it only when the user agrees', async () => {
    await deploy('current')
    const { context, page } = await openApp(browser())
    try {
      await onboardHousehold(page)
      await page.evaluate(() => navigator.serviceWorker.ready)
      await page.getByRole('link', { name: '我的' }).click()
      await page.getByTestId('member-妈妈').waitFor()
      const versionBefore = await page.getByText(/^版本 /).textContent()

      await deploy('next')
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update())
      const prompt = page.getByTestId('pwa-prompt').filter({ hasText: '有新版本可用' })
      await prompt.waitFor()
      // Nothing changes until the user taps "update".
      await expect(page.getByText(/^版本 /).textContent()).resolves.toBe(versionBefore)

      await prompt.getByRole('button', { name: '更新' }).click()
      await page.getByText(`版本 ${NEXT_VERSION}`).waitFor()
      // The household survived the update.
      await page.getByTestId('member-妈妈').waitFor()
    }
    finally {
      await deploy('current')
      await context.close()
    }
  })
})
