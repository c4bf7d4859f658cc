/**
 * fast-check arbitraries of valid payloads of every kind, for the codec's property tests (and
 * issue 13's fuzzing, which starts from valid codes and breaks them).
 */
import type { Tally } from '../school/tally'
import type { PayloadKind, PayloadOf } from './payloads'
import type { Area } from './wire'
import fc from 'fast-check'
import * as v from 'valibot'
import { CATEGORIES } from '../categories'
import { REWARD_SOURCES } from '../rewards'
import { RULE_SET_IDS } from '../rules'
import { addDays, weekStart } from '../dates'
import { PERIOD_KINDS, shiftPeriod } from '../school/period'
import { CLASS_NAME_MAX, EMOJI_MAX, HOUSEHOLD_PEOPLE_MAX, REPORT_LIST_MAX, REPORT_NAME_MAX, REPORT_TEXT_BUDGET, REWARD_ID_MAX, reportTextLength, SCHOOL_NAME_MAX, SUMMARY_LEVELS } from './payloads'
import { AREA_CITY_MAX, LUZHOU_DISTRICTS, textSchema } from './wire'

/** Text a schema of at most `max` characters accepts: any Unicode, emoji and CJK included. */
export function textArb(max: number): fc.Arbitrary<string> {
  const schema = textSchema(max)
  return fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }),
    fc.array(fc.constantFrom(...'垃圾分类小达人三年级二班王老师电池外卖盒🐼🌳 abcXYZ-_'), { minLength: 1, maxLength: max }).map(chars => chars.join('')),
  ).filter(text => v.is(schema, text))
}

const categoryArb = fc.constantFrom(...CATEGORIES)
const areaArb: fc.Arbitrary<Area> = fc.oneof(fc.constantFrom(...LUZHOU_DISTRICTS).map(district => ({ district })), textArb(AREA_CITY_MAX).map(city => ({ city })))

/** A week (Monday) or month key between 2020 and 2060. */
export const periodArb = fc.oneof(
  fc.integer({ min: 0, max: 40 * 365 }).map(days => weekStart(addDays('2020-01-06', days))),
  fc.integer({ min: 0, max: 40 * 12 }).map(months => shiftPeriod('2020-01', months)),
)

/** A tally within `max` per field, with aware ≤ members and correct ≤ answered. */
export function tallyArb(max: number): fc.Arbitrary<Tally> {
  const n = fc.integer({ min: 0, max })
  const category = fc.record({ sortedBags: n, mixedBags: n, sortedKgTenths: n, mixedKgTenths: n })
  return fc.record({
    categories: fc.record({ recyclable: category, hazardous: category, kitchen: category, other: category }),
    daysLogged: fc.integer({ min: 0, max: 31 }),
    members: n,
    points: n,
    rounds: n,
    answered: n,
    awareShare: fc.double({ min: 0, max: 1, noNaN: true }),
    correctShare: fc.double({ min: 0, max: 1, noNaN: true }),
  }).map(({ awareShare, correctShare, ...t }) => ({ ...t, aware: Math.floor(t.members * awareShare), correct: Math.floor(t.answered * correctShare) }))
}

const seq = fc.integer({ min: 0, max: 1_000_000_000 })

/** A valid payload of `kind`, signed (for the self-signed kinds) by one of `publicKeys`. */
export function payloadArb<K extends PayloadKind>(kind: K, publicKeys: readonly string[]): fc.Arbitrary<PayloadOf[K]> {
  const key = fc.constantFrom(...publicKeys)
  const named = (max: number) => fc.record({ name: textArb(max), category: categoryArb })
  const arbitraries: { [P in PayloadKind]: fc.Arbitrary<PayloadOf[P]> } = {
    'class-invite': fc.record({
      classId: fc.uuid(),
      revision: fc.integer({ min: 1, max: 2 ** 31 }),
      school: textArb(SCHOOL_NAME_MAX),
      className: textArb(CLASS_NAME_MAX),
      teacher: textArb(12),
      area: areaArb,
      periodKind: fc.constantFrom(...PERIOD_KINDS),
      ruleSet: fc.constantFrom(...RULE_SET_IDS),
      rewards: fc.array(fc.record({ id: textArb(REWARD_ID_MAX), title: textArb(20), emoji: textArb(EMOJI_MAX), cost: fc.integer({ min: 1, max: 10_000 }) }), { maxLength: 5 }),
      items: fc.array(named(30), { maxLength: 12 }),
      publicKey: key,
    }),
    'enrollment': fc.record({
      classId: fc.uuid(),
      householdId: fc.uuid(),
      nickname: textArb(12),
      children: fc.integer({ min: 0, max: HOUSEHOLD_PEOPLE_MAX }),
      adults: fc.integer({ min: 1, max: HOUSEHOLD_PEOPLE_MAX }),
      seq,
      publicKey: key,
    }),
    'report': fc.record({
      classId: fc.uuid(),
      period: periodArb,
      seq,
      tally: tallyArb(140).map(t => ({ ...t, members: Math.min(t.members, 40), aware: Math.min(t.aware, t.members, 40) })),
      streakDays: fc.integer({ min: 0, max: 100_000 }),
      taught: fc.array(named(REPORT_NAME_MAX), { maxLength: REPORT_LIST_MAX }),
      missed: fc.array(fc.record({ query: textArb(REPORT_NAME_MAX), count: fc.integer({ min: 1, max: 10_000 }) }), { maxLength: REPORT_LIST_MAX }),
    }).filter(report => reportTextLength(report) <= REPORT_TEXT_BUDGET),
    'class-summary': fc.record({
      level: fc.constantFrom(...SUMMARY_LEVELS),
      unitId: fc.uuid(),
      name: textArb(SCHOOL_NAME_MAX),
      parentName: fc.oneof(fc.constant(''), textArb(SCHOOL_NAME_MAX)),
      area: areaArb,
      period: periodArb,
      seq,
      households: fc.record({ enrolled: fc.integer({ min: 0, max: 5000 }), share: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ enrolled, share }) => ({ enrolled, reported: Math.floor(enrolled * share) })),
      units: fc.record({ expected: fc.integer({ min: 0, max: 100 }), share: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ expected, share }) => ({ expected, reported: Math.floor(expected * share) })),
      tally: tallyArb(10_000_000),
      publicKey: key,
    }).map(summary => ({ ...summary, periodKind: summary.period.length === 7 ? 'month' as const : 'week' as const })),
    'voucher': fc.record({
      voucherId: fc.uuid(),
      rewardId: textArb(REWARD_ID_MAX),
      source: fc.constantFrom(...REWARD_SOURCES),
      title: fc.oneof(textArb(20), fc.record({ zh: textArb(20), en: textArb(40) })),
      emoji: textArb(EMOJI_MAX),
      nickname: textArb(12),
      avatar: textArb(EMOJI_MAX),
      points: fc.integer({ min: 1, max: 10_000 }),
      issuedAt: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2099, 0, 1) }),
    }),
    'taught-items': fc.record({ items: fc.array(named(30), { maxLength: 20 }), publicKey: key }),
  }
  return arbitraries[kind] as fc.Arbitrary<PayloadOf[K]>
}
