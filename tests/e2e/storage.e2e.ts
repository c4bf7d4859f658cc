import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, memberBalance, onboardHousehold, openApp, PHONE, useBrowser } from './support/browser'

/** Writes filler records into a separate database until even a 64-byte write no longer fits. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('filler', 1)
      open.onupgradeneeded = () => open.result.createObjectStore('blobs', { autoIncrement: true })
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const put = (size: number) => new Promise<boolean>((resolve) => {
      const tx = db.transaction('blobs', 'readwrite')
      tx.objectStore('blobs').add('x'.repeat(size))
      tx.oncomplete = () => resolve(true)
      tx.onabort = () => resolve(false)
    })
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 64]) {
      while (await put(size)) { /* keep filling */ }
    }
    db.close()
  })
}

const browser = useBrowser()

describe('storage problems', () => {
  it('explains a full disk, saves nothing half-way and loses nothing saved before', async () => {
    const context = await browser().newContext(PHONE)
    const page = await context.newPage()
    // Give the origin a small quota before it stores anything (Chromium reads it when the storage
    // is first opened), then fill it up the way a full phone would be.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl()).origin, quotaSize: 8 * 1024 * 1024 })
    await page.goto(baseUrl())
    await onboardHousehold(page)
    await page.getByRole('link', { name: '我的' }).click()
    await page.getByTestId('member-妈妈').waitFor()
    await fillStorage(page)

    await page.getByRole('button', { name: '+ 添加成员' }).click()
    await page.getByRole('textbox', { name: '昵称' }).fill('爸爸')
    await page.getByRole('button', { name: '添加', exact: true }).click()
    const alert = page.getByRole('alert').filter({ hasText: '手机存储空间不足' }).first()
    await alert.waitFor()
    await expect(alert.textContent()).resolves.toContain('已经保存的内容都还在')

    await page.reload()
    await page.getByTestId('member-妈妈').waitFor()
    await expect(page.locator('[data-testid^="member-"] .member-name').allTextContents()).resolves.toEqual(['小明', '妈妈'])
    expect(await memberBalance(page, '小明')).toBe('10')
    await context.close()
  })

  it('asks to reload when another tab upgrades the database', async () => {
    const { context, page } = await openApp(browser())
    await onboardHousehold(page)
    await page.getByRole('link', { name: '我的' }).click()
    await page.getByTestId('member-妈妈').waitFor()

    const other = await context.newPage()
    await other.goto('about:blank')
    await other.goto(page.url().replace(/#.*$/, 'favicon.svg'))
    await other.evaluate(async () => {
      const current = await new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('sorthero')
        probe.onsuccess = () => {
          const version = probe.result.version
          probe.result.close()
          resolve(version)
        }
        probe.onerror = () => reject(probe.error)
      })
      await new Promise<void>((resolve, reject) => {
        const upgrade = indexedDB.open('sorthero', current + 1)
        upgrade.onsuccess = () => {
          upgrade.result.close()
          resolve()
        }
        upgrade.onerror = () => reject(upgrade.error)
      })
    })
    await page.getByTestId('db-replaced').waitFor()
    await expect(page.getByTestId('db-replaced').textContent()).resolves.toContain('已在另一个标签页中更新')
    await page.getByTestId('db-replaced').getByRole('button', { name: '重新加载' }).click()
    await page.getByTestId('member-妈妈').waitFor()
    await context.close()
  })
})
