import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { OFF_FIXTURES } from '../../tests/fixtures/paths'
import { isSubTypeOf } from './categories'
import { classifyGtin } from './gs1'
import {
  classifyPackaging,
  classifyPackagingTags,
  classifyPackagingText,
  MATERIAL_KEYS,
  MATERIAL_RULES,
  type MaterialRule,
  PACKAGING_WORDS,
  type PackagingBin,
  packagingTokens,
  packagingVerdict,
  parseOffProduct,
  readPackagingWords,
  SHAPE_KEYS,
  SHAPE_RULES,
  type ShapeRule,
} from './off'
import {
  AEROSOL,
  CHINESE_TEXT,
  FAKE_CODES,
  GLASS_BOTTLE_CAP_LABEL,
  NO_PACKAGING,
  NOT_FOUND,
  TAGS_ONLY,
  TETRA_PAK_WITH_CAP,
  V3_VALUES,
  YOGURT_POTS,
} from './off-fixtures/products'

const SHARED_OFF = OFF_FIXTURES

function sharedFixture(file: string): unknown {
  return JSON.parse(readFileSync(path.join(SHARED_OFF, file), 'utf8'))
}

/** [shape, material, category, sub] per part, the way a result card lists them. */
function bins(parts: readonly { shape?: string, material?: string, category: string | null, sub?: string }[]) {
  return parts.map(p => [p.shape, p.material, p.category, p.sub])
}

describe('the mapping tables', () => {
  it('give every bin a sub-type of its own category', () => {
    const rules: (MaterialRule | ShapeRule)[] = [...Object.values(MATERIAL_RULES), ...Object.values(SHAPE_RULES)]
    const allBins: PackagingBin[] = rules.flatMap((rule) => {
      const r = rule as Partial<MaterialRule & ShapeRule>
      return [r.bin, r.rigid, r.flexible, r.alone, r.fixed, ...Object.values(r.byShape ?? {})].filter((b): b is PackagingBin => !!b)
    })
    expect(allBins.length).toBeGreaterThan(40)
    for (const bin of allBins) {
      if (bin.sub) expect(isSubTypeOf(bin.category, bin.sub), `${bin.category}/${bin.sub}`).toBe(true)
    }
  })

  it('has words for every material and every shape', () => {
    for (const key of MATERIAL_KEYS) expect(PACKAGING_WORDS.some(w => w.material === key), key).toBe(true)
    for (const key of SHAPE_KEYS) expect(PACKAGING_WORDS.some(w => w.shape === key), key).toBe(true)
  })

  it('never gives one word two meanings', () => {
    const meaning = new Map<string, string>()
    for (const { words, material, shape, implies } of PACKAGING_WORDS) {
      for (const word of words) {
        const key = packagingTokens(word).join(' ')
        expect(key, word).not.toBe('')
        const said = `${material ?? ''}/${shape ?? ''}/${implies ?? ''}`
        expect(meaning.get(key) ?? said, `"${word}"`).toBe(said)
        meaning.set(key, said)
      }
    }
  })
})

describe('packagingTokens', () => {
  it.each([
    ['Boîtes', ['boite']],
    ['Bouteilles en VERRE', ['bouteille', 'en', 'verre']],
    ['en:pet-1-polyethylene-terephthalate', ['pet', '1', 'polyethylene', 'terephthalate']],
    ['fr:Boîte à œufs', ['boite', 'a', 'oeuf']],
    ['PET瓶', ['pet', '瓶']],
    ['Glass', ['glass']],
  ])('reads %j as %j', (text, tokens) => {
    expect(packagingTokens(text)).toEqual(tokens)
  })
})

describe('readPackagingWords', () => {
  it.each([
    // French, the language of most legacy OFF text
    ['boîte', [], ['box']],
    ['plastique', ['plastic'], []],
    ['verre', ['glass'], []],
    ['carton', ['cardboard'], []],
    ['cellophane', ['cellophane'], []],
    ['métal', ['metal'], []],
    ['sachet', [], ['bag']],
    ['bouchon', [], ['cap']],
    ['opercule', [], ['seal']],
    ['barquette', [], ['tray']],
    ['boîte de conserve', [], ['can']],
    ['carton ondulé', ['cardboard'], []],
    ['papier aluminium', ['aluminium-foil'], ['film']],
    ['brique alimentaire', ['beverage-carton'], ['brick']],
    // English, including the longer phrases that must beat their parts
    ['milk carton', ['beverage-carton'], ['brick']],
    ['egg carton', [], ['box']],
    ['tin foil', ['aluminium-foil'], ['film']],
    ['tin-plated steel', ['steel'], []],
    ['blister pack', [], ['blister']],
    ['aerosol can', [], ['aerosol']],
    // Chinese
    ['玻璃瓶', ['glass'], ['bottle']],
    ['玻璃纸', ['cellophane'], []],
    ['塑料瓶盖', ['plastic'], ['cap']],
    ['锡纸', ['aluminium-foil'], ['film']],
    ['利乐包', ['beverage-carton'], ['brick']],
    ['易拉罐', [], ['can']],
    ['保鲜膜', ['plastic'], ['film']],
    ['纸箱', ['cardboard'], ['box']],
    ['泡沫餐盒', ['eps'], ['box']],
    ['软木塞', ['cork'], ['cap']],
    // Nothing we know
    ['Recyclable', [], []],
  ])('%s → materials %j, shapes %j', (text, materials, shapes) => {
    expect(readPackagingWords(text)).toEqual({ materials, shapes })
  })
})

describe('classifyPackaging: one structured component (OFF taxonomy ids)', () => {
  it.each([
    // Recyclable: glass, metal, paper and cardboard, drink cartons, rigid plastics
    ['en:bottle', 'en:glass', 'recyclable', 'glass'],
    ['en:jar', 'en:glass', 'recyclable', 'glass'],
    ['en:can', 'en:aluminium', 'recyclable', 'metal'],
    ['en:drink-can', 'en:aluminium', 'recyclable', 'metal'],
    ['en:food-can', 'en:steel', 'recyclable', 'metal'],
    ['en:bottle-cap', 'en:metal', 'recyclable', 'metal'],
    ['en:lid', 'en:tin-plated-steel', 'recyclable', 'metal'],
    ['en:box', 'en:cardboard', 'recyclable', 'paper'],
    ['en:box', 'en:corrugated-cardboard', 'recyclable', 'paper'],
    ['en:bag', 'en:paper', 'recyclable', 'paper'],
    ['en:sleeve', 'en:paperboard', 'recyclable', 'paper'],
    ['en:brick', 'en:tetra-pak', 'recyclable', 'paper'],
    ['en:brick', 'en:beverage-carton', 'recyclable', 'paper'],
    ['en:bottle', 'en:pet-1-polyethylene-terephthalate', 'recyclable', 'plastic'],
    ['en:bottle', 'en:pet-polyethylene-terephthalate', 'recyclable', 'plastic'],
    ['en:bottle', 'en:hdpe-2-high-density-polyethylene', 'recyclable', 'plastic'],
    ['en:pot', 'en:pp-5-polypropylene', 'recyclable', 'plastic'],
    ['en:pot', 'en:ps-6-polystyrene', 'recyclable', 'plastic'],
    ['en:tray', 'en:plastic', 'recyclable', 'plastic'],
    ['en:jar', 'en:plastic', 'recyclable', 'plastic'],
    ['en:bottle-cap', 'en:plastic', 'recyclable', 'plastic'],
    ['en:bottle', 'en:ldpe-4-low-density-polyethylene', 'recyclable', 'plastic'],
    [undefined, 'en:pet-1-polyethylene-terephthalate', 'recyclable', 'plastic'],
    [undefined, 'en:pp-polypropylene', 'recyclable', 'plastic'],
    ['en:crate', 'en:wood', 'recyclable', 'wood'],
    // Other waste: films, bags, wrappers, laminates, cellophane, foil, foam, cork, wood bits
    ['en:film', 'en:plastic', 'other', 'soiled-packaging'],
    ['en:bag', 'en:plastic', 'other', 'soiled-packaging'],
    ['en:bag', 'en:pp-polypropylene', 'other', 'soiled-packaging'],
    ['en:wrapper', 'en:plastic', 'other', 'soiled-packaging'],
    ['en:label', 'en:plastic', 'other', 'soiled-packaging'],
    ['en:film', 'en:opp-oriented-polypropylen', 'other', 'soiled-packaging'],
    [undefined, 'en:ldpe-low-density-polyethylene', 'other', 'soiled-packaging'],
    ['en:bag', 'en:multilayer-composite', 'other', 'composite'],
    [undefined, 'en:composite-material', 'other', 'composite'],
    [undefined, 'en:paper-and-plastic', 'other', 'composite'],
    [undefined, 'en:paper-and-fibreboard-aluminium', 'other', 'composite'],
    [undefined, 'en:plastic-aluminium', 'other', 'composite'],
    [undefined, 'en:petmet-metalized-polyethylene-terephthalate', 'other', 'composite'],
    ['en:film', 'xx:cellophane', 'other', 'soiled-packaging'],
    ['en:seal', 'en:aluminium', 'other', 'soiled-packaging'],
    [undefined, 'en:light-aluminium', 'other', 'soiled-packaging'],
    ['en:tray', 'en:expanded-polystyrene', 'other', 'soiled-packaging'],
    ['en:blister', 'en:plastic', 'other', 'composite'],
    ['en:pouch-flask', 'en:plastic', 'other', 'composite'],
    ['en:tumbler', 'en:paper', 'other', 'composite'],
    [undefined, 'en:baking-paper', 'other', 'soiled-packaging'],
    [undefined, 'en:o-7-other-plastics', 'other', 'misc'],
    [undefined, 'en:pla-polylactic-acid', 'other', 'misc'],
    ['en:wine-cork', 'en:cork', 'other', 'misc'],
    ['en:stick', 'en:wood', 'other', 'misc'],
    [undefined, 'en:ceramic', 'other', 'ceramic'],
    ['en:drinking-straw', 'en:pp-polypropylene', 'other', 'misc'],
    // Shape alone
    ['en:bottle', undefined, 'recyclable', undefined],
    ['en:can', undefined, 'recyclable', 'metal'],
    ['en:brick', undefined, 'recyclable', 'paper'],
    ['en:film', undefined, 'other', 'soiled-packaging'],
    ['en:bag', undefined, 'other', 'soiled-packaging'],
    ['en:coffee-capsule', 'en:aluminium', 'other', 'composite'],
  ])('shape %s, material %s → %s / %s', (shape, material, category, sub) => {
    const result = classifyPackaging({ shape, material })
    expect([result.category, result.sub]).toEqual([category, sub])
  })

  it.each([
    ['en:box', undefined],
    ['en:container', undefined],
    [undefined, 'en:plastic'],
    ['en:packaging', 'en:plastic'],
    [undefined, 'en:unknown'],
  ])('does not guess for shape %s, material %s', (shape, material) => {
    expect(classifyPackaging({ shape, material })).toMatchObject({ category: null, reason: 'unknown' })
  })

  it('says whether the material or the shape decided', () => {
    expect(classifyPackaging({ shape: 'en:bottle', material: 'en:glass' }).reason).toBe('material')
    expect(classifyPackaging({ shape: 'en:bottle' }).reason).toBe('shape')
    expect(classifyPackaging({ shape: 'en:blister', material: 'en:plastic' }).reason).toBe('shape')
  })

  it('makes a pressurised can recyclable only with "empty it first", hazardous only when stated', () => {
    expect(classifyPackaging({ shape: 'en:aerosol-can', material: 'en:steel' })).toMatchObject({ category: 'recyclable', sub: 'metal', caution: 'empty-first' })
    expect(classifyPackaging({ shape: 'en:aerosol-can' })).toMatchObject({ category: 'recyclable', caution: 'empty-first' })
    expect(classifyPackaging({ shape: 'en:aerosol-can', material: 'fr:dangereux' })).toMatchObject({ category: 'hazardous', sub: 'chemical' })
    expect(packagingVerdict(undefined, 'aerosol').caution).toBe('empty-first')
    expect(packagingVerdict('steel', 'can').caution).toBeUndefined()
  })

  it('takes a material from the shape field when the material field is missing', () => {
    expect(classifyPackaging({ shape: 'fr:bouteille-en-verre' })).toMatchObject({ shape: 'bottle', material: 'glass', category: 'recyclable', sub: 'glass' })
  })

  it('keeps what OFF said, and the number of units', () => {
    expect(classifyPackaging({ shape: 'en:pot', material: 'en:ps-polystyrene', units: 4 })).toMatchObject({
      shape: 'tub', material: 'ps', units: 4, raw: { shape: 'en:pot', material: 'en:ps-polystyrene' },
    })
  })
})

describe('classifyPackagingText: legacy free text', () => {
  it.each([
    ['boîte,plastique', [['box', 'plastic', 'recyclable', 'plastic']]],
    ['Cellophane,Carton', [[undefined, 'cellophane', 'other', 'soiled-packaging'], [undefined, 'cardboard', 'recyclable', 'paper']]],
    ['Bouteille en verre, bouchon métal', [['bottle', 'glass', 'recyclable', 'glass'], ['cap', 'metal', 'recyclable', 'metal']]],
    ['bouteille verre bouchon métal', [['bottle', 'glass', 'recyclable', 'glass'], ['cap', 'metal', 'recyclable', 'metal']]],
    ['plastic bottle glass jar', [['bottle', 'plastic', 'recyclable', 'plastic'], ['jar', 'glass', 'recyclable', 'glass']]],
    ['Film plastique; Barquette polystyrène', [['film', 'plastic', 'other', 'soiled-packaging'], ['tray', 'ps', 'recyclable', 'plastic']]],
    ['Barquette polystyrène expansé', [['tray', 'eps', 'other', 'soiled-packaging']]],
    ['Brique Tetra Pak + bouchon plastique', [['brick', 'beverage-carton', 'recyclable', 'paper'], ['cap', 'plastic', 'recyclable', 'plastic']]],
    ['carton plastifié', [[undefined, 'composite', 'other', 'composite']]],
    ['Sachet plastique et carton', [['bag', 'plastic', 'other', 'soiled-packaging'], [undefined, 'cardboard', 'recyclable', 'paper']]],
    ['verre et métal', [[undefined, 'glass', 'recyclable', 'glass'], [undefined, 'metal', 'recyclable', 'metal']]],
    ['fr:Boîte, fr:Plastique', [['box', 'plastic', 'recyclable', 'plastic']]],
    ['Plastic bag, cardboard box', [['bag', 'plastic', 'other', 'soiled-packaging'], ['box', 'cardboard', 'recyclable', 'paper']]],
    ['玻璃瓶，金属盖，塑料标签', [['bottle', 'glass', 'recyclable', 'glass'], ['lid', 'metal', 'recyclable', 'metal'], ['label', 'plastic', 'other', 'soiled-packaging']]],
    ['纸盒、塑料袋', [['box', 'paper', 'recyclable', 'paper'], ['bag', 'plastic', 'other', 'soiled-packaging']]],
    ['纸杯', [['cup', 'paper', 'other', 'composite']]],
    ['铝箔袋', [['bag', 'aluminium-foil', 'other', 'soiled-packaging']]],
    ['薯片袋 复合膜', [['bag', 'composite', 'other', 'composite']]],
    ['Tetra Pak', [['brick', 'beverage-carton', 'recyclable', 'paper']]],
  ])('%j → %j', (text, expected) => {
    expect(bins(classifyPackagingText(text))).toEqual(expected)
  })

  it('keeps a segment it cannot read, as unknown, with its text', () => {
    expect(classifyPackagingText('Recyclable, Made in France')).toEqual([
      { category: null, reason: 'unknown', raw: { text: 'Recyclable' } },
      { category: null, reason: 'unknown', raw: { text: 'Made in France' } },
    ])
  })

  it('keeps the merged segments as the raw text of one part', () => {
    expect(classifyPackagingText('boîte,plastique')[0]?.raw).toEqual({ text: 'boîte, plastique' })
  })
})

describe('classifyPackagingTags', () => {
  it('gives one part per material, dropping "plastic" beside the resin it generalises', () => {
    expect(bins(classifyPackagingTags(['en:plastic', 'en:pet-1-polyethylene-terephthalate', 'en:aluminium'], ['en:bottle', 'en:can']))).toEqual([
      [undefined, 'pet', 'recyclable', 'plastic'],
      [undefined, 'aluminium', 'recyclable', 'metal'],
    ])
  })

  it('falls back to one part per shape, ignoring the generic "packaging"', () => {
    expect(bins(classifyPackagingTags([], ['en:packaging', 'en:bottle-or-vial', 'en:bottle', 'en:film']))).toEqual([
      ['bottle', undefined, 'recyclable', undefined],
      ['film', undefined, 'other', 'soiled-packaging'],
    ])
  })
})

describe('parseOffProduct over the real OFF responses in tests/fixtures/off', () => {
  it('reads "boîte,plastique" (legacy text only) as one plastic box', () => {
    expect(parseOffProduct(sharedFixture('product-7622210288257.json'))).toEqual({
      state: 'found',
      code: '7622210288257',
      productName: 'Grand Arôme',
      source: 'text',
      parts: [{ shape: 'box', material: 'plastic', category: 'recyclable', sub: 'plastic', reason: 'material', raw: { text: 'boîte, plastique' } }],
    })
  })

  it('prefers "Cellophane,Carton" to a structured component that only says "container"', () => {
    const answer = parseOffProduct(sharedFixture('product-737628064502.json'))
    expect(answer).toMatchObject({ state: 'found', code: '0737628064502', source: 'text' })
    expect(answer.state === 'found' && answer.productName).toMatch(/^Thai peanut noodle kit/)
    expect(answer.state === 'found' && bins(answer.parts)).toEqual([
      [undefined, 'cellophane', 'other', 'soiled-packaging'],
      [undefined, 'cardboard', 'recyclable', 'paper'],
    ])
  })

  it('reports a product with no packaging fields as "no packaging information"', () => {
    expect(parseOffProduct(sharedFixture('product-04963406-minimal.json'))).toEqual({ state: 'no-packaging', code: '04963406' })
  })
})

describe('parseOffProduct over fixtures in the documented shape', () => {
  it('uses only made-up, company-internal barcodes', () => {
    for (const code of Object.values(FAKE_CODES)) expect(classifyGtin(code), code).toMatchObject({ kind: 'restricted', use: 'internal' })
  })

  it('answers per component: bottle → recyclable, cap → recyclable, label → other', () => {
    const answer = parseOffProduct(GLASS_BOTTLE_CAP_LABEL)
    expect(answer).toMatchObject({ state: 'found', code: FAKE_CODES.glassBottle, productName: 'Test sparkling water', source: 'packagings' })
    expect(answer.state === 'found' && bins(answer.parts)).toEqual([
      ['bottle', 'glass', 'recyclable', 'glass'],
      ['cap', 'metal', 'recyclable', 'metal'],
      ['label', 'plastic', 'other', 'soiled-packaging'],
    ])
  })

  it('puts a Tetra Pak with paper, its cap with plastics and its straw in other waste', () => {
    const answer = parseOffProduct(TETRA_PAK_WITH_CAP)
    expect(answer.state === 'found' && bins(answer.parts)).toEqual([
      ['brick', 'beverage-carton', 'recyclable', 'paper'],
      ['cap', 'hdpe', 'recyclable', 'plastic'],
      ['straw', 'pp', 'other', 'misc'],
    ])
  })

  it('counts units: four yogurt pots and their seals, one sleeve', () => {
    const answer = parseOffProduct(YOGURT_POTS)
    expect(answer.state === 'found' && answer.parts.map(p => [p.shape, p.units, p.category])).toEqual([
      ['tub', 4, 'recyclable'],
      ['seal', 4, 'other'],
      ['sleeve', 1, 'recyclable'],
    ])
  })

  it('falls back to the tag arrays', () => {
    const answer = parseOffProduct(TAGS_ONLY)
    expect(answer).toMatchObject({ state: 'found', source: 'tags' })
    expect(answer.state === 'found' && bins(answer.parts)).toEqual([
      [undefined, 'pet', 'recyclable', 'plastic'],
      [undefined, 'aluminium', 'recyclable', 'metal'],
    ])
  })

  it('reads Chinese free text', () => {
    const answer = parseOffProduct(CHINESE_TEXT)
    expect(answer).toMatchObject({ state: 'found', productName: '测试辣椒酱', source: 'text' })
    expect(answer.state === 'found' && answer.parts.map(p => p.category)).toEqual(['recyclable', 'recyclable', 'other'])
  })

  it('flags the aerosol can', () => {
    const answer = parseOffProduct(AEROSOL)
    expect(answer.state === 'found' && answer.parts[0]).toMatchObject({ shape: 'aerosol', category: 'recyclable', caution: 'empty-first' })
  })

  it('reads taxonomy values given as { id, lc_name } objects and units given as strings', () => {
    const answer = parseOffProduct(V3_VALUES)
    expect(answer.state === 'found' && answer.parts).toEqual([
      { shape: 'bag', material: 'plastic', units: 1, category: 'other', sub: 'soiled-packaging', reason: 'material', raw: { shape: 'en:bag', material: 'en:plastic' } },
    ])
  })

  it('answers "no packaging information" when every packaging field is empty', () => {
    expect(parseOffProduct(NO_PACKAGING)).toEqual({ state: 'no-packaging', code: FAKE_CODES.noPackaging, productName: 'Test rice' })
  })

  it('answers not-found for status 0, "product not found"', () => {
    expect(parseOffProduct(NOT_FOUND)).toEqual({ state: 'not-found', code: FAKE_CODES.missing })
    expect(parseOffProduct({ status: 0, status_verbose: 'product not found' })).toEqual({ state: 'not-found' })
  })

  it.each([
    ['null', null],
    ['a string', 'product found'],
    ['an array', []],
    ['status 1 without a product', { code: '1', status: 1, status_verbose: 'product found' }],
    ['a product that is not an object', { status: 1, product: 'x' }],
  ])('answers invalid for %s', (_why, body) => {
    expect(parseOffProduct(body)).toEqual({ state: 'invalid' })
  })

  it('ignores malformed packagings entries instead of failing', () => {
    const answer = parseOffProduct({ status: 1, product: { packagings: [null, 'en:bottle', {}, { shape: 42 }, { shape: 'en:bottle', material: 'en:glass' }] } })
    expect(answer.state === 'found' && bins(answer.parts)).toEqual([['bottle', 'glass', 'recyclable', 'glass']])
  })
})
