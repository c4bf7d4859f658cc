/**
 * Open Food Facts product answers → which bin each packaging part goes in, under China's
 * household rules (GB/T 19095-2019 and the national guidance, as the knowledge base applies them).
 *
 * OFF describes packaging three ways, from best to worst:
 * 1. `packagings[]`: one entry per component with taxonomy ids (`shape: "en:bottle"`,
 *    `material: "en:glass"`), the only source that pairs a shape with its material;
 * 2. `packaging_materials_tags` / `packaging_shapes_tags`: the same ids, but unpaired;
 * 3. `packaging`: legacy free text typed by contributors, mostly French ("boîte,plastique"),
 *    sometimes English or Chinese.
 * All three go through one word table (`PACKAGING_WORDS`): a taxonomy id is read as the words of
 * its name ("en:pet-1-polyethylene-terephthalate" → pet 1 polyethylene terephthalate), so ids OFF
 * adds later still match when their name uses words we know.
 *
 * OFF's own `recycling` field and `packaging_recycling_tags` are French/EU sorting instructions
 * (Citeo's "recycle"/"discard"); they are not used to pick a Chinese bin.
 */
import type { Category, SubTypeOf } from './categories'

/** The product fields the app asks OFF for (the API's `fields=` list). */
export const OFF_PRODUCT_FIELDS = [
  'product_name',
  'packagings',
  'packaging',
  'packaging_materials_tags',
  'packaging_shapes_tags',
  'packaging_recycling_tags',
] as const

/** A bin, with a sub-type that belongs to it. */
export type PackagingBin = { [C in Category]: { category: C, sub?: SubTypeOf<C> } }[Category]

const RECYCLABLE = { category: 'recyclable' } as const satisfies PackagingBin
const PAPER = { category: 'recyclable', sub: 'paper' } as const satisfies PackagingBin
const PLASTIC = { category: 'recyclable', sub: 'plastic' } as const satisfies PackagingBin
const METAL = { category: 'recyclable', sub: 'metal' } as const satisfies PackagingBin
const GLASS = { category: 'recyclable', sub: 'glass' } as const satisfies PackagingBin
/** Thin packaging that held food: too dirty and too light for recyclers (KB: cling film, bread bags). */
const SOILED = { category: 'other', sub: 'soiled-packaging' } as const satisfies PackagingBin
/** Layers glued together that no recycler separates (KB: crisp bags, paper cups, drink pouches). */
const COMPOSITE = { category: 'other', sub: 'composite' } as const satisfies PackagingBin
const OTHER = { category: 'other', sub: 'misc' } as const satisfies PackagingBin

/** What a material is made of, for merging several words about one component. */
export type MaterialFamily = 'glass' | 'metal' | 'paper' | 'carton' | 'plastic' | 'composite' | 'wood' | 'cork' | 'ceramic' | 'textile' | 'rubber' | 'wax' | 'hazard'

/** How a shape behaves: rigid containers and closures, or thin flexible packaging. */
export type ShapeForm = 'rigid' | 'flexible'

/** The rule for one material. Shape-specific bins win over `rigid`/`flexible`, which win over `bin`. */
export interface MaterialRule {
  family: MaterialFamily
  /**
   * Specificity inside the family: 0 for the generic word ("plastic"), 1 for a specific one
   * ("PET"), 2 for a special case with its own bin ("foam"). When one component is described by
   * several words of a family, the highest rank is kept.
   */
  rank: 0 | 1 | 2
  /** The bin when the shape says nothing more; null when only the shape can tell. */
  bin: PackagingBin | null
  rigid?: PackagingBin
  flexible?: PackagingBin
  byShape?: Partial<Record<ShapeKey, PackagingBin>>
}

/** Every material the mapping knows, for the "what is it made of?" picker and the tests. */
export const MATERIAL_KEYS = [
  'glass', 'metal', 'steel', 'aluminium', 'aluminium-foil', 'paper', 'cardboard', 'baking-paper', 'beverage-carton',
  'plastic', 'pet', 'hdpe', 'pvc', 'ldpe', 'pp', 'ps', 'eps', 'other-plastic', 'bioplastic', 'cellophane',
  'composite', 'wood', 'cork', 'ceramic', 'textile', 'rubber', 'wax', 'hazardous', 'battery',
] as const

/** A material the mapping knows. */
export type MaterialKey = (typeof MATERIAL_KEYS)[number]

/** Every packaging shape the mapping knows. */
export const SHAPE_KEYS = [
  'bottle', 'jar', 'can', 'aerosol', 'brick', 'box', 'tray', 'tub', 'cup', 'jug', 'crate', 'basket', 'cap', 'lid',
  'tube', 'sleeve', 'packaging', 'seal', 'film', 'bag', 'wrapper', 'label', 'net', 'string', 'pouch', 'blister',
  'coffee-capsule', 'tea-bag', 'straw', 'cutlery', 'pump',
] as const

/** A packaging shape the mapping knows. `packaging` is the generic "pack/container/emballage". */
export type ShapeKey = (typeof SHAPE_KEYS)[number]

/** What to tell the user before they follow the answer. */
export type PackagingCaution = 'empty-first'

/** The rule for one shape. */
export interface ShapeRule {
  form?: ShapeForm
  /** The bin when no material is known; absent when the shape alone cannot tell. */
  alone?: PackagingBin
  /** A bin that holds whatever the material (a pump is a spring in plastic; a pouch is laminate). */
  fixed?: PackagingBin
  caution?: PackagingCaution
}

/**
 * Materials → bins. "Rigid" plastics are recyclable (KB: bottles, tubs, trays, caps, clean
 * takeaway boxes); thin plastic that wrapped food is other waste (KB: cling film, bread and
 * frozen-food bags). Resin codes that are nearly always rigid in food packaging (PET 1, HDPE 2,
 * PP 5, PS 6) count as rigid when OFF gives no shape; LDPE 4 is nearly always film.
 */
export const MATERIAL_RULES = {
  'glass': { family: 'glass', rank: 1, bin: GLASS },
  'metal': { family: 'metal', rank: 0, bin: METAL, flexible: SOILED },
  'steel': { family: 'metal', rank: 1, bin: METAL, flexible: SOILED },
  'aluminium': { family: 'metal', rank: 1, bin: METAL, flexible: SOILED },
  // Foil that wrapped food is greasy or laminated (KB: chocolate foil, egg-tart foil cups, yogurt lids).
  'aluminium-foil': { family: 'metal', rank: 2, bin: SOILED },
  // Paper cups and tubs are lined with plastic (KB: paper cups and bowls → other, composite).
  'paper': { family: 'paper', rank: 0, bin: PAPER, byShape: { cup: COMPOSITE, tub: COMPOSITE } },
  'cardboard': { family: 'paper', rank: 1, bin: PAPER, byShape: { cup: COMPOSITE, tub: COMPOSITE } },
  'baking-paper': { family: 'paper', rank: 2, bin: SOILED },
  // Tetra Pak and other drink cartons are collected with paper (KB: 利乐包, milk cartons).
  'beverage-carton': { family: 'carton', rank: 1, bin: PAPER },
  'plastic': { family: 'plastic', rank: 0, bin: null, rigid: PLASTIC, flexible: SOILED },
  'pet': { family: 'plastic', rank: 1, bin: PLASTIC, flexible: SOILED },
  'hdpe': { family: 'plastic', rank: 1, bin: PLASTIC, flexible: SOILED },
  'pp': { family: 'plastic', rank: 1, bin: PLASTIC, flexible: SOILED },
  'ps': { family: 'plastic', rank: 1, bin: PLASTIC, flexible: SOILED },
  // PVC in food packaging is as often cling film and blisters as it is rigid.
  'pvc': { family: 'plastic', rank: 1, bin: null, rigid: PLASTIC, flexible: SOILED },
  'ldpe': { family: 'plastic', rank: 1, bin: SOILED, rigid: PLASTIC },
  // Foam trays and boxes (KB: 泡沫餐盒 → other).
  'eps': { family: 'plastic', rank: 2, bin: SOILED },
  // Code 7 and speciality resins (PC, PA, ABS, EVOH …) have no recycling stream here.
  'other-plastic': { family: 'plastic', rank: 2, bin: OTHER },
  // "Compostable" plastics are not kitchen waste and not recyclable (KB: 可降解餐盒/袋 → other).
  'bioplastic': { family: 'plastic', rank: 2, bin: OTHER },
  'cellophane': { family: 'plastic', rank: 2, bin: SOILED },
  'composite': { family: 'composite', rank: 1, bin: COMPOSITE },
  // Food-packaging wood is small and soiled (cheese boxes, sticks, skewers); a crate is recyclable
  // wood like the KB's wooden crates.
  'wood': { family: 'wood', rank: 1, bin: OTHER, byShape: { crate: { category: 'recyclable', sub: 'wood' }, box: { category: 'recyclable', sub: 'wood' } } },
  // KB: 软木塞 → other.
  'cork': { family: 'cork', rank: 1, bin: OTHER },
  'ceramic': { family: 'ceramic', rank: 1, bin: { category: 'other', sub: 'ceramic' } },
  'textile': { family: 'textile', rank: 1, bin: { category: 'recyclable', sub: 'textile' } },
  'rubber': { family: 'rubber', rank: 1, bin: { category: 'recyclable', sub: 'rubber' } },
  'wax': { family: 'wax', rank: 1, bin: OTHER },
  // Only when OFF states it ("dangerous", "toxique", "有害"): never guessed from a shape.
  'hazardous': { family: 'hazard', rank: 1, bin: { category: 'hazardous', sub: 'chemical' } },
  'battery': { family: 'hazard', rank: 2, bin: { category: 'hazardous', sub: 'battery' } },
} as const satisfies Record<MaterialKey, MaterialRule>

/**
 * Shapes → how they behave, and the bin when the material is unknown. A bottle or jar is glass or
 * plastic and both are recyclable; a can is metal; a brick is a drink carton. A box, tray, tub or
 * cup could be paper, plastic, foam or laminate, so the shape alone does not decide.
 */
export const SHAPE_RULES = {
  'bottle': { form: 'rigid', alone: RECYCLABLE },
  'jar': { form: 'rigid', alone: RECYCLABLE },
  'can': { form: 'rigid', alone: METAL },
  // A pressurised can with product left is dangerous to crush; empty, it is scrap metal (KB).
  'aerosol': { form: 'rigid', alone: METAL, caution: 'empty-first' },
  'brick': { form: 'rigid', alone: PAPER },
  'box': { form: 'rigid' },
  'tray': { form: 'rigid' },
  'tub': { form: 'rigid' },
  'cup': { form: 'rigid' },
  'jug': { form: 'rigid' },
  'crate': { form: 'rigid' },
  'basket': { form: 'rigid' },
  // Plastic and metal caps and lids are both recyclable (KB: 塑料瓶盖, 金属瓶盖).
  'cap': { form: 'rigid', alone: RECYCLABLE },
  'lid': { form: 'rigid', alone: RECYCLABLE },
  'tube': {},
  // OFF's "sleeve" is mostly a cardboard étui (paper stays paper) or a shrink sleeve (other).
  'sleeve': { form: 'flexible' },
  'packaging': {},
  'seal': { form: 'flexible', alone: SOILED },
  'film': { form: 'flexible', alone: SOILED },
  'bag': { form: 'flexible', alone: SOILED },
  'wrapper': { form: 'flexible', alone: SOILED },
  'label': { form: 'flexible' },
  'net': { form: 'flexible', alone: OTHER },
  'string': { form: 'flexible', alone: OTHER },
  'pouch': { form: 'flexible', fixed: COMPOSITE },
  'blister': { form: 'flexible', fixed: COMPOSITE },
  'coffee-capsule': { fixed: COMPOSITE },
  'tea-bag': { fixed: SOILED },
  'straw': { fixed: OTHER },
  'cutlery': { fixed: OTHER },
  'pump': { fixed: COMPOSITE },
} as const satisfies Record<ShapeKey, ShapeRule>

/** Words (in any language, any case, with or without accents) that name a material and/or shape. */
export interface PackagingWord {
  words: readonly string[]
  material?: MaterialKey
  shape?: ShapeKey
  /**
   * The shape a material word suggests ("tin foil" is a film, "Tetra Pak" a brick), used only when
   * nothing names the shape: 铝箔袋 is a foil bag, not a foil film and a bag.
   */
  implies?: ShapeKey
}

/**
 * The vocabulary, in English, French (most legacy OFF text), Chinese, and the common German,
 * Spanish, Italian and Dutch words of OFF's taxonomies. Longer phrases win over their parts, so
 * "carton" is cardboard (its French meaning, as in OFF's own taxonomy) but "milk carton" is a drink
 * carton and "egg carton" a box; "boîte" is a box but "boîte de conserve" a can; 玻璃纸 is
 * cellophane, not glass.
 */
export const PACKAGING_WORDS: readonly PackagingWord[] = [
  // Materials
  { material: 'glass', words: ['glass', 'verre', 'vidrio', 'vetro', 'glas', 'vidro', 'cristal', '玻璃'] },
  { material: 'metal', words: ['metal', 'métal', 'métaux', 'métallique', 'metall', 'metaal', 'metallo', '金属'] },
  { material: 'steel', words: ['steel', 'iron', 'acier', 'fer', 'fe', 'tinplate', 'tin plate', 'tin plated steel', 'fer blanc', 'weißblech', 'stahl', 'acero', 'acciaio', '钢', '铁', '铁皮', '马口铁'] },
  { material: 'aluminium', words: ['aluminium', 'aluminum', 'alu', 'alluminio', 'aluminio', 'heavy aluminium', '铝'] },
  { material: 'aluminium-foil', implies: 'film', words: ['aluminium foil', 'aluminum foil', 'alu foil', 'tin foil', 'papier aluminium', 'papier alu', 'feuille aluminium', 'feuille d aluminium', 'feuille alu', 'alufolie', '铝箔', '锡纸', '锡箔', '锡箔纸', '铝箔纸', '铝膜'] },
  { material: 'aluminium-foil', words: ['light aluminium', 'thin aluminium', 'aluminium léger', 'aluminium fin'] },
  { material: 'paper', words: ['paper', 'papier', 'papel', 'carta', 'pap', 'kraft', 'kraft paper', 'papier kraft', '纸', '纸张', '牛皮纸'] },
  { material: 'paper', shape: 'wrapper', words: ['包装纸'] },
  { material: 'cardboard', words: ['cardboard', 'carton', 'cartonné', 'cartonnée', 'cartonnette', 'paperboard', 'fibreboard', 'fiberboard', 'corrugated', 'corrugated cardboard', 'carton ondulé', 'pappe', 'karton', 'cartone', 'cartón', 'cartão', 'card', 'carte', '纸板', '硬纸板', '瓦楞纸', '卡纸', '纸壳'] },
  { material: 'cardboard', shape: 'box', words: ['carton à pizza', 'pizza box', '纸箱'] },
  { material: 'beverage-carton', implies: 'brick', words: ['tetra', 'tetra pak', 'tetrapak', 'tetra pack', 'tetrapack', 'tetra brik', 'combibloc', 'sig combibloc', 'elopak', 'pure pak', 'purepak', 'beverage carton', 'drink carton', 'drinks carton', 'liquid carton', 'milk carton', 'juice carton', 'brique alimentaire', 'liquid packaging board', '利乐', '利乐包', '利乐砖', '利乐枕', '康美包', '牛奶盒', '果汁盒', '饮料盒'] },
  { material: 'baking-paper', words: ['baking paper', 'parchment paper', 'greaseproof paper', 'papier sulfurisé', 'papier cuisson', 'papier parchemin', 'backpapier', '烘焙纸', '油纸', '硅油纸'] },
  { material: 'plastic', words: ['plastic', 'plastique', 'plástico', 'plastica', 'kunststoff', 'plastik', 'plastiek', 'plast', 'pe', 'polyethylene', 'polyéthylène', 'mixed plastics', '塑料', '塑胶', '聚乙烯'] },
  { material: 'pet', words: ['pet', 'pete', 'rpet', 'bpet', 'polyethylene terephthalate', 'polyéthylène téréphtalate', 'polytéréphtalate d éthylène', '聚酯', '聚对苯二甲酸乙二醇酯'] },
  { material: 'hdpe', words: ['hdpe', 'pehd', 'pe hd', 'hd pe', 'biohdpe', 'high density polyethylene', 'polyéthylène haute densité', '高密度聚乙烯'] },
  { material: 'pvc', words: ['pvc', 'polyvinyl chloride', 'polychlorure de vinyle', 'chlorure de polyvinyle', '聚氯乙烯'] },
  { material: 'ldpe', words: ['ldpe', 'lldpe', 'pebd', 'peld', 'ld pe', 'pe ld', 'pe lld', 'low density polyethylene', 'linear low density polyethylene', 'polyéthylène basse densité', '低密度聚乙烯'] },
  { material: 'pp', words: ['pp', 'polypropylene', 'polypropylène', 'polipropileno', '聚丙烯'] },
  // Oriented and cast polypropylene are films (crisp and biscuit wrappers).
  { material: 'pp', implies: 'film', words: ['opp', 'bopp', 'cpp', 'oriented polypropylene', 'cast polypropylene', 'polypropylène orienté'] },
  { material: 'ps', words: ['ps', 'polystyrene', 'polystyrène', 'polystyrol', '聚苯乙烯'] },
  { material: 'eps', words: ['eps', 'xps', 'expanded polystyrene', 'extruded polystyrene', 'polystyrène expansé', 'polystyrene foam', 'styrofoam', 'foam', 'mousse', '泡沫', '泡沫塑料', '发泡', '保丽龙', '珍珠棉'] },
  { material: 'other-plastic', words: ['other plastic', 'other plastics', 'autre plastique', 'autres plastiques', 'pc', 'polycarbonate', 'pa', 'polyamide', 'nylon', 'abs', 'pmma', 'acrylic', 'evoh', 'pvdc', '其他塑料'] },
  { material: 'bioplastic', words: ['pla', 'polylactic acid', 'acide polylactique', 'bioplastic', 'bioplastique', 'biodegradable', 'biodégradable', 'compostable', '可降解', '生物降解', '全降解', '玉米淀粉'] },
  { material: 'cellophane', words: ['cellophane', 'cellofaan', 'cellulose film', 'papier cellophane', '玻璃纸'] },
  { material: 'composite', words: ['composite', 'composite material', 'multilayer', 'multi layer', 'multicouche', 'multi couche', 'laminated', 'laminate', 'laminé', 'metallised', 'metallized', 'metalized', 'métallisé', 'petmet', 'pemet', 'plastifié', 'plastifiée', 'complexe', 'verbund', '复合', '复合材料', '镀铝', '铝塑', '覆膜', '纸塑'] },
  { material: 'composite', implies: 'film', words: ['复合膜'] },
  { material: 'wood', words: ['wood', 'wooden', 'bois', 'legno', 'holz', 'hout', 'madera', 'bamboo', 'bambou', '木', '木质', '木头', '竹'] },
  { material: 'wood', shape: 'crate', words: ['木箱'] },
  { material: 'cork', words: ['cork', 'liège', 'kork', 'corcho', 'sughero', '软木'] },
  { material: 'cork', shape: 'cap', words: ['wine cork', 'bouchon de liège', 'bouchon liège', 'bouchon en liège', '软木塞', '木塞'] },
  { material: 'ceramic', words: ['ceramic', 'céramique', 'porcelain', 'porcelaine', 'stoneware', 'grès', 'sandstone', 'terracotta', 'terre cuite', 'earthenware', '陶瓷', '陶', '瓷'] },
  { material: 'textile', words: ['textile', 'fabric', 'cotton', 'coton', 'jute', 'linen', 'tissu', 'non woven', 'non tissé', '布', '棉', '无纺布'] },
  { material: 'rubber', words: ['rubber', 'caoutchouc', 'latex', '橡胶'] },
  { material: 'wax', words: ['wax', 'cire', 'paraffin', 'paraffine', '蜡'] },
  { material: 'hazardous', words: ['hazardous', 'hazardous waste', 'dangerous', 'dangereux', 'déchet dangereux', 'toxic', 'toxique', 'flammable', 'inflammable', '有害', '有害垃圾', '危险', '易燃'] },
  { material: 'battery', words: ['battery', 'batteries', 'pile', 'batterie', 'accumulateur', 'accumulator', '电池'] },
  // Shapes
  { shape: 'bottle', words: ['bottle', 'vial', 'flask', 'flacon', 'bouteille', 'botella', 'bottiglia', 'flasche', 'fles', 'garrafa', 'bottle or vial', 'squeeze bottle', 'pump bottle', 'spray bottle', 'ampoule', '瓶', '瓶子'] },
  { shape: 'jar', words: ['jar', 'bocal', 'bocaux', 'tarro', 'barattolo', 'vasetto', '罐', '罐子'] },
  { shape: 'can', words: ['can', 'tin', 'tin can', 'food can', 'drink can', 'beverage can', 'canette', 'cannette', 'boîte de conserve', 'boîte conserve', 'conserve', 'boîte boisson', 'lata', 'lattina', 'blik', 'getränkedose', 'konservendose', '易拉罐', '罐头'] },
  { shape: 'can', material: 'metal', words: ['金属罐'] },
  { shape: 'can', material: 'steel', words: ['铁罐'] },
  { shape: 'can', material: 'aluminium', words: ['铝罐'] },
  { shape: 'aerosol', words: ['aerosol', 'aerosol can', 'aerosol spray', 'bombe', 'bombe aérosol', 'spray can', 'spraydose', 'sprühdose', '喷雾罐', '气雾罐', '喷罐'] },
  { shape: 'brick', words: ['brick', 'brick carton', 'brique', 'briquette', 'small brick', '砖'] },
  { shape: 'box', words: ['box', 'boîte', 'boîtier', 'coffret', 'case', 'caisse', 'caissette', 'caja', 'scatola', 'schachtel', 'doos', 'caixa', 'egg box', 'egg carton', 'boîte à oeufs', 'pill box', '盒', '盒子', '箱', '箱子', '包装盒'] },
  { shape: 'tray', words: ['tray', 'barquette', 'plateau', 'coque', 'fond', 'schale', 'vaschetta', 'bandeja', '托盘', '盘', '盘子'] },
  { shape: 'tub', words: ['pot', 'tub', 'individual pot', 'pot individuel', 'bowl', 'bol', 'coupelle', 'ravier', 'terrine', 'dish', 'plat', '碗', '盆'] },
  { shape: 'cup', words: ['cup', 'tumbler', 'gobelet', 'becher', 'vaso', 'copo', 'bicchiere', '杯', '杯子'] },
  { shape: 'jug', words: ['jug', 'canister', 'jug or canister', 'bidon', 'bonbonne', 'bombonne', 'bucket', 'seau', 'barrel', 'drum', 'keg', 'tonneau', '桶', '壶'] },
  { shape: 'crate', words: ['crate', 'punnet', 'cagette', 'cageot', '筐', '周转箱'] },
  { shape: 'basket', words: ['basket', 'panier', '篮', '篮子'] },
  { shape: 'cap', words: ['cap', 'bottle cap', 'bottle top', 'lid or cap', 'tethered cap', 'screw cap', 'overcap', 'bouchon', 'bouchon solidaire', 'bouchon ou couvercle', 'capsule', 'capsule à vis', 'coiffe', 'tapón', 'tappo', '瓶盖'] },
  { shape: 'lid', words: ['lid', 'cover', 'couvercle', 'tapa', 'coperchio', 'deckel', '盖', '盖子'] },
  { shape: 'seal', words: ['seal', 'operculum', 'opercule', 'peel off lid', 'neck seal', 'collerette', 'sealing film', '封口膜', '封膜', '封口'] },
  { shape: 'film', words: ['film', 'wrap', 'foil', 'pellicule', 'film wrap', 'cling film', 'stretch film', 'shrink film', 'shrink wrap', 'folie', 'filme', 'película', '膜', '薄膜', '收缩膜'] },
  { shape: 'film', material: 'plastic', words: ['bubble wrap', 'film à bulles', '保鲜膜', '气泡膜'] },
  { shape: 'bag', words: ['bag', 'sachet', 'sac', 'poche', 'pochette', 'pochon', 'sack', 'bolsa', 'tüte', 'beutel', 'sacchetto', 'zak', 'flowpack', 'berlingot', 'carrying bag', 'individual bag', 'sachet individuel', '袋', '袋子', '包装袋'] },
  { shape: 'pouch', words: ['pouch', 'doypack', 'gourde', 'stand up pouch', 'pouch flask', 'spouted pouch', '吸嘴袋', '自立袋'] },
  { shape: 'wrapper', words: ['wrapper', 'wrapping', 'enveloppage', 'envelope', 'enveloppe', '糖纸'] },
  { shape: 'label', words: ['label', 'étiquette', 'etiqueta', 'etikett', 'sticker', 'autocollant', '标签', '贴纸', '标贴'] },
  { shape: 'net', words: ['net', 'filet', 'mesh', 'netz', '网', '网袋', '网兜'] },
  { shape: 'string', words: ['string', 'ribbon', 'tie', 'twist tie', 'ficelle', 'ruban', 'lien', 'élastique', '绳', '丝带', '扎带'] },
  { shape: 'blister', words: ['blister', 'blister pack', 'clamshell', '泡罩', '吸塑'] },
  { shape: 'sleeve', words: ['sleeve', 'étui', 'fourreau', 'gaine', 'manchon', 'sleever', 'banderole', '套'] },
  { shape: 'tube', words: ['tube', 'tubo', '管', '软管'] },
  { shape: 'packaging', words: ['packaging', 'package', 'packet', 'pack', 'paquet', 'emballage', 'container', 'récipient', 'overpack', 'suremballage', 'grouping package', 'confezione', 'verpackung', '包装', '容器', '外包装'] },
  { shape: 'coffee-capsule', words: ['coffee capsule', 'capsule de café', 'capsule café', 'dosette', 'coffee pad', 'coffee pod', 'nespresso', 'dolce gusto', 'tassimo', 'senseo', '咖啡胶囊', '胶囊'] },
  { shape: 'tea-bag', words: ['tea bag', 'sachet de thé', 'sachet thé', 'infusette', 'teebeutel', '茶包'] },
  { shape: 'straw', words: ['straw', 'drinking straw', 'paille', 'pajilla', 'cannuccia', '吸管'] },
  { shape: 'cutlery', words: ['cutlery', 'utensil', 'eating utensils', 'spoon', 'fork', 'knife', 'chopsticks', 'cuillère', 'fourchette', 'couvert', 'ustensile', '勺', '勺子', '叉', '筷子'] },
  { shape: 'pump', words: ['pump', 'pompe', 'dispenser', 'trigger', 'spray head', 'special cap', '泵头', '喷头', '按压头'] },
]

/**
 * Reduces text to comparable tokens: accents and case dropped (boîte → boite), ligatures spelled
 * out, a plural "s" dropped (bouteilles → bouteille), every Chinese character its own token (so
 * 玻璃瓶 reads as 玻璃 + 瓶 without a word splitter). Punctuation and OFF's language prefixes
 * ("en:", "fr:") separate tokens.
 */
export function packagingTokens(text: string): string[] {
  const plain = text
    .replace(/(^|[\s,;])[a-z]{2}:/gi, '$1 ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
  return (plain.match(/[a-z0-9]+|[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).map(stemToken)
}

function stemToken(token: string): string {
  return token.length > 3 && token.endsWith('s') && !token.endsWith('ss') && /^[a-z]+$/.test(token) ? token.slice(0, -1) : token
}

interface Entry {
  material?: MaterialKey
  shape?: ShapeKey
  implies?: ShapeKey
}

/** Phrase (tokens joined by spaces) → entry, and the longest phrase in tokens. */
const lexicon = (() => {
  const phrases = new Map<string, Entry>()
  let longest = 1
  for (const { words, material, shape, implies } of PACKAGING_WORDS) {
    for (const word of words) {
      const tokens = packagingTokens(word)
      phrases.set(tokens.join(' '), { material, shape, implies })
      longest = Math.max(longest, tokens.length)
    }
  }
  return { phrases, longest }
})()

/** One recognised word or phrase, at token position `at`. */
interface Hit extends Entry {
  at: number
}

/** Leftmost-longest match of the word table over `text`. */
function findWords(text: string): Hit[] {
  const tokens = packagingTokens(text)
  const hits: Hit[] = []
  let i = 0
  while (i < tokens.length) {
    let matched = 0
    for (let n = Math.min(lexicon.longest, tokens.length - i); n > 0; n--) {
      const entry = lexicon.phrases.get(tokens.slice(i, i + n).join(' '))
      if (entry) {
        hits.push({ ...entry, at: i })
        matched = n
        break
      }
    }
    i += matched || 1
  }
  return hits
}

/**
 * The materials and shapes named in `text`, in order of appearance, each once; shapes only
 * implied by a material word ("tin foil" → film) come after the named ones.
 */
export function readPackagingWords(text: string): { materials: MaterialKey[], shapes: ShapeKey[] } {
  const materials: MaterialKey[] = []
  const shapes: ShapeKey[] = []
  const implied: ShapeKey[] = []
  for (const hit of findWords(text)) {
    if (hit.material && !materials.includes(hit.material)) materials.push(hit.material)
    if (hit.shape && !shapes.includes(hit.shape)) shapes.push(hit.shape)
    if (hit.implies) implied.push(hit.implies)
  }
  for (const shape of implied) if (!shapes.includes(shape)) shapes.push(shape)
  return { materials, shapes }
}

/**
 * The material(s) of one component described by several words. A hazard statement, a drink
 * carton or a laminate marker describes the whole component. Otherwise the most specific word
 * per family is kept (PET over plastic, aluminium over metal, cardboard over paper); words from
 * different families are a laminate when they come from one taxonomy id ("en:paper-and-plastic"),
 * but separate components when a contributor typed them ("verre et métal").
 */
function resolveMaterials(materials: readonly MaterialKey[], mode: 'id' | 'text'): MaterialKey[] {
  if (materials.length <= 1) return [...materials]
  if (materials.includes('battery')) return ['battery']
  if (materials.includes('hazardous')) return ['hazardous']
  if (materials.includes('beverage-carton')) return ['beverage-carton']
  if (materials.includes('composite')) return ['composite']
  const best = new Map<MaterialFamily, MaterialKey>()
  for (const material of materials) {
    const { family, rank } = MATERIAL_RULES[material]
    const kept = best.get(family)
    if (!kept || rank > MATERIAL_RULES[kept].rank) best.set(family, material)
  }
  const kept = [...best.values()]
  return kept.length > 1 && mode === 'id' ? ['composite'] : kept
}

/** Why an answer was given: the material, the shape alone, or nothing we recognised. */
export type PackagingReason = 'material' | 'shape' | 'unknown'

/** The bin for one component, and what it rests on. */
export type PackagingVerdict =
  | (PackagingBin & { reason: Exclude<PackagingReason, 'unknown'>, caution?: PackagingCaution })
  | { category: null, sub?: undefined, reason: 'unknown', caution?: undefined }

/**
 * The bin for a component of `material` (if known) shaped `shape` (if known), by the tables
 * above: a stated hazard first, then a shape that decides whatever the material, then the
 * material (refined by the shape's form), then the shape alone.
 */
export function packagingVerdict(material: MaterialKey | undefined, shape: ShapeKey | undefined): PackagingVerdict {
  const shapeRule: ShapeRule | undefined = shape ? SHAPE_RULES[shape] : undefined
  const materialRule: MaterialRule | undefined = material ? MATERIAL_RULES[material] : undefined
  let verdict: PackagingVerdict = { category: null, reason: 'unknown' }
  if (materialRule?.family === 'hazard') {
    verdict = { ...materialRule.bin!, reason: 'material' }
  }
  else if (shapeRule?.fixed) {
    verdict = { ...shapeRule.fixed, reason: 'shape' }
  }
  else {
    const byMaterial = materialRule && ((shape && materialRule.byShape?.[shape])
      || (shapeRule?.form === 'rigid' && materialRule.rigid)
      || (shapeRule?.form === 'flexible' && materialRule.flexible)
      || materialRule.bin)
    if (byMaterial) verdict = { ...byMaterial, reason: 'material' }
    else if (shapeRule?.alone) verdict = { ...shapeRule.alone, reason: 'shape' }
  }
  if (shapeRule?.caution && verdict.category === 'recyclable') verdict = { ...verdict, caution: shapeRule.caution }
  return verdict
}

/** One packaging component and its bin. */
export type PackagingPart = PackagingVerdict & {
  shape?: ShapeKey
  material?: MaterialKey
  /** How many of this component the product has (OFF `number_of_units`). */
  units?: number
  /** What OFF said for this component, for showing what we did not recognise. */
  raw: { shape?: string, material?: string, text?: string }
}

function part(material: MaterialKey | undefined, shape: ShapeKey | undefined, raw: PackagingPart['raw'], units?: number): PackagingPart {
  return {
    ...packagingVerdict(material, shape),
    ...(shape && { shape }),
    ...(material && { material }),
    ...(units !== undefined && { units }),
    raw,
  }
}

/**
 * One structured component: OFF taxonomy ids or plain words for its shape and material
 * (`{ shape: "en:bottle", material: "en:glass" }`). A shape field that names a material too
 * ("fr:bouteille-en-verre") supplies it when the material field is missing, and vice versa.
 */
export function classifyPackaging(component: { shape?: string, material?: string, units?: number }): PackagingPart {
  const fromShape = component.shape ? readPackagingWords(component.shape) : { materials: [], shapes: [] }
  const fromMaterial = component.material ? readPackagingWords(component.material) : { materials: [], shapes: [] }
  const shape = fromShape.shapes.find(s => s !== 'packaging') ?? fromShape.shapes[0] ?? fromMaterial.shapes[0]
  const materials = fromMaterial.materials.length > 0 ? fromMaterial.materials : fromShape.materials
  const [material] = resolveMaterials(materials, 'id')
  const raw = { ...(component.shape && { shape: component.shape }), ...(component.material && { material: component.material }) }
  return part(material, shape, raw, component.units)
}

interface Draft {
  shape?: ShapeKey
  implies?: ShapeKey
  materials: MaterialKey[]
}

/**
 * Splits one comma-separated segment of free text into components. A new component starts at a
 * shape different from the current one; a material goes with the component that has none yet
 * (French "bouteille verre", English "glass bottle"), otherwise with the next shape
 * ("plastic bottle glass jar"). The generic "packaging" gives way to any real shape.
 */
function draftsOf(segment: string): Draft[] {
  const drafts: Draft[] = []
  let current: Draft = { materials: [] }
  let waiting: MaterialKey[] = []
  for (const hit of findWords(segment)) {
    if (hit.shape) {
      const replaces = !current.shape || current.shape === 'packaging' || current.shape === hit.shape
      if (replaces) {
        current.shape = hit.shape
        current.materials.push(...waiting)
      }
      else if (hit.shape !== 'packaging') {
        drafts.push(current)
        current = { shape: hit.shape, materials: waiting }
      }
      waiting = []
      if (hit.material) current.materials.push(hit.material)
    }
    else if (hit.material) {
      if (!current.shape || current.materials.length === 0) {
        current.materials.push(hit.material)
        current.implies ??= hit.implies
      }
      else {
        waiting.push(hit.material)
      }
    }
  }
  if (current.shape || current.materials.length > 0) drafts.push(current)
  if (waiting.length > 0) drafts.push({ materials: waiting })
  // Words of different families typed about one thing are separate things; the first family
  // stays with the shape.
  return drafts.flatMap(({ shape, implies, materials }) => {
    const [first, ...others] = resolveMaterials(materials, 'text')
    return [{ shape: shape ?? implies, materials: first ? [first] : [] }, ...others.map(m => ({ materials: [m] }))]
  })
}

/**
 * Legacy free-text packaging ("boîte,plastique", "Cellophane,Carton", "玻璃瓶，金属盖") →
 * one part per component. Segments are split on commas, semicolons, slashes, "+" and Chinese
 * punctuation; a segment naming only a shape followed by one naming only a material is one
 * component, as contributors often type it ("boîte, plastique" is a plastic box).
 */
export function classifyPackagingText(text: string): PackagingPart[] {
  const segments = text.split(/[,;/+|\n\r，；、]+|\s[-–]\s/).map(s => s.trim()).filter(Boolean)
  const items: { draft: Draft, text: string }[] = []
  for (const segment of segments) {
    const drafts = draftsOf(segment)
    const previous = items.at(-1)
    const [only] = drafts
    if (drafts.length === 1 && !only!.shape && previous && previous.draft.shape && previous.draft.materials.length === 0) {
      previous.draft.materials = only!.materials
      previous.text = `${previous.text}, ${segment}`
      continue
    }
    if (drafts.length === 0) {
      items.push({ draft: { materials: [] }, text: segment })
      continue
    }
    for (const draft of drafts) items.push({ draft, text: segment })
  }
  return items.map(({ draft, text }) => part(draft.materials[0], draft.shape, { text }))
}

/**
 * Unpaired tag arrays → parts: one per material (the generic tag dropped when a specific one of
 * its family is there: OFF lists "en:plastic" beside "en:pet-1-…"), or, with no material tags,
 * one per shape.
 */
export function classifyPackagingTags(materialTags: readonly string[], shapeTags: readonly string[]): PackagingPart[] {
  const materials: { key: MaterialKey, tag: string }[] = []
  for (const tag of materialTags) {
    const [key] = resolveMaterials(readPackagingWords(tag).materials, 'id')
    if (key && !materials.some(m => m.key === key)) materials.push({ key, tag })
  }
  const specific = materials.filter(({ key }) => {
    const { family, rank } = MATERIAL_RULES[key]
    return !materials.some(other => MATERIAL_RULES[other.key].family === family && MATERIAL_RULES[other.key].rank > rank)
  })
  if (specific.length > 0) return specific.map(({ key, tag }) => part(key, undefined, { material: tag }))
  const shapes: { key: ShapeKey, tag: string }[] = []
  for (const tag of shapeTags) {
    const key = readPackagingWords(tag).shapes[0]
    if (key && !shapes.some(s => s.key === key)) shapes.push({ key, tag })
  }
  const real = shapes.length > 1 ? shapes.filter(s => s.key !== 'packaging') : shapes
  return real.map(({ key, tag }) => part(undefined, key, { shape: tag }))
}

/** Where the parts came from. */
export type PackagingSource = 'packagings' | 'tags' | 'text'

/** What an OFF product response says about a product's packaging. */
export type OffProductAnswer =
  | { state: 'found', code?: string, productName?: string, source: PackagingSource, parts: PackagingPart[] }
  /** The product exists but OFF has no packaging information for it. */
  | { state: 'no-packaging', code?: string, productName?: string }
  /** `status: 0`, "product not found". */
  | { state: 'not-found', code?: string }
  /** Not an OFF product response at all. */
  | { state: 'invalid' }

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  // API v3 (and some v2 mirrors) give taxonomy values as { id, lc_name }.
  if (isObject(value)) return text(value.id) ?? text(value.lc_name)
  return undefined
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text).filter((t): t is string => t !== undefined) : []
}

function units(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined
}

function structuredParts(product: Json): PackagingPart[] {
  if (!Array.isArray(product.packagings)) return []
  return product.packagings.filter(isObject).flatMap((entry) => {
    const shape = text(entry.shape)
    const material = text(entry.material)
    return shape || material ? [classifyPackaging({ shape, material, units: units(entry.number_of_units) })] : []
  })
}

/**
 * Reads an OFF API v2 product response (`{ code, product, status, status_verbose }`, parsed JSON
 * of any origin, so every field is checked) into one answer per packaging component. The best
 * source with at least one decided part wins (structured components, then tags, then free
 * text); when none decides, the best non-empty source is returned with its unknown parts.
 */
export function parseOffProduct(body: unknown): OffProductAnswer {
  if (!isObject(body)) return { state: 'invalid' }
  const code = text(body.code)
  const status = typeof body.status === 'string' ? Number(body.status) : body.status
  const verbose = typeof body.status_verbose === 'string' ? body.status_verbose.toLowerCase() : ''
  if (status === 0 || verbose.includes('not found')) return { state: 'not-found', ...(code && { code }) }
  if (!isObject(body.product)) return { state: 'invalid' }
  const product = body.product
  const productName = text(product.product_name)
  const known = { ...(code && { code }), ...(productName && { productName }) }
  const packagingText = text(product.packaging)
  const sources: [PackagingSource, PackagingPart[]][] = [
    ['packagings', structuredParts(product)],
    ['tags', classifyPackagingTags(texts(product.packaging_materials_tags), texts(product.packaging_shapes_tags))],
    ['text', packagingText ? classifyPackagingText(packagingText) : []],
  ]
  const chosen = sources.find(([, parts]) => parts.some(p => p.category !== null)) ?? sources.find(([, parts]) => parts.length > 0)
  if (!chosen) return { state: 'no-packaging', ...known }
  return { state: 'found', ...known, source: chosen[0], parts: chosen[1] }
}
