/**
 * The vetted pool of the awareness check (知晓率测试): everyday things every resident meets,
 * whose bin is the same under every rule set this app knows, fifteen or more per bin. A check
 * draws two or three from each bin. `awareness-pool.test.ts` keeps the pool honest.
 */
export const AWARENESS_POOL: readonly string[] = [
  // 可回收物
  'newspaper', 'cardboard-box', 'milk-carton', 'pet-water-bottle', 'aluminium-drink-can', 'glass-jam-jar',
  'old-clothing', 'old-book', 'textbook', 'plastic-toy', 'plush-toy', 't-shirt', 'mobile-phone', 'shampoo-bottle',
  'iron-wok', 'frying-pan',
  // 有害垃圾
  'button-cell-battery', 'nimh-rechargeable-battery', 'phone-battery', 'fluorescent-tube', 'cfl-bulb',
  'mercury-thermometer', 'mercury-sphygmomanometer', 'expired-medicine', 'expired-tablets', 'paint-can',
  'pesticide-bottle', 'liquid-insecticide', 'nail-polish', 'hair-dye', 'x-ray-film', 'rat-poison',
  // 厨余垃圾
  'banana-peel', 'apple-core', 'watermelon-rind', 'vegetable-leaves', 'potato-peel', 'eggshell', 'chicken-bone',
  'fish-bone', 'leftover-rice', 'leftover-dish', 'expired-food', 'tea-leaves', 'coffee-grounds', 'bread', 'noodles',
  // 其他垃圾
  'used-tissue', 'toilet-paper', 'wet-wipes', 'sanitary-pad', 'disposable-mask', 'disposable-chopsticks',
  'ceramic-bowl', 'cat-litter', 'cigarette-butt', 'large-bone', 'durian-husk', 'coconut-shell',
  'greasy-takeaway-box', 'toothbrush', 'seashell',
]
