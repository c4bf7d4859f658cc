import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BARCODE_FIXTURES } from '../fixtures/paths'
import { writeFakeCamera } from './support/fake-camera'
import { baseUrl, onboardHousehold, PHONE, seriousA11yViolations, useBrowser } from './support/browser'

const BARCODES = BARCODE_FIXTURES
/** An ISBN (a Penguin paperback), photographed: ean13-1/25.png reads 9780140013993. */
const BOOK_PHOTO = join(BARCODES, 'ean13-1/25.png')
/** A grocery product from Switzerland's GS1 range: ean13-1/21.png reads 7622200008018. */
const PRODUCT_PHOTO = join(BARCODES, 'ean13-1/21.png')

const camera = join(mkdtempSync(join(tmpdir(), 'sorthero-cam-')), 'book.y4m')
writeFakeCamera(BOOK_PHOTO, camera)

const withCamera = useBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${camera}`])
const withoutCamera = useBrowser()

async function openScan(browser: ReturnType<typeof withCamera>, permissions: string[]) {
  const context = await browser.newContext({ ...PHONE, permissions })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  await page.goto(baseUrl())
  await onboardHousehold(page)
  await page.getByTestId('open-scan').click()
  return { context, page, errors }
}

describe('scanning with the camera', () => {
  it('reads a book’s barcode from the camera and answers recyclable paper', async () => {
    const { context, page, errors } = await openScan(withCamera(), ['camera'])
    const answer = page.getByTestId('scan-answer')
    await answer.waitFor({ timeout: 20_000 })
    await expect(answer.getAttribute('data-source')).resolves.toBe('book')
    await expect(answer.textContent()).resolves.toContain('9780140013993')
    await expect(page.getByTestId('scan-part-0').getAttribute('data-category')).resolves.toBe('recyclable')
    // The camera is released once the barcode is read.
    await expect.poll(() => page.evaluate(() => (document.querySelector('video')?.srcObject ?? null) === null)).toBe(true)
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('without the camera', () => {
  it('explains a denied camera and offers a photo and typed digits instead', async () => {
    const { context, page } = await openScan(withoutCamera(), [])
    const problem = page.getByTestId('camera-problem')
    await problem.waitFor()
    await expect(problem.getAttribute('data-state')).resolves.toMatch(/denied|no-camera/)
    await page.getByTestId('scan-photo').waitFor()
    await page.getByTestId('digits-form').waitFor()

    // A wrong check digit is caught and the right one named.
    await page.getByTestId('digits-form').getByRole('textbox').fill('9771699057003')
    await page.getByTestId('digits-form').getByRole('button').click()
    await expect(page.getByTestId('digits-problem').textContent()).resolves.toContain('2')
    // Typed on a Chinese keyboard: full-width digits and a full-width space are read as digits.
    await page.getByTestId('digits-form').getByRole('textbox').fill('９７７１６９９　０５７００２')
    await page.getByTestId('digits-form').getByRole('button').click()
    await expect(page.getByTestId('scan-answer').getAttribute('data-source')).resolves.toBe('periodical')
    await expect(page.getByTestId('scan-answer').textContent()).resolves.toContain('9771699057002')
    expect(await seriousA11yViolations(page)).toEqual([])
    await context.close()
  })

  it('reads an uploaded photo, learns an unknown product, and answers it from memory next time', async () => {
    const { context, page, errors } = await openScan(withoutCamera(), [])
    await page.getByTestId('photo-input').setInputFiles(PRODUCT_PHOTO)
    const answer = page.getByTestId('scan-answer')
    await answer.waitFor()
    await expect(answer.textContent()).resolves.toContain('7622200008018')
    await expect(page.getByTestId('scan-country').textContent()).resolves.toContain('瑞士')
    // Asked once before anything is sent to Open Food Facts; the household says no.
    await page.getByTestId('off-consent').getByRole('button', { name: '不用了' }).click()
    await page.getByTestId('scan-teach').waitFor()
    await page.getByTestId('scan-teach-search').fill('巧克力')
    await page.getByTestId('scan-teach').locator('[data-testid^="teach-item-"]').first().click()
    await expect.poll(() => answer.getAttribute('data-source')).toBe('taught')

    await page.getByTestId('scan-again').click()
    await page.getByTestId('photo-input').setInputFiles(PRODUCT_PHOTO)
    await expect.poll(() => page.getByTestId('scan-answer').getAttribute('data-source')).toBe('taught')
    // The choice not to look things up online was remembered: no question this time.
    expect(await page.getByTestId('off-consent').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('looks a product up on Open Food Facts when allowed, one answer per packaging part', async () => {
    const { context, page } = await openScan(withoutCamera(), [])
    const requests: string[] = []
    // The machine has no internet: Open Food Facts answers from a fixture in the documented shape.
    await context.route('https://world.openfoodfacts.org/**', async (route) => {
      requests.push(route.request().url())
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ code: '7622200008018', status: 1, status_verbose: 'product found', product: { product_name: 'Test fixture drink', packagings: [{ shape: 'en:bottle', material: 'en:glass' }, { shape: 'en:cap', material: 'en:steel' }, { shape: 'en:label', material: 'en:plastic' }] } }),
      })
    })
    await page.getByTestId('digits-form').getByRole('textbox').fill('7622200008018')
    await page.getByTestId('digits-form').getByRole('button').click()
    await page.getByTestId('off-consent').getByRole('button', { name: '允许联网查询' }).click()
    await expect.poll(() => page.getByTestId('scan-answer').getAttribute('data-source')).toBe('off')
    expect(requests[0]).toMatch(/\/api\/v2\/product\/7622200008018\?fields=product_name,packagings,.*&app_name=SortHero/)
    const categories = await page.locator('[data-testid^="scan-part-"]').evaluateAll(parts => parts.map(part => part.getAttribute('data-category')))
    expect(categories).toEqual(['recyclable', 'recyclable', 'other'])
    await context.close()
  })

  it('never waits on Open Food Facts for more than five seconds, and goes on without it', async () => {
    const { context, page } = await openScan(withoutCamera(), [])
    // Answers only after eight seconds, like a request stuck on a bad mobile connection.
    await context.route('https://world.openfoodfacts.org/**', async (route) => {
      await new Promise(resolve => setTimeout(resolve, 8000))
      await route.abort().catch(() => {})
    })
    await page.getByTestId('digits-form').getByRole('textbox').fill('7622200008018')
    await page.getByTestId('digits-form').getByRole('button').click()
    await page.getByTestId('off-consent').getByRole('button', { name: '允许联网查询' }).click()
    await expect.poll(() => page.getByTestId('off-failed').textContent(), { timeout: 9000 }).toContain('查询超时')
    await page.getByTestId('scan-teach').waitFor()

    // Offline, nothing is sent and the answer comes at once.
    await page.getByTestId('scan-again').click()
    await context.setOffline(true)
    await page.getByTestId('digits-form').getByRole('textbox').fill('4000539017100')
    await page.getByTestId('digits-form').getByRole('button').click()
    await expect.poll(() => page.getByTestId('off-failed').textContent()).toContain('现在没有网络')
    await context.close()
  })
})

