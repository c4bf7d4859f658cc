import type { Page } from 'playwright-core'

/** Reads every record of one IndexedDB table of the app, straight from the browser. */
export function readTable(page: Page, table: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(name => new Promise((resolve, reject) => {
    const open = indexedDB.open('sorthero')
    open.onsuccess = () => {
      const request = open.result.transaction(name).objectStore(name).getAll()
      request.onsuccess = () => {
        open.result.close()
        resolve(request.result)
      }
      request.onerror = () => reject(request.error)
    }
    open.onerror = () => reject(open.error)
  }), table)
}

/**
 * Every record of every table of the app's database, as JSON (a device key's CryptoKey, which
 * cannot leave the page, is left out): to prove that something changed nothing.
 */
export function dumpAppDb(page: Page): Promise<string> {
  return page.evaluate(() => new Promise<string>((resolve, reject) => {
    const open = indexedDB.open('sorthero')
    open.onsuccess = async () => {
      const db = open.result
      const tables: Record<string, unknown[]> = {}
      for (const name of Array.from(db.objectStoreNames)) {
        tables[name] = await new Promise((done, fail) => {
          const request = db.transaction(name).objectStore(name).getAll()
          request.onsuccess = () => done((request.result as Array<Record<string, unknown>>).map(({ privateKey: _, ...row }) => row))
          request.onerror = () => fail(request.error)
        })
      }
      db.close()
      resolve(JSON.stringify(tables))
    }
    open.onerror = () => reject(open.error)
  }))
}
