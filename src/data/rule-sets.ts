import type { RuleOverride, RuleSet, RuleSetId } from '@/domain/rules'

/**
 * The national rules are the default (泸州 follows them). City sets list only what differs;
 * every override names the item by id and says why. `rule-sets.test.ts` checks the ids.
 */

/** Single-use dry cells (AA, AAA, C, D, 9 V, alkaline, zinc-carbon, lantern). */
const ORDINARY_DRY_BATTERIES = ['used-dry-battery', 'aa-battery', 'aaa-battery', 'c-battery', 'd-battery', '9v-battery', 'alkaline-battery', 'carbon-zinc-battery', 'lantern-battery']

function all(ids: readonly string[], override: RuleOverride): Record<string, RuleOverride> {
  return Object.fromEntries(ids.map(id => [id, override]))
}

export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = {
  national: { id: 'national', categoryNames: {}, overrides: {} },
  shanghai: {
    id: 'shanghai',
    // Shanghai's regulation (上海市生活垃圾管理条例, 2019) calls food waste 湿垃圾 and residual
    // waste 干垃圾.
    categoryNames: {
      kitchen: { zh: '湿垃圾', en: 'Wet Waste' },
      other: { zh: '干垃圾', en: 'Dry Waste' },
    },
    overrides: {
      ...all(ORDINARY_DRY_BATTERIES, {
        category: 'other',
        sub: 'misc',
        reason: {
          zh: '上海把普通干电池（已无汞）列为干垃圾；充电电池、纽扣电池和蓄电池仍是有害垃圾。',
          en: 'Shanghai counts ordinary (mercury-free) dry batteries as dry waste; rechargeable, button and lead-acid batteries are still hazardous.',
        },
      }),
      ...all(['plastic-bag-clean', 'takeaway-bag-clean', 'clothing-poly-bag'], {
        category: 'other',
        sub: 'misc',
        reason: {
          zh: '上海把塑料袋列为干垃圾，干净的也一样。',
          en: 'Shanghai lists plastic bags as dry waste, even clean ones.',
        },
      }),
    },
  },
  beijing: {
    id: 'beijing',
    categoryNames: {},
    overrides: all(ORDINARY_DRY_BATTERIES, {
      category: 'other',
      sub: 'misc',
      reason: {
        zh: '北京规定普通干电池不属于有害垃圾，投入其他垃圾；充电电池、纽扣电池等仍是有害垃圾。',
        en: 'Beijing does not count ordinary dry batteries as hazardous: they go in residual waste. Rechargeable and button batteries are still hazardous.',
      },
    }),
  },
}
