/**
 * `npm run screenshot`: builds the app, walks through onboarding in Chromium at phone size and
 * saves the README's picture to tests/screenshots/. Needs the CJK and emoji fonts (see README).
 */
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'
import { onboardHousehold } from '../e2e/support/onboarding'
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium'

await build({ configFile: 'vite.config.ts', logLevel: 'warn' })
const server = await preview({ configFile: 'vite.config.ts', preview: { port: 4179, host: '127.0.0.1', strictPort: true } })
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
  await page.goto('http://127.0.0.1:4179/')
  await onboardHousehold(page)
  await page.getByRole('link', { name: '我的' }).click()
  await page.getByTestId('member-妈妈').waitFor()
  await page.getByRole('button', { name: '关闭' }).first().click().catch(() => {})
  await page.evaluate(() => document.querySelectorAll('[role=status]').forEach(el => el.remove()))
  await page.screenshot({ path: 'tests/screenshots/phone-me.png' })
  console.log('saved tests/screenshots/phone-me.png')
}
finally {
  await browser.close()
  server.httpServer.close()
}
