/**
 * Open Food Facts, the one server the app asks. Kept here rather than imported from
 * `scan/off-client.ts` (whose imports the Vite config cannot load); csp.test.ts checks they agree.
 */
const OPEN_FOOD_FACTS = 'https://world.openfoodfacts.org'

/**
 * The app's Content-Security-Policy, as a `<meta http-equiv>` the build puts first in index.html
 * (a static host may not let us send headers). Everything is the app's own origin except what is
 * named here, so injected markup — a hostile nickname rendered by a bug, a tampered code — can
 * neither run a script nor send data anywhere.
 *
 * - script-src: the app's own files, plus the one inline script (the shell chooser), by hash.
 * - style-src: the app's stylesheets and the inlined critical CSS, by hash; style attributes
 *   ('unsafe-inline' in style-src-attr only) because the prerendered markup carries Vue's bound
 *   styles (`--tab-count`, bar widths). Attributes cannot load anything or run script.
 * - img-src data: blob: for QR codes and photos read from a file; connect-src adds Open Food
 *   Facts, the one server the app asks (and only after the household agreed).
 * - worker-src for the barcode decoder's worker; object-src, base-uri and form-action shut.
 *   frame-ancestors cannot be set from a meta tag; a host that can send headers should add it.
 */
export function contentSecurityPolicy(hashes: { script: string, style: string }): string {
  return [
    `default-src 'self'`,
    `script-src 'self' '${hashes.script}'`,
    `style-src 'self' '${hashes.style}'`,
    `style-src-attr 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self' ${OPEN_FOOD_FACTS}`,
    `media-src 'self' blob:`,
    `worker-src 'self' blob:`,
    `manifest-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
  ].join('; ')
}
