import { describe, expect, it } from 'vitest'
import { baseUrl, memberBalance, onboardHousehold, openApp, PHONE, useBrowser } from './support/browser'

/**
 * A full disk, simulated where the app meets the browser: once `window.__diskFull` names a store,
 * writes to that store fail with the browser's own QuotaExceededError DOMException, and the
 * transaction they belong to aborts. Failing the second store of a multi-table write (the ledger,
 * after the member) shows whether the first write is rolled back with it. (A real quota cannot be
 * used: this Chromium reports `Storage.overrideQuotaForOrigin` as active over CDP, yet the page
 * still sees a quota of gigabytes, and filling that toward the disk takes minutes.)
 */
function simulateFullDisk(): void {
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method]
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if ((window as unknown as { __diskFull?: string }).__diskFull === this.name) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return original.apply(this, args)
    }
  }
}

const browser = useBrowser()

describe('storage problems', () => {
  it('explains a full disk, saves nothing half-way and loses nothing saved before', async () => {
    const context = await browser().newContext(PHONE)
    await context.addInitScript(simulateFullDisk)
    const page = await context.newPage()
    await page.goto(baseUrl())
    await onboardHousehold(page)
    await page.getByRole('link', { name: '我的' }).click()
    await page.getByTestId('member-妈妈').waitFor()

    // From here on the ledger does not fit. Adding a member writes the member and then their
    // welcome points in one transaction: neither may be kept.
    await page.evaluate(() => { (window as unknown as { __diskFull: string }).__diskFull = 'ledger' })
    await page.getByRole('button', { name: '+ 添加成员' }).click()
    await page.getByRole('textbox', { name: '昵称' }).fill('爸爸')
    await page.getByRole('button', { name: '添加', exact: true }).click()
    const alert = page.getByRole('alert').filter({ hasText: '手机存储空间不足' }).first()
    await alert.waitFor()
    await expect(alert.textContent()).resolves.toContain('已经保存的内容都还在')

    // A reload clears the simulated fault, as freeing space would: what was saved before is all
    // there, and nothing of the failed write is.
    await page.reload()
    await page.getByTestId('member-妈妈').waitFor()
    await expect(page.locator('[data-testid^="member-"] .member-name').allTextContents()).resolves.toEqual(['小明', '妈妈'])
    expect(await memberBalance(page, '小明')).toBe('10')
    expect(await memberBalance(page, '妈妈')).toBe('10')
    const ledgerRows = await page.evaluate(() => new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('sorthero')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const count = open.result.transaction('ledger').objectStore('ledger').count()
        count.onsuccess = () => {
          open.result.close()
          resolve(count.result)
        }
      }
    }))
    expect(ledgerRows).toBe(2)
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
