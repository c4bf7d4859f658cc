/**
 * Open Food Facts API v2 product responses written for tests, in the documented shape
 * `{ code, product, status, status_verbose }` with only the fields the app requests
 * (`OFF_PRODUCT_FIELDS`). The real responses live in tests/fixtures/off; these cover what those
 * do not: structured multi-component packaging, tags only, Chinese text, "product not found".
 *
 * The barcodes are made up on purpose: GS1 prefix 0000000 is reserved for numbers used inside
 * one company, so no product in Open Food Facts (or a shop) carries them. Product names are
 * invented too.
 */

/** Made-up barcodes, valid check digits, GS1 prefix 0000000 (company-internal): see above. */
export const FAKE_CODES = {
  glassBottle: '0000000000017',
  tetraPak: '0000000000024',
  missing: '0000000000031',
  tagsOnly: '0000000000048',
  chineseText: '0000000000055',
  yogurt: '0000000000062',
  noPackaging: '0000000000079',
  aerosol: '0000000000086',
  v3Values: '0000000000093',
} as const

/** A "product found" response around `product`. */
export function offFound(code: string, product: Record<string, unknown>) {
  return { code, product, status: 1, status_verbose: 'product found' }
}

/** The response OFF gives for a barcode it does not know (with HTTP 404 in API v2). */
export function offNotFound(code: string) {
  return { code, status: 0, status_verbose: 'product not found' }
}

/** A packagings[] entry as API v2 returns it: taxonomy ids. */
export function component(shape: string | undefined, material: string | undefined, units = 1) {
  return { number_of_units: units, ...(shape && { shape }), ...(material && { material }), recycling: 'en:recycle' }
}

/** Glass bottle + metal cap + plastic film label (a bottled drink). */
export const GLASS_BOTTLE_CAP_LABEL = offFound(FAKE_CODES.glassBottle, {
  product_name: 'Test sparkling water',
  packagings: [
    component('en:bottle', 'en:glass'),
    component('en:bottle-cap', 'en:metal'),
    component('en:label', 'en:plastic'),
  ],
  packaging_materials_tags: ['en:glass', 'en:metal', 'en:plastic'],
  packaging_shapes_tags: ['en:bottle', 'en:bottle-cap', 'en:label'],
  packaging_recycling_tags: ['en:recycle'],
  packaging: 'Bouteille en verre, capsule métal, étiquette plastique',
})

/** A Tetra Pak drink carton with a screw cap in HDPE and a PP straw. */
export const TETRA_PAK_WITH_CAP = offFound(FAKE_CODES.tetraPak, {
  product_name: 'Test soy milk 250 ml',
  packagings: [
    component('en:brick', 'en:tetra-pak'),
    component('en:bottle-cap', 'en:hdpe-high-density-polyethylene'),
    component('en:drinking-straw', 'en:pp-polypropylene'),
  ],
})

/** Status 0: a barcode OFF has never seen. */
export const NOT_FOUND = offNotFound(FAKE_CODES.missing)

/** No packagings[], only the unpaired tag arrays (older products). */
export const TAGS_ONLY = offFound(FAKE_CODES.tagsOnly, {
  product_name: 'Test cola 330 ml',
  packaging_materials_tags: ['en:plastic', 'en:pet-1-polyethylene-terephthalate', 'en:aluminium'],
  packaging_shapes_tags: ['en:bottle', 'en:can'],
})

/** Legacy free text in Chinese, with Chinese punctuation. */
export const CHINESE_TEXT = offFound(FAKE_CODES.chineseText, {
  product_name: '测试辣椒酱',
  packaging: '玻璃瓶，金属盖，塑料标签',
})

/** A yogurt: polystyrene pot, aluminium seal, cardboard sleeve, four pots in the pack. */
export const YOGURT_POTS = offFound(FAKE_CODES.yogurt, {
  product_name: 'Test yogurt 4 × 125 g',
  packagings: [
    component('en:pot', 'en:ps-polystyrene', 4),
    component('en:seal', 'en:aluminium', 4),
    component('en:sleeve', 'en:cardboard'),
  ],
})

/** A product that exists but has no packaging data: empty packagings[], empty text. */
export const NO_PACKAGING = offFound(FAKE_CODES.noPackaging, {
  product_name: 'Test rice',
  packagings: [],
  packaging: '',
  packaging_materials_tags: [],
})

/** Whipped cream in an aerosol can: recyclable only once empty. */
export const AEROSOL = offFound(FAKE_CODES.aerosol, {
  product_name: 'Test whipped cream',
  packagings: [component('en:aerosol-can', 'en:steel'), component('en:lid', 'en:plastic')],
})

/** Taxonomy values as objects ({ id, lc_name }), as API v3 gives them. */
export const V3_VALUES = offFound(FAKE_CODES.v3Values, {
  product_name: 'Test crisps',
  packagings: [
    { number_of_units: '1', shape: { id: 'en:bag', lc_name: 'Bag' }, material: { id: 'en:plastic', lc_name: 'Plastic' } },
  ],
})
