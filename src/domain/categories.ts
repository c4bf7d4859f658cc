/**
 * The four household-waste categories of the national standard GB/T 19095-2019
 * (生活垃圾分类标志), and the sub-types the knowledge base uses inside each.
 *
 * Names and colours shown to users live in the i18n messages and the CSS tokens;
 * this module only holds the identifiers so that domain code stays plain data.
 */

export const CATEGORIES = ['recyclable', 'hazardous', 'kitchen', 'other'] as const

/** A national-standard category id. */
export type Category = (typeof CATEGORIES)[number]

/**
 * Sub-types per category. The standard names paper/plastic/metal/glass/textile for recyclables
 * and lamps/household chemicals/batteries for hazardous waste; the rest refine what a household
 * meets every day so that tips and quizzes can talk about "bones" or "sanitary waste".
 */
export const SUB_TYPES = {
  recyclable: ['paper', 'plastic', 'metal', 'glass', 'textile', 'electronics', 'wood', 'rubber'],
  hazardous: ['battery', 'lamp', 'medicine', 'chemical', 'mercury', 'paint', 'pesticide'],
  kitchen: ['fruit', 'vegetable', 'meat', 'seafood', 'grain', 'leftovers', 'snack', 'dairy-egg', 'seasoning', 'drink', 'plant'],
  other: ['sanitary', 'soiled-packaging', 'composite', 'ceramic', 'hard-shell-bone', 'dust', 'pet', 'cigarette', 'bulky', 'renovation', 'misc'],
} as const satisfies Record<Category, readonly string[]>

/**
 * The categories' names as GB/T 19095-2019 prints them on the bins, in Chinese and English. They
 * are shown side by side whatever the UI language, so they are data here, not translations.
 */
export const STANDARD_NAMES: Readonly<Record<Category, { zh: string, en: string }>> = {
  recyclable: { zh: '可回收物', en: 'Recyclable' },
  hazardous: { zh: '有害垃圾', en: 'Hazardous Waste' },
  kitchen: { zh: '厨余垃圾', en: 'Food Waste' },
  other: { zh: '其他垃圾', en: 'Residual Waste' },
}

/** A sub-type id of the given category. */
export type SubTypeOf<C extends Category> = (typeof SUB_TYPES)[C][number]

/** Any sub-type id. */
export type SubType = SubTypeOf<Category>

/** True when `value` is one of the four category ids. */
export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value)
}

/** True when `sub` is a sub-type listed under `category`. */
export function isSubTypeOf(category: Category, sub: string): boolean {
  return (SUB_TYPES[category] as readonly string[]).includes(sub)
}
