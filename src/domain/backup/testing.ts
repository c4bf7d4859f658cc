/**
 * fast-check arbitraries of whole devices' data, every table filled with records the app's own
 * forms and imports could have written: for the backup's property tests (export → restore is
 * lossless) and its fuzzing, which starts from valid backups and breaks them.
 */
import type { ClassBattle, ItemResult } from '../classroom'
import type { BackupDevice, BackupDocument } from './format'
import type { BackupSetting, BackupTables } from './records'
import fc from 'fast-check'
import { BADGES } from '../badges'
import { CATEGORIES } from '../categories'
import { scoresOf, TEAM_COLOURS } from '../classroom'
import { toBase64Url } from '../codes/base64url'
import { payloadArb, textArb } from '../codes/testing'
import { addDays } from '../dates'
import { DISTRICTS, ROLES } from '../household'
import { LEARN_MODES } from '../learning'
import { REASON_CODES } from '../ledger'
import { MATERIAL_KEYS } from '../off'
import { REWARD_SOURCES, voucherCode } from '../rewards'
import { RULE_SET_IDS } from '../rules'
import { PERIOD_KINDS } from '../school/period'
import { LUZHOU_DISTRICTS } from '../codes/wire'
import { normalizeChinese } from '../text'
import { BACKUP_FORMAT } from './format'
import { clipQuery, QUERY_MAX } from '../query'
import { BACKUP_TABLES, PRIMARY_KEYS, UNIQUE_KEYS } from './records'

const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
const id = fc.uuid()
const category = fc.constantFrom(...CATEGORIES)
const ruleSet = fc.constantFrom(...RULE_SET_IDS)
const day = fc.integer({ min: 0, max: 2000 }).map(n => addDays('2024-01-01', n))
const kid = fc.uint8Array({ minLength: 8, maxLength: 8 }).map(toBase64Url)

/** Public keys that pass the codes' schema (0x04 and 64 bytes; not checked to be on the curve). */
export const FAKE_PUBLIC_KEYS = Array.from({ length: 3 }, (_, k) => toBase64Url(Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : (i * 37 + k * 11) % 256))))

const uniqueBy = <T>(arb: fc.Arbitrary<T>, key: (value: T) => string, maxLength: number) => fc.uniqueArray(arb, { selector: key, maxLength })

const teacherSetting: fc.Arbitrary<BackupSetting> = fc.record({ name: textArb(12), school: fc.string({ maxLength: 40 }) }).map(value => ({ key: 'teacher' as const, value }))

function battleArb(): fc.Arbitrary<ClassBattle> {
  return fc.record({
    id,
    startedAt: instant,
    length: fc.integer({ min: 0, max: 5 }),
    mode: fc.constantFrom('teacher' as const, 'turns' as const),
    ruleSet,
    names: fc.uniqueArray(textArb(12).map(name => name.trim().replace(/\s+/g, ' ')).filter(name => name.length > 0), { minLength: 2, maxLength: 6, selector: name => name.toLocaleLowerCase() }),
    items: fc.array(fc.record({ itemId: fc.constantFrom('banana-peel', 'battery', 'q:dirty-container'), answer: category, picks: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), chosen: fc.option(category, { nil: null }) }), { maxLength: 8 }),
  }).map(({ id, startedAt, length, mode, ruleSet, names, items }) => {
    const teamCount = names.length
    const results: ItemResult[] = items.map((item, i) => {
      if (mode === 'teacher') return { itemId: item.itemId, answer: item.answer, correctTeams: item.picks.slice(0, teamCount).flatMap((picked, team) => (picked ? [team] : [])) }
      const team = i % teamCount
      return { itemId: item.itemId, answer: item.answer, correctTeams: item.chosen === item.answer ? [team] : [], turn: { team, chosen: item.chosen } }
    })
    const scores = scoresOf(teamCount, results)
    return { id, startedAt, finishedAt: startedAt + length * 60_000, mode, ruleSet, teams: names.map((name, i) => ({ name, colour: TEAM_COLOURS[i]!, score: scores[i]! })), itemIds: results.map(r => r.itemId), results }
  })
}

/** Every table of one device, filled with valid records (a family, a class, a school at once). */
export function backupTablesArb(): fc.Arbitrary<BackupTables> {
  return generated.map(g => dedupe(tablesOf(g)))
}

const generated = fc.record({
    householdId: id,
    hasHousehold: fc.boolean(),
    household: fc.record({ nickname: textArb(12), district: fc.constantFrom(...DISTRICTS), createdAt: instant }),
    members: uniqueBy(fc.record({ id, nickname: textArb(12), role: fc.constantFrom(...ROLES), avatar: fc.constantFrom('🐼', '🐯', '⭐', '👨‍👩‍👧‍👦'), createdAt: instant, removedAt: fc.option(instant, { nil: undefined }), readAloud: fc.option(fc.boolean(), { nil: undefined }) }), m => m.id, 4),
    ledger: uniqueBy(fc.record({ id, memberId: id, at: instant, reason: fc.constantFrom(...REASON_CODES), points: fc.integer({ min: -500, max: 500 }).filter(n => n !== 0), sourceEventId: fc.string({ minLength: 1, maxLength: 60 }), day: fc.option(day, { nil: undefined }) }), e => e.sourceEventId, 12),
    settings: fc.record({
      mode: fc.option(fc.constantFrom('household' as const, 'teacher' as const, 'coordinator' as const), { nil: undefined }),
      teacher: fc.option(teacherSetting, { nil: undefined }),
      ruleSet: fc.option(ruleSet, { nil: undefined }),
      offLookup: fc.option(fc.constantFrom('allowed' as const, 'denied' as const), { nil: undefined }),
    }),
    taughtItems: uniqueBy(fc.record({ id, name: textArb(30), category, similarItemId: fc.option(fc.constant('banana-peel'), { nil: undefined }), memberId: fc.option(id, { nil: undefined }), createdAt: instant }).filter(t => normalizeChinese(t.name).length > 0).map(t => ({ ...t, key: normalizeChinese(t.name) })), t => t.key, 6),
    missedQueries: uniqueBy(fc.record({ query: fc.string({ minLength: 1, maxLength: QUERY_MAX, unit: 'grapheme' }).map(clipQuery), count: fc.integer({ min: 1, max: 50 }), firstAt: instant, lastAt: instant }).filter(m => normalizeChinese(m.query).length > 0).map(m => ({ ...m, key: normalizeChinese(m.query) })), m => m.key, 5),
    corrections: fc.array(fc.record({ id, itemId: fc.constantFrom('banana-peel', 'taught:x'), query: fc.string({ maxLength: 20 }).map(q => q.trim()), category, ruleSet, at: instant }), { maxLength: 3 }),
    lookups: fc.array(fc.record({ id, itemId: fc.constantFrom('battery', 'taught:y'), query: fc.string({ maxLength: 20 }).map(q => q.trim()), at: instant }), { maxLength: 5 }),
    classBattles: fc.array(battleArb(), { maxLength: 2 }),
    masteries: uniqueBy(fc.record({ memberId: id, itemId: fc.constantFrom('banana-peel', 'battery', 'q:x', 'glass-jar'), box: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const), due: instant, right: fc.nat(100), wrong: fc.nat(100), lastAt: instant, lastWrong: fc.boolean() }), m => `${m.memberId}:${m.itemId}`, 5),
    answers: fc.array(fc.record({ id, roundId: id, memberId: id, card: fc.constantFrom('banana-peel', 'q:x'), correct: fc.boolean(), at: instant }), { maxLength: 10 }),
    rounds: fc.array(fc.record({ roundId: id, memberId: id, mode: fc.constantFrom(...LEARN_MODES), finishedAt: instant, total: fc.integer({ min: 0, max: 20 }), share: fc.double({ min: 0, max: 1, noNaN: true }), stars: fc.constantFrom(1 as const, 2 as const, 3 as const) }).map(({ share, ...r }) => ({ ...r, id: `${r.roundId}:${r.memberId}`, correct: Math.floor(r.total * share) })), { maxLength: 4 }),
    awarenessChecks: fc.array(fc.record({ id, memberId: id, at: instant, score: fc.integer({ min: 0, max: 10 }) }).map(c => ({ ...c, total: 10, passed: c.score >= 8 })), { maxLength: 3 }),
    rewards: fc.array(fc.record({ id, title: fc.oneof(textArb(20), fc.record({ zh: textArb(20), en: textArb(40) })), emoji: fc.constantFrom('🎁', '🌳'), cost: fc.integer({ min: 1, max: 10_000 }), source: fc.constantFrom(...REWARD_SOURCES), createdAt: instant, archivedAt: fc.option(instant, { nil: undefined }) }), { maxLength: 3 }),
    vouchers: uniqueBy(fc.record({ id, rewardId: fc.constantFrom('campaign:stickers', 'r1'), rewardTitle: textArb(20), emoji: fc.constant('🌟'), memberId: id, memberName: textArb(12), cost: fc.integer({ min: 1, max: 10_000 }), createdAt: instant, usedAt: fc.option(instant, { nil: undefined }) }).map(v => ({ ...v, code: voucherCode(v.id) })), v => v.code, 3),
    logDays: uniqueBy(fc.record({
      date: day,
      entries: fc.record(Object.fromEntries(CATEGORIES.map(c => [c, fc.record({ bags: fc.integer({ min: 1, max: 20 }), share: fc.double({ min: 0, max: 1, noNaN: true }), kg: fc.option(fc.double({ min: 0, max: 100, noNaN: true }).filter(kg => !Object.is(kg, -0)), { nil: undefined }) }).map(({ bags, share, kg }) => ({ bags, sortedBags: Math.floor(bags * share), ...(kg === undefined ? {} : { kg }) }))])), { requiredKeys: [] }),
      loggedBy: fc.option(id, { nil: undefined }),
      createdAt: instant,
      updatedAt: instant,
    }), d => d.date, 6),
    badges: uniqueBy(fc.record({ code: fc.constantFrom(...BADGES.map(b => b.code)), memberId: fc.option(id, { nil: undefined }), earnedAt: instant }).map(b => ({ ...b, id: b.memberId ? `${b.code}:${b.memberId}` : b.code })), b => b.id, 4),
    taughtBarcodes: uniqueBy(fc.record({ code: fc.stringMatching(/^\d{8,14}$/), itemId: fc.option(fc.constant('glass-jar'), { nil: undefined }), material: fc.constantFrom(...MATERIAL_KEYS), category, memberId: fc.option(id, { nil: undefined }), createdAt: instant }).map(({ material, ...b }) => (b.itemId ? b : { ...b, material })), b => b.code, 3),
    offCache: uniqueBy(fc.record({ code: fc.stringMatching(/^\d{8,13}$/), fetchedAt: instant, name: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), tags: fc.array(fc.constantFrom('en:glass', 'en:plastic', 'fr:boîte'), { maxLength: 3 }), found: fc.boolean() }).map(({ code, fetchedAt, name, tags, found }) => ({
      code,
      fetchedAt,
      body: found ? { code, status: 1, status_verbose: 'product found', product: { ...(name === undefined ? {} : { product_name: name }), packaging_materials_tags: tags } } : { code, status: 0, status_verbose: 'product not found' },
    })), c => c.code, 3),
    classes: uniqueBy(fc.record({
      id,
      school: textArb(40),
      name: textArb(20),
      teacher: textArb(12),
      area: fc.oneof(fc.constantFrom(...LUZHOU_DISTRICTS).map(district => ({ district })), textArb(20).map(city => ({ city }))),
      periodKind: fc.constantFrom(...PERIOD_KINDS),
      ruleSet,
      rewards: fc.array(fc.record({ id: fc.uuid(), title: textArb(20), emoji: fc.constant('🍦'), cost: fc.integer({ min: 1, max: 500 }) }), { maxLength: 2 }),
      revision: fc.integer({ min: 1, max: 50 }),
      createdAt: instant,
      summarySeq: fc.nat(1000),
    }).map(c => ({ ...c, startPeriod: c.periodKind === 'week' ? '2026-11-30' : '2026-11' })), c => c.id, 2),
    enrollments: fc.array(payloadArb('enrollment', FAKE_PUBLIC_KEYS), { maxLength: 3 }),
    reports: fc.array(fc.record({ householdId: id, report: payloadArb('report', FAKE_PUBLIC_KEYS), importedAt: instant }), { maxLength: 3 }),
    classItems: uniqueBy(fc.record({ id, classId: id, name: textArb(30), category, acceptedAt: instant }).filter(i => normalizeChinese(i.name).length > 0).map(i => ({ ...i, key: normalizeChinese(i.name) })), i => `${i.classId}:${i.key}`, 3),
    redeemedVouchers: fc.array(fc.record({ kid, voucherId: id, householdId: id, nickname: textArb(12), title: textArb(60), points: fc.integer({ min: 1, max: 10_000 }), issuedAt: instant, usedAt: instant }).map(r => ({ ...r, id: `${r.kid}:${r.voucherId}` })), { maxLength: 2 }),
    joinedClasses: fc.array(fc.record({ invite: payloadArb('class-invite', FAKE_PUBLIC_KEYS), teacherKid: kid, nickname: textArb(12), children: fc.integer({ min: 0, max: 20 }), adults: fc.integer({ min: 1, max: 20 }), enrollSeq: fc.nat(1000), joinedAt: instant, updatedAt: instant }).map(j => ({ ...j, classId: j.invite.classId })), { maxLength: 2 }),
    sharedReports: fc.array(fc.record({ report: payloadArb('report', FAKE_PUBLIC_KEYS), data: fc.stringMatching(/^[\w-]{20,200}$/), sharedAt: instant }).map(s => ({ id: `${s.report.classId}|${s.report.period}|${s.report.seq}`, classId: s.report.classId, period: s.report.period, seq: s.report.seq, ...s })), { maxLength: 2 }),
    school: fc.option(fc.record({ id, name: textArb(40), area: fc.constant({ district: 'naxi' as const }), periodKind: fc.constantFrom(...PERIOD_KINDS), createdAt: instant, summarySeq: fc.nat(100) }), { nil: undefined }),
    summaries: fc.array(fc.record({ kid, summary: payloadArb('class-summary', FAKE_PUBLIC_KEYS), importedAt: instant, firstSeenAt: instant }), { maxLength: 2 }),
})

/** Drops the later of two records with one key (or one unique index value), as a database would refuse them. */
function dedupe(tables: BackupTables): BackupTables {
  return Object.fromEntries(BACKUP_TABLES.map((table) => {
    const primaryOf = PRIMARY_KEYS[table] as (record: unknown) => string
    const uniqueOf = UNIQUE_KEYS[table] as ((record: unknown) => string) | undefined
    const seen = new Set<string>()
    return [table, (tables[table] as unknown[]).filter((record) => {
      const keys = [`p${primaryOf(record)}`, ...(uniqueOf ? [`u${uniqueOf(record)}`] : [])]
      if (keys.some(key => seen.has(key))) return false
      for (const key of keys) seen.add(key)
      return true
    })]
  })) as unknown as BackupTables
}

type Generated = typeof generated extends fc.Arbitrary<infer G> ? G : never

function tablesOf(g: Generated): BackupTables {
    const household = g.hasHousehold ? { id: g.householdId, ...g.household } : undefined
    const settings: BackupSetting[] = []
    if (g.settings.mode) settings.push({ key: 'mode', value: g.settings.mode })
    if (g.settings.teacher) settings.push(g.settings.teacher)
    if (g.settings.ruleSet) settings.push({ key: 'ruleSet', value: g.settings.ruleSet })
    if (g.settings.offLookup) settings.push({ key: 'offLookup', value: g.settings.offLookup })
    const schoolId = g.school?.id ?? 'no-school'
    const summaries = g.summaries.filter((s, i, all) => all.findIndex(o => o.summary.unitId === s.summary.unitId) === i)
    return {
      households: household ? [household] : [],
      members: household ? g.members.map(m => ({ ...m, householdId: household.id })) : [],
      ledger: g.ledger,
      settings,
      taughtItems: g.taughtItems,
      missedQueries: g.missedQueries,
      corrections: g.corrections,
      lookups: g.lookups,
      classBattles: g.classBattles,
      masteries: g.masteries,
      answers: g.answers,
      rounds: g.rounds.filter((r, i, all) => all.findIndex(o => o.id === r.id) === i),
      awarenessChecks: g.awarenessChecks,
      rewards: g.rewards,
      vouchers: g.vouchers,
      logDays: g.logDays,
      badges: g.badges,
      taughtBarcodes: g.taughtBarcodes,
      offCache: g.offCache,
      schoolClasses: g.classes,
      enrollments: g.enrollments.filter((e, i, all) => all.findIndex(o => o.classId === e.classId && o.householdId === e.householdId) === i).map(e => ({ ...e, kid: 'AAAAAAAAAAA', enrolledAt: Date.UTC(2026, 0, 1), updatedAt: Date.UTC(2026, 0, 2) })),
      classReports: g.reports.filter((r, i, all) => all.findIndex(o => o.report.classId === r.report.classId && o.householdId === r.householdId && o.report.period === r.report.period) === i).map(r => ({ classId: r.report.classId, householdId: r.householdId, period: r.report.period, seq: r.report.seq, report: r.report, importedAt: r.importedAt })),
      classItems: g.classItems,
      redeemedVouchers: g.redeemedVouchers,
      joinedClasses: g.joinedClasses.filter((j, i, all) => all.findIndex(o => o.classId === j.classId) === i),
      sharedReports: g.sharedReports.filter((s, i, all) => all.findIndex(o => o.id === s.id) === i),
      rollupUnits: g.school ? [{ ...g.school, level: 'school' as const }] : [],
      trustedUnits: summaries.map(s => ({ id: s.summary.unitId, level: s.summary.level, parentId: schoolId, kid: s.kid, publicKey: s.summary.publicKey, name: s.summary.name, parentName: s.summary.parentName, firstSeenAt: s.firstSeenAt })),
      summaries: summaries.map(s => ({ id: `${s.summary.unitId}|${s.summary.period}`, unitId: s.summary.unitId, parentId: schoolId, period: s.summary.period, seq: s.summary.seq, summary: s.summary, importedAt: s.importedAt })),
    }
}

const deviceArb: fc.Arbitrary<BackupDevice | null> = fc.option(fc.record({ kid, publicKey: fc.constantFrom(...FAKE_PUBLIC_KEYS), seq: fc.nat(1_000_000) }), { nil: null })

/** A whole backup document of a device. */
export function backupDocumentArb(): fc.Arbitrary<BackupDocument> {
  return fc.record({ createdAt: instant, device: deviceArb, tables: backupTablesArb() }).map(d => ({ format: BACKUP_FORMAT, app: '0.1.0', schema: 6, ...d }))
}

