import type { RuleSet, RuleSetId } from '@/domain/rules'

/** What a rule set calls its bins and what colour they are: all a page needs to name a bin. */
export type RuleSetNames = Pick<RuleSet, 'categoryNames' | 'binColours'>

/**
 * Kept apart from the overrides in `rule-sets.ts` so that naming a bin (the lookup page's first
 * screen, the log) does not load every city's item list; the overrides come with the dictionary.
 */
export const RULE_SET_NAMES: Readonly<Record<RuleSetId, RuleSetNames>> = {
  national: { categoryNames: {}, binColours: {} },
  // SH: the regulation calls food waste 湿垃圾 and residual waste 干垃圾; the guide's bins are
  // brown (wet) and black (dry).
  shanghai: {
    categoryNames: {
      kitchen: { zh: '湿垃圾', en: 'Wet Waste' },
      other: { zh: '干垃圾', en: 'Dry Waste' },
    },
    binColours: {
      kitchen: { zh: '棕色', en: 'brown' },
      other: { zh: '黑色', en: 'black' },
    },
  },
  beijing: { categoryNames: {}, binColours: {} },
}
