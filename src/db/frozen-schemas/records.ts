/**
 * Records as each schema version's code wrote them, one table at a time, frozen with the schema
 * that introduced the table: the upgrade test writes them through that version's schema and
 * reads them back through the current one. When a later version changes a record's shape, the
 * old shape stays here and the test checks what the migration made of it.
 */
import { V1_STORES } from './v1'
import { V2_STORES } from './v2'
import { V3_STORES } from './v3'
import { V4_STORES } from './v4'
import { V5_STORES } from './v5'
import { V6_STORES } from './v6'

const T = Date.UTC(2026, 10, 2, 8)
const H = '4b8f3a52-2c6e-4e0b-9d2a-7f1e6c3b5a90'
const KID = 'c1d2e3f4-0a1b-4c2d-8e3f-9a0b1c2d3e4f'
const MUM = 'd2e3f4a5-1b2c-4d3e-9f4a-0b1c2d3e4f5a'
const CLASS = '0f8fad5b-d9cb-469f-a165-70867728950e'
const HOME = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
const SCHOOL = 'a3bb189e-8bf9-4888-9912-ace4e6543002'
const PUBLIC_KEY = `BA${'A'.repeat(85)}`
const TALLY = { categories: { recyclable: { sortedBags: 2, mixedBags: 0, sortedKgTenths: 8, mixedKgTenths: 0 }, hazardous: { sortedBags: 0, mixedBags: 0, sortedKgTenths: 0, mixedKgTenths: 0 }, kitchen: { sortedBags: 5, mixedBags: 1, sortedKgTenths: 75, mixedKgTenths: 15 }, other: { sortedBags: 3, mixedBags: 1, sortedKgTenths: 30, mixedKgTenths: 10 } }, daysLogged: 5, aware: 1, members: 2, points: 64, rounds: 3, correct: 24, answered: 30 }
const REPORT = { classId: CLASS, period: '2026-11-02', seq: 4, tally: TALLY, streakDays: 5, taught: [{ name: '猫砂', category: 'other' }], missed: [{ query: '电子烟弹', count: 2 }] }
const INVITE = { classId: CLASS, revision: 3, school: '小街子小学', className: '三年级二班', teacher: '王老师', area: { district: 'jiangyang' }, periodKind: 'week', ruleSet: 'national', rewards: [{ id: 'r1', title: '当一天小组长', emoji: '⭐', cost: 40 }], items: [{ name: '电子烟', category: 'hazardous' }], publicKey: PUBLIC_KEY }
const SUMMARY = { level: 'class', unitId: CLASS, name: '三年级二班', parentName: '小街子小学', area: { district: 'jiangyang' }, periodKind: 'week', period: '2026-11-02', seq: 9, households: { enrolled: 41, reported: 23 }, units: { expected: 1, reported: 1 }, tally: TALLY, publicKey: PUBLIC_KEY }

/** One schema version: its stores (frozen) and the records its code wrote into its new tables. */
export interface FrozenVersion {
  version: number
  stores: Record<string, string>
  records: Record<string, unknown[]>
}

export const FROZEN_VERSIONS: FrozenVersion[] = [
  {
    version: 1,
    stores: V1_STORES,
    records: {
      households: [{ id: H, nickname: '小明家', district: 'jiangyang', createdAt: T }],
      members: [
        { id: KID, householdId: H, nickname: '小明', role: 'child', avatar: '🐼', createdAt: T },
        { id: MUM, householdId: H, nickname: '妈妈', role: 'parent', avatar: '🐱', createdAt: T + 1, removedAt: T + 5000, readAloud: true },
      ],
      ledger: [
        { id: 'e1', memberId: KID, at: T, reason: 'welcome', points: 10, sourceEventId: `welcome:${KID}` },
        { id: 'e2', memberId: MUM, at: T + 1, reason: 'welcome', points: 10, sourceEventId: `welcome:${MUM}` },
      ],
      settings: [{ key: 'mode', value: 'household' }],
    },
  },
  {
    version: 2,
    stores: V2_STORES,
    records: {
      taughtItems: [{ id: 't1', name: '猫砂', key: '猫砂', category: 'other', memberId: KID, createdAt: T + 100 }],
      missedQueries: [{ key: '电子烟弹', query: '电子烟弹', count: 2, firstAt: T + 50, lastAt: T + 60 }],
      corrections: [{ id: 'c1', itemId: 'big-bone', query: '大骨头', category: 'kitchen', ruleSet: 'national', at: T + 70 }],
      lookups: [{ id: 'l1', itemId: 'battery', query: '电池', at: T + 80 }],
    },
  },
  {
    version: 3,
    stores: V3_STORES,
    records: {
      masteries: [{ memberId: KID, itemId: 'banana-peel', box: 3, due: T + 86_400_000, right: 2, wrong: 1, lastAt: T + 200, lastWrong: false }],
      answers: [{ id: 'a1', roundId: 'r1', memberId: KID, card: 'banana-peel', correct: true, at: T + 200 }],
      rounds: [{ id: `r1:${KID}`, roundId: 'r1', memberId: KID, mode: 'sort', finishedAt: T + 210, total: 10, correct: 9, stars: 3 }],
      awarenessChecks: [{ id: 'k1', memberId: KID, at: T + 300, score: 9, total: 10, passed: true }],
      classBattles: [{ id: 'b1', startedAt: T, finishedAt: T + 600_000, mode: 'teacher', ruleSet: 'national', teams: [{ name: '红队', colour: 'red', score: 1 }, { name: '蓝队', colour: 'blue', score: 0 }], itemIds: ['battery'], results: [{ itemId: 'battery', answer: 'hazardous', correctTeams: [0] }] }],
    },
  },
  {
    version: 4,
    stores: V4_STORES,
    records: {
      logDays: [{ date: '2026-11-02', entries: { kitchen: { bags: 2, sortedBags: 2, kg: 3.4 }, other: { bags: 1, sortedBags: 0 } }, loggedBy: KID, createdAt: T, updatedAt: T + 10 }],
      badges: [{ id: 'first-log', code: 'first-log', earnedAt: T }, { id: `three-stars:${KID}`, code: 'three-stars', memberId: KID, earnedAt: T + 210 }],
      rewards: [{ id: 'w1', title: '周六去公园', emoji: '🌳', cost: 30, source: 'household', createdAt: T, archivedAt: T + 1000 }],
      vouchers: [{ id: 'v1', code: 'SH-2345-6789', rewardId: 'campaign:stickers', rewardTitle: { zh: '垃圾分类贴纸', en: 'Sorting stickers' }, emoji: '🌟', memberId: KID, memberName: '小明', cost: 20, createdAt: T, usedAt: T + 50 }],
    },
  },
  {
    version: 5,
    stores: V5_STORES,
    records: {
      taughtBarcodes: [{ code: '6901234567892', material: 'glass', category: 'recyclable', sub: 'glass', memberId: KID, createdAt: T }],
      // Version 5 cached Open Food Facts replies raw, with every field the server sent.
      offCache: [{ code: '7622210288257', fetchedAt: T, body: { code: '7622210288257', status: 1, status_verbose: 'product found', product: { product_name: 'Grand Arôme', packaging_materials_tags: ['en:plastic'], nutriments: { sugars: 1 } } } }],
    },
  },
  {
    version: 6,
    stores: V6_STORES,
    records: {
      deviceKeys: [{ id: 'device', publicKey: PUBLIC_KEY, kid: 'AbCdEfGhIjK', seq: 12, createdAt: T }],
      schoolClasses: [{ id: CLASS, school: '小街子小学', name: '三年级二班', teacher: '王老师', area: { district: 'jiangyang' }, periodKind: 'week', ruleSet: 'national', rewards: INVITE.rewards, revision: 3, startPeriod: '2026-11-02', createdAt: T, summarySeq: 9 }],
      enrollments: [{ classId: CLASS, householdId: HOME, nickname: '小红家', children: 1, adults: 2, seq: 2, publicKey: PUBLIC_KEY, kid: 'ZyXwVuTsRqP', enrolledAt: T, updatedAt: T + 5 }],
      classReports: [{ classId: CLASS, householdId: HOME, period: '2026-11-02', seq: 4, report: REPORT, importedAt: T }],
      classItems: [{ id: 'i1', classId: CLASS, name: '电子烟', key: '电子烟', category: 'hazardous', acceptedAt: T }],
      redeemedVouchers: [{ id: 'ZyXwVuTsRqP:v9', kid: 'ZyXwVuTsRqP', voucherId: 'v9', householdId: HOME, nickname: '小红家', title: '当一天小组长', points: 40, issuedAt: T, usedAt: T + 9 }],
      joinedClasses: [{ classId: CLASS, invite: INVITE, teacherKid: 'QwErTyUiOpA', nickname: '小明家', children: 1, adults: 1, enrollSeq: 3, joinedAt: T, updatedAt: T }],
      sharedReports: [{ id: `${CLASS}|2026-11-02|4`, classId: CLASS, period: '2026-11-02', seq: 4, report: REPORT, data: 'oYM-example-data', sharedAt: T }],
      rollupUnits: [{ id: SCHOOL, level: 'school', name: '小街子小学', area: { district: 'jiangyang' }, periodKind: 'week', createdAt: T, summarySeq: 0 }],
      trustedUnits: [{ id: CLASS, level: 'class', parentId: SCHOOL, kid: 'QwErTyUiOpA', publicKey: PUBLIC_KEY, name: '三年级二班', parentName: '小街子小学', firstSeenAt: T }],
      summaries: [{ id: `${CLASS}|2026-11-02`, unitId: CLASS, parentId: SCHOOL, period: '2026-11-02', seq: 9, summary: SUMMARY, importedAt: T }],
    },
  },
]
