import type { AddressInfo } from 'node:net'
import type { BrowserContext, Page } from 'playwright-core'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { measureFirstLoad } from '../bench/first-load'
import { baseUrl, collectHydrationComplaints, onboardHousehold, PHONE, useBrowser } from './support/browser'

const browser = useBrowser()

/** A context whose localStorage says what a returning device would say, set before any page code. */
async function deviceWith(settings: { locale?: 'en', onboarded?: boolean, mode?: 'teacher' | 'coordinator' }): Promise<BrowserContext> {
  const context = await browser().newContext({ ...PHONE, serviceWorkers: 'block' })
  await context.addInitScript((s) => {
    if (s.locale) localStorage.setItem('sorthero.locale', s.locale)
    if (s.onboarded) localStorage.setItem('sorthero.onboarded', '1')
    if (s.mode) localStorage.setItem('sorthero.mode', s.mode)
  }, settings)
  return context
}

/** A page on `url` whose scripts never arrive: what it shows was painted before any JavaScript ran. */
async function paintedOnly(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage()
  await page.route(/\.js(\?|$)/, route => route.abort())
  await page.goto(url)
  return page
}

/**
 * A phone whose household was set up in an earlier visit (in English if asked): what the app
 * keeps for its next start (the profile, the rule set) is written.
 */
async function returningHousehold(locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<BrowserContext> {
  const context = await browser().newContext({ ...PHONE, serviceWorkers: 'block' })
  const first = await context.newPage()
  await first.goto(baseUrl())
  if (locale === 'en') await first.getByTestId('language-en').click()
  await onboardHousehold(first)
  await first.waitForFunction(() => localStorage.getItem('sorthero.profile') !== null && localStorage.getItem('sorthero.ruleSet') !== null)
  await first.close()
  return context
}

/** Holds the responses for `file` back, as a slow network would, until `release()`. */
async function holdBack(page: Page, file: RegExp): Promise<{ release: () => void, requested: () => boolean }> {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => { release = resolve })
  let requested = false
  await page.route(file, async (route) => {
    requested = true
    await held
    await route.continue()
  })
  return { release, requested: () => requested }
}

describe('the first screen', () => {
  it.each([
    ['a first visit in Chinese', {}, '#/welcome', '欢迎来到分类小达人'],
    ['a first visit on a device set to English', { locale: 'en' as const }, '', 'Welcome to SortHero'],
  ])('paints the welcome page before any JavaScript runs: %s', async (_, settings, hash, heading) => {
    const context = await deviceWith(settings)
    const page = await paintedOnly(context, `${baseUrl()}${hash}`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading)
    await expect(page.getByTestId('choose-household').isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('paints the lookup page, search box and tab bar for a returning household before any JavaScript runs', async () => {
    for (const [locale, placeholder, tab] of [[undefined, /名称、拼音/, '查询'], ['en', /Name or pinyin/, 'Lookup']] as const) {
      const context = await deviceWith({ onboarded: true, ...(locale ? { locale } : {}) })
      const page = await paintedOnly(context, baseUrl())
      await expect(page.getByTestId('lookup-input').getAttribute('placeholder')).resolves.toMatch(placeholder)
      await expect(page.getByRole('navigation').getByRole('link', { name: tab }).isVisible()).resolves.toBe(true)
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(locale ?? 'zh-CN')
      await context.close()
    }
  })

  it('asks for no script before the first screen is on the screen, on either start page', async () => {
    for (const onboarded of [false, true]) {
      const context = await deviceWith({ onboarded })
      const page = await context.newPage()
      await page.goto(baseUrl())
      await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
      const { paintedAt, scripts } = await page.evaluate(() => ({
        paintedAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter(entry => /\.js(\?|$)/.test(entry.name))
          .map(entry => ({ file: entry.name.split('/').pop(), startMs: entry.startTime })),
      }))
      expect(paintedAt, `painted (${onboarded ? 'lookup' : 'welcome'})`).not.toBeNull()
      expect(scripts.some(script => /^index-[\w-]+\.js$/.test(script.file ?? ''))).toBe(true)
      for (const script of scripts) expect(script.startMs, script.file).toBeGreaterThanOrEqual(paintedAt!)
      await context.close()
    }
  })

  it('asks for the start page’s own file with the entry, not once the entry has arrived and run', async () => {
    for (const [onboarded, pageFile] of [[false, /assets\/welcome-page-[^/]+\.js$/], [true, /assets\/lookup-page-[^/]+\.js$/]] as const) {
      const context = await deviceWith({ onboarded })
      const page = await context.newPage()
      // The entry is held back: only the inline start script can ask for the page's file.
      const entry = await holdBack(page, /assets\/index-[^/]+\.js$/)
      const pageRequested = page.waitForRequest(pageFile, { timeout: 10_000 })
      await page.goto(baseUrl())
      await expect(pageRequested).resolves.toBeTruthy()
      entry.release()
      await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
      await context.close()
    }
  })

  /**
   * Marks every element of the painted shell, then (once the app has mounted) counts those the
   * app threw away, and collects Vue's hydration complaints.
   */
  async function hydrate(context: BrowserContext, url: string) {
    await context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { shellElements: Element[] }).shellElements = [...document.querySelectorAll('#app *')]
      })
    })
    const page = await context.newPage()
    const complaints = collectHydrationComplaints(page)
    await page.goto(url)
    await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
    // Lazily drawn parts of the page hydrate after the mark: give them a moment.
    await page.waitForLoadState('networkidle')
    const counts = await page.evaluate(() => {
      const painted = (window as unknown as { shellElements: Element[] }).shellElements
      return { painted: painted.length, thrownAway: painted.filter(element => !element.isConnected).length }
    })
    return { page, counts, complaints }
  }

  it('hydrates the prerendered welcome page: every element painted before the app ran is the one the app uses', async () => {
    const context = await deviceWith({})
    const { page, counts, complaints } = await hydrate(context, `${baseUrl()}#/welcome`)
    expect(counts.painted).toBeGreaterThan(10)
    expect(counts.thrownAway).toBe(0)
    expect(complaints).toEqual([])
    // And it is live: the household button now leads to the next step.
    await page.getByTestId('choose-household').click()
    await page.getByRole('textbox').waitFor()
    await context.close()
  })

  it('hydrates a returning household’s lookup page, in both languages, with its members known from the last visit', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      // The household's members are remembered for the next start (the header draws them then).
      const context = await returningHousehold(locale)

      const { page, counts, complaints } = await hydrate(context, baseUrl())
      expect(counts.painted, locale).toBeGreaterThan(10)
      expect(counts.thrownAway, locale).toBe(0)
      expect(complaints, locale).toEqual([])
      // Once the app has taken over, the header shows who is using it.
      await page.getByRole('group', { name: /现在是谁在用|Who is using/ }).waitFor()
      // The tab bar is live: it follows the page.
      const learn = locale === 'en' ? 'Learn' : '学习'
      await page.getByRole('navigation').getByRole('link', { name: learn }).click()
      await page.getByRole('heading', { level: 1, name: learn }).waitFor()
      await expect(page.getByRole('navigation').locator('[aria-current="page"]').textContent()).resolves.toContain(learn)
      await context.close()
    }
  })

  it('hydrates a returning household’s lookup page without a mismatch when its city names the bins differently (Shanghai)', async () => {
    const context = await returningHousehold()
    const settings = await context.newPage()
    await settings.goto(`${baseUrl()}#/me`)
    await settings.getByTestId('rule-set-picker').getByLabel('上海规则').check()
    await settings.waitForFunction(() => localStorage.getItem('sorthero.ruleSet') === 'shanghai')
    await settings.close()
    // Painted so before any JavaScript runs.
    const painted = await paintedOnly(context, baseUrl())
    await expect(painted.locator('.bin-name').allTextContents()).resolves.toEqual(['可回收物', '有害垃圾', '湿垃圾', '干垃圾'])
    await painted.close()

    const { page, counts, complaints } = await hydrate(context, baseUrl())
    expect(counts.thrownAway).toBe(0)
    expect(complaints).toEqual([])
    // And still so once the app has taken over.
    await expect(page.locator('.bin-name').allTextContents()).resolves.toEqual(['可回收物', '有害垃圾', '湿垃圾', '干垃圾'])
    await context.close()
  })

  it('hydrates the lookup page without a mismatch when it opens on a search: from its address, or typed into the shell before the app ran', async () => {
    const context = await returningHousehold()
    // A search in the address (Back from an answer, a shared link): the shell has no results, so
    // it is not painted; the app draws the page.
    const fromAddress = await hydrate(context, `${baseUrl()}#/lookup?q=${encodeURIComponent('电池')}`)
    expect(fromAddress.complaints).toEqual([])
    await fromAddress.page.getByTestId('lookup-answers').waitFor()
    await expect(fromAddress.page.getByTestId('lookup-input').inputValue()).resolves.toBe('电池')
    await fromAddress.page.close()

    // Typed into the painted shell while the app's entry is still on its way.
    const page = await context.newPage()
    const complaints = collectHydrationComplaints(page)
    const entry = await holdBack(page, /assets\/index-[^/]+\.js$/)
    await page.goto(baseUrl())
    await expect.poll(entry.requested).toBe(true)
    await page.getByTestId('lookup-input').fill('电池')
    entry.release()
    await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
    await page.getByTestId('lookup-answers').waitFor()
    await expect(page.getByTestId('lookup-input').inputValue()).resolves.toBe('电池')
    await expect(page.getByTestId('lookup-input').evaluate(input => input === document.activeElement)).resolves.toBe(true)
    expect(page.url()).toContain(`q=${encodeURIComponent('电池')}`)
    await page.waitForLoadState('networkidle')
    expect(complaints).toEqual([])
    await context.close()
  })

  it('brings the header and the tab bar to life when first used, even on a phone too busy to be idle', async () => {
    const context = await returningHousehold()
    // They are hydrated after the page, when the browser is idle: here it never is.
    await context.addInitScript(() => {
      window.requestIdleCallback = () => 0
    })
    const page = await context.newPage()
    await page.goto(baseUrl())
    await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
    const switcher = page.getByRole('group', { name: '现在是谁在用' })
    await expect(switcher.count()).resolves.toBe(0)
    // The first tap on the tab bar wakes it and still counts.
    await page.getByRole('navigation').getByRole('link', { name: '学习' }).click()
    await page.getByRole('heading', { level: 1, name: '学习' }).waitFor()
    await expect(page.getByRole('navigation').locator('[aria-current="page"]').textContent()).resolves.toContain('学习')
    // A touch on the header wakes it: it then shows who is using the phone.
    await page.locator('header').click()
    await switcher.waitFor()
    await context.close()
  })

  it('never shows a returning household the welcome page, even while the page is still arriving', async () => {
    // A host that sends index.html up to the inline script that picks the page, then stalls:
    // whatever the browser could paint in that pause is in the document by then.
    const html = await readFile(join(inject('distDir'), 'index.html'), 'utf8')
    const split = html.indexOf('<script>', html.indexOf('<div id="app"></div>'))
    expect(html.slice(split)).toMatch(/^<script>[^<]*function chooseShell/)
    let resume: () => void = () => {}
    const stalled = new Promise<void>((resolve) => {
      resume = resolve
    })
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.write(html.slice(0, split))
      void stalled.then(() => response.end(html.slice(split)))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const context = await deviceWith({ onboarded: true })
    const page = await context.newPage()
    await page.route(/\.js(\?|$)/, route => route.abort())
    try {
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' })
      await page.waitForFunction(() => document.getElementById('app') !== null)
      await expect(page.evaluate(() => document.getElementById('app')!.textContent)).resolves.toBe('')
      resume()
      // Then the script puts in the household's page.
      await page.getByTestId('lookup-input').waitFor()
      await expect(page.getByTestId('choose-household').count()).resolves.toBe(0)
    }
    finally {
      resume()
      await context.close()
      await new Promise(resolve => server.close(resolve))
    }
  })

  it('fetches no SVG image document and no stylesheet on either first screen: the header draws the app icon, the styles are inline', async () => {
    const context = await browser().newContext({ ...PHONE, serviceWorkers: 'block' })
    const first = await context.newPage()
    const svgs: string[] = []
    const stylesheets: string[] = []
    context.on('request', (request) => {
      if (/\.svg(\?|$)/.test(request.url())) svgs.push(request.url())
      if (/\.css(\?|$)/.test(request.url())) stylesheets.push(request.url())
    })
    await first.goto(`${baseUrl()}#/welcome`)
    await first.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
    await first.waitForLoadState('networkidle')
    expect(stylesheets).toEqual([])
    // The welcome page is styled as painted: its choices are cards side by side or stacked, not bare buttons.
    await expect(first.getByTestId('choose-household').evaluate(button => getComputedStyle(button).borderRadius)).resolves.not.toBe('0px')
    await onboardHousehold(first)
    await first.close()
    const page = await context.newPage()
    await page.goto(baseUrl())
    await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
    await page.waitForLoadState('networkidle')
    await expect(page.locator('header svg.header-logo').count()).resolves.toBe(1)
    expect(svgs).toEqual([])
    expect(stylesheets).toEqual([])
    await expect(page.locator('section[aria-labelledby="browse-title"] ul').evaluate(list => getComputedStyle(list).display)).resolves.toBe('grid')
    // The tab icon and the home-screen icon are the PNG/ICO renderings of the same drawing.
    await expect(page.locator('link[rel="icon"]').evaluateAll(links => links.map(link => (link as HTMLLinkElement).href.split('/').pop()))).resolves.toEqual(['favicon.ico'])
    const icon = await page.request.get(new URL('favicon.ico', page.url()).href)
    expect(icon.status()).toBe(200)
    await context.close()
  })

  it('leaves <html lang> alone while starting: rewriting it, even to the same value, restyles the whole page', async () => {
    for (const locale of [undefined, 'en'] as const) {
      const context = await deviceWith({ onboarded: true, ...(locale ? { locale } : {}) })
      await context.addInitScript(() => {
        const win = window as unknown as { langWrites: number }
        win.langWrites = 0
        // Watches from the first parse on, after the inline script has chosen the shell.
        document.addEventListener('DOMContentLoaded', () => {
          new MutationObserver(records => win.langWrites += records.length).observe(document.documentElement, { attributeFilter: ['lang'] })
        })
      })
      const page = await context.newPage()
      await page.goto(baseUrl())
      await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
      await page.waitForLoadState('networkidle')
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(locale ?? 'zh-CN')
      await expect(page.evaluate(() => (window as unknown as { langWrites: number }).langWrites)).resolves.toBe(0)
      // Switching the language still updates it.
      await page.goto(`${baseUrl()}#/me`)
      await page.getByTestId(locale ? 'language-zh-CN' : 'language-en').click()
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale ? 'zh-CN' : 'en')
      await context.close()
    }
  })

  it('keeps the idly hydrated bins whole when the dictionary arrives before the browser is idle', async () => {
    const context = await returningHousehold()
    // A browser that is never idle for long: idle callbacks come three seconds late.
    await context.addInitScript(() => {
      window.requestIdleCallback = (callback: IdleRequestCallback) => window.setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), 3000)
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    await page.goto(baseUrl())
    await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0)
    // Focusing the search box loads the dictionary, whose counts the bins show.
    await page.getByTestId('lookup-input').focus()
    const bins = page.locator('section[aria-labelledby="browse-title"] li')
    await expect.poll(() => bins.first().textContent(), { timeout: 10_000 }).toMatch(/\d+ 种物品/)
    await expect(bins.count()).resolves.toBe(4)
    expect(errors).toEqual([])
    await context.close()
  })

  it.each([
    ['a new phone restoring a backup, which works before setting up', {}, '#/restore'],
    ['a new phone opening a backup link', {}, '#/restore/SH1abc'],
    ['a new phone opening a code link', {}, '#/code/SH1abc'],
    ['a teacher’s start: their class comes instead', { onboarded: true, mode: 'teacher' as const }, ''],
    ['Lookup on a teacher’s device', { onboarded: true, mode: 'teacher' as const }, '#/lookup'],
    ['Lookup on a coordinator’s device: their tab bar has the school in it', { onboarded: true, mode: 'coordinator' as const }, '#/lookup'],
  ])('paints no shell for %s', async (_, settings, hash) => {
    const context = await deviceWith(settings)
    const page = await paintedOnly(context, `${baseUrl()}${hash}`)
    await expect(page.locator('#app').innerHTML()).resolves.toBe('')
    await context.close()
  })

  it('keeps a tap made before the app ran, and carries it out once the app has taken over', async () => {
    const context = await deviceWith({})
    const page = await context.newPage()
    // Hold the app's entry back until after the tap.
    const entry = await holdBack(page, /assets\/index-[^/]+\.js$/)
    await page.goto(`${baseUrl()}#/welcome`)
    await page.getByTestId('choose-household').click()
    entry.release()
    await page.getByRole('textbox').waitFor()
    await context.close()
  })

  it('keeps a link tapped while the app is starting: the first page does not take the address back', async () => {
    const context = await deviceWith({})
    const page = await context.newPage()
    // Hold the welcome page's own chunk: the app is running, its first navigation not yet done.
    const welcomePage = await holdBack(page, /assets\/welcome-page-[^/]+\.js$/)
    await page.goto(`${baseUrl()}#/welcome`)
    await expect.poll(welcomePage.requested).toBe(true)
    await page.getByTestId('welcome-restore').click()
    welcomePage.release()
    await page.getByTestId('restore-file').waitFor()
    expect(page.url()).toMatch(/#\/restore$/)
    await context.close()
  })

  it('fetches at most 100 KB of JavaScript (gzip) on either entry page, and no database code before the app runs', async () => {
    const { welcome, lookup } = await measureFirstLoad(browser(), baseUrl())
    const dexie = (files: typeof welcome.scripts) => files.filter(script => /dexie/.test(script.file))
    // A first visit needs no database until the household is saved.
    expect(dexie(welcome.scripts)).toEqual([])
    // A returning household's page asks for it only once the app is taking over the painted page
    // (a page importing Dexie at the top would fetch it with the page, before that).
    expect(lookup.hydratingMs).not.toBeNull()
    for (const script of dexie(lookup.scripts)) expect(script.startMs).toBeGreaterThan(lookup.hydratingMs!)
    const list = (route: typeof welcome) => route.scripts.map(s => `${s.file} ${(s.gzipBytes / 1024).toFixed(1)} KB`).join(', ')
    expect(welcome.totalGzipKb, list(welcome)).toBeLessThanOrEqual(100)
    expect(lookup.totalGzipKb, list(lookup)).toBeLessThanOrEqual(100)
  })

  it('starts either first screen from a few whole scripts: the entry with Vue in it, and one file for the page', async () => {
    // Each script requested costs the main thread while the app starts (src/cli/prerender/chunks.ts).
    // Besides those two: the bundler's runtime helpers, the welcome page's texts, the offline
    // helper (workbox-window); left to the bundler, the lookup page needed 23.
    const { welcome, lookup } = await measureFirstLoad(browser(), baseUrl())
    for (const route of [welcome, lookup]) {
      expect(route.mountedMs, route.route).not.toBeNull()
      const beforeMount = route.scripts.filter(script => script.startMs <= route.mountedMs!).map(script => script.file)
      expect(beforeMount.length, `${route.route}: ${beforeMount.join(', ')}`).toBeLessThanOrEqual(5)
      expect(beforeMount.some(file => /-page-[\w-]+\.js$/.test(file)), route.route).toBe(true)
    }
  })
})
