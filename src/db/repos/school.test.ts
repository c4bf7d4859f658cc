import type { SortHeroDb } from '../db'
import type { ClassDraft, SchoolClass } from '@/domain/school/records'
import type { FakeHousehold } from '@/domain/school/testing'
import { beforeEach, describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from '@/domain/codes/base64url'
import { encodeCode } from '@/domain/codes/codec'
import { codeLink } from '@/domain/codes/link'
import { dateToInstant } from '@/domain/dates'
import { fakeHousehold, tallyOf } from '@/domain/school/testing'
import { dumpDb, freshDb, householdDraft } from '../testing'
import { importCode, importCodes, previewCode } from './codes'
import { createHousehold } from './household'
import { awardPoints } from './ledger'
import { deviceKey } from './keys'
import { saveLogDay } from './log'
import { teachItem } from './lookup'
import { redeem } from './rewards'
import { acceptClassItem, classInviteCode, classSummaryCode, createClass, loadClassDashboard, setClassRewards } from './school'
import { enrollmentCode, loadReportDraft, reportsDue, shareReport, voucherCodeData } from './school-household'
import { createRollupUnit, forgetTrustedUnit, loadRollupDashboard, schoolSummaryCode } from './school-rollup'

const TODAY = '2026-12-03' // a Thursday
const WEEK = '2026-11-30'
const NOW = dateToInstant(TODAY)
const at = { today: TODAY, now: NOW }
const answers = { nickname: '小明家', children: 1, adults: 2 }

const classDraft = (overrides: Partial<ClassDraft> = {}): ClassDraft => ({ school: '小街子小学', name: '三年级二班', teacher: '王老师', area: { district: 'jiangyang' }, periodKind: 'week', ruleSet: 'national', ...overrides })

const dump = dumpDb

async function expectRefusedUnchanged(db: SortHeroDb, text: string, code: string) {
  const before = await dump(db)
  const outcome = await importCode(db, text, at)
  expect(outcome).toMatchObject({ ok: false, error: { code } })
  expect(await dump(db)).toEqual(before)
}

let teacher: SortHeroDb
let cls: SchoolClass
beforeEach(async () => {
  teacher = freshDb()
  cls = await createClass(teacher, classDraft(), '2026-11-02', NOW - 30 * 86_400_000)
})

describe('a household joins, logs and reports; the teacher imports', () => {
  let home: SortHeroDb
  beforeEach(async () => {
    home = freshDb()
    const household = await createHousehold(home, householdDraft(), NOW - 100 * 86_400_000)
    const [kid] = await home.members.where('householdId').equals(household.id).sortBy('createdAt')
    await acceptClassItem(teacher, cls.id, { name: '电子烟', category: 'hazardous' }, NOW)
    const invite = codeLink('https://example.org/sorthero/', await classInviteCode(teacher, cls.id))

    const preview = await previewCode(home, invite, at)
    expect(preview).toMatchObject({ ok: true, kind: 'class-invite', value: { action: 'add', details: { className: '三年级二班', school: '小街子小学', teacher: '王老师' } } })
    expect(await importCode(home, invite, { ...at, answers })).toMatchObject({ ok: true, value: { action: 'add' } })
    expect(await importCode(teacher, await enrollmentCode(home, cls.id), at)).toMatchObject({ ok: true, value: { action: 'add', details: { nickname: '小明家' } } })

    await saveLogDay(home, { date: '2026-11-30', entries: { kitchen: { bags: 2, sortedBags: 2 }, other: { bags: 1, sortedBags: 0 } }, memberId: kid!.id }, TODAY, NOW)
    await saveLogDay(home, { date: '2026-12-01', entries: { recyclable: { bags: 1, sortedBags: 1, kg: 0.5 } }, memberId: kid!.id }, TODAY, NOW)
    await teachItem(home, { name: '猫砂', category: 'other', memberId: kid!.id }, () => false, NOW)
  })

  async function share(keepNames = true) {
    const draft = await loadReportDraft(home, cls.id, at)
    return shareReport(home, cls.id, draft, keepNames ? draft : { taught: [], missed: [] }, NOW)
  }

  it('shows the class rates and leaderboard from the report', async () => {
    const shared = await share()
    expect(shared.report).toMatchObject({ classId: cls.id, period: WEEK, taught: [{ name: '猫砂', category: 'other' }] })
    const outcome = await importCode(teacher, shared.data, at)
    expect(outcome).toMatchObject({ ok: true, value: { action: 'add', details: { kind: 'report', nickname: '小明家', reported: 1, enrolled: 1 } } })

    const dashboard = await loadClassDashboard(teacher, cls.id, { today: TODAY })
    // 2 × 1.5 kg of food waste and 0.5 kg of recyclables sorted, 1 kg residual mixed.
    expect(dashboard.collection).toEqual({ numerator: 35, denominator: 45, rate: 35 / 45 })
    // Nothing logged on 2 December: the run of 30 November and 1 December is no streak today.
    expect(dashboard.leaderboard).toMatchObject([{ nickname: '小明家', rank: 1, members: 2, collectionRate: 35 / 45, streakDays: 0 }])
    expect(dashboard.taught).toMatchObject([{ name: '猫砂', households: 1, category: 'other' }])
    expect(dashboard.notReported).toEqual([])
  })

  it('re-importing the same report is a no-op; a newer one replaces it; the older is refused', async () => {
    const first = await share()
    await importCode(teacher, first.data, at)
    const before = await dump(teacher)
    expect(await importCode(teacher, first.data, at)).toMatchObject({ ok: true, value: { action: 'unchanged' } })
    expect(await dump(teacher)).toEqual(before)

    const second = await share(false)
    expect(await importCode(teacher, second.data, at)).toMatchObject({ ok: true, value: { action: 'replace', details: { reported: 1 } } })
    expect((await teacher.classReports.toArray()).map(r => [r.seq, r.report.taught.length])).toEqual([[second.seq, 0]])
    await expectRefusedUnchanged(teacher, first.data, 'out-of-date')
  })

  it('refuses every flipped bit of a report with the database unchanged', async () => {
    const { data } = await share()
    await importCode(teacher, (await share(false)).data, at)
    const bytes = fromBase64Url(data)!
    const before = await dump(teacher)
    for (let bit = 0; bit < bytes.length * 8; bit += 7) {
      const flipped = bytes.slice()
      flipped[bit >> 3]! ^= 1 << (bit & 7)
      const outcome = await importCode(teacher, toBase64Url(flipped), at)
      expect(outcome.ok, `bit ${bit}`).toBe(false)
    }
    expect(await dump(teacher)).toEqual(before)
  })

  it('honours a voucher once and refuses the second use with the date of the first', async () => {
    const member = (await home.members.toArray())[0]!
    await awardPoints(home, { memberId: member.id, at: NOW, reason: 'awareness-passed', points: 50, sourceEventId: 'test' })
    const voucher = await redeem(home, { rewardId: 'campaign:stickers', memberId: member.id }, NOW)
    const data = await voucherCodeData(home, voucher.id)
    expect(await previewCode(teacher, data, at)).toMatchObject({ ok: true, value: { action: 'add', details: { kind: 'voucher', points: 20 } } })
    expect(await importCode(teacher, data, { ...at, now: NOW + 1000 })).toMatchObject({ ok: true, value: { action: 'add' } })
    await expectRefusedUnchanged(teacher, data, 'voucher-used')
    expect(await importCode(teacher, data, at)).toMatchObject({ error: { params: { usedAt: NOW + 1000 } } })
  })

  it('carries an updated catalogue and item list to the household; refuses the old invite and a forged one', async () => {
    const oldInvite = await classInviteCode(teacher, cls.id)
    await setClassRewards(teacher, cls.id, [{ title: '当一天小组长', emoji: '⭐', cost: 40 }])
    const update = await classInviteCode(teacher, cls.id)
    expect(await importCode(home, update, at)).toMatchObject({ ok: true, value: { action: 'replace' } })
    expect((await home.rewards.toArray()).map(r => [r.title, r.source, r.cost])).toEqual([['当一天小组长', 'class', 40]])
    expect((await home.joinedClasses.get(cls.id))!.invite.items).toEqual([{ name: '电子烟', category: 'hazardous' }])
    await expectRefusedUnchanged(home, oldInvite, 'out-of-date')

    // Someone else's device publishes an "update" of the same class with its own key.
    const impostor = freshDb()
    await impostor.schoolClasses.add({ ...cls, revision: 99 })
    await expectRefusedUnchanged(home, await classInviteCode(impostor, cls.id), 'key-mismatch')
  })

  it('sends changed answers as a newer enrollment, and the same ones as the same', async () => {
    const again = await enrollmentCode(home, cls.id)
    expect(await importCode(teacher, again, at)).toMatchObject({ ok: true, value: { action: 'unchanged' } })
    await setClassRewards(teacher, cls.id, [])
    expect(await importCode(home, await classInviteCode(teacher, cls.id), { ...at, answers: { ...answers, nickname: '明明家' } })).toMatchObject({ ok: true, value: { action: 'replace' } })
    expect(await importCode(teacher, await enrollmentCode(home, cls.id), at)).toMatchObject({ ok: true, value: { action: 'replace', details: { nickname: '明明家' } } })
    expect((await teacher.enrollments.toArray()).map(e => e.nickname)).toEqual(['明明家'])
  })

  it('reminds the household of a finished period it did not share', async () => {
    expect(await reportsDue(home, '2026-12-08')).toEqual([{ classId: cls.id, className: '三年级二班', period: WEEK }])
    await shareReport(home, cls.id, await loadReportDraft(home, cls.id, { today: '2026-12-08', now: NOW, period: WEEK }), { taught: [], missed: [] })
    expect(await reportsDue(home, '2026-12-08')).toEqual([])
  })
})

describe('refusals leave the teacher\'s database unchanged', () => {
  let family: FakeHousehold
  beforeEach(async () => {
    family = await fakeHousehold(cls.id, '小红家')
    await importCode(teacher, await family.enrollment(), at)
  })

  it.each([
    ['a report of another class', async () => (await fakeHousehold(crypto.randomUUID(), 'x')).report(WEEK, 1, tallyOf()), 'other-class'],
    ['a report from a household not enrolled', async () => (await fakeHousehold(cls.id, '陌生人')).report(WEEK, 1, tallyOf()), 'not-enrolled'],
    ['a report for next week', () => family.report('2026-12-07', 1, tallyOf()), 'future-period'],
    ['a monthly report in a weekly class', () => family.report('2026-12', 1, tallyOf()), 'wrong-period-kind'],
    ['a report from before the class started', () => family.report('2026-10-26', 1, tallyOf()), 'period-before-start'],
    ['a report signed by another key with the enrolled key id', async () => {
      const other = await fakeHousehold(cls.id, '冒名')
      return encodeCode('report', { classId: cls.id, period: WEEK, seq: 1, tally: tallyOf(), streakDays: 0, taught: [], missed: [] }, { kid: family.key.kid, sign: other.signer.sign })
    }, 'bad-signature'],
    ['a voucher from a household not enrolled', async () => {
      const other = await fakeHousehold(cls.id, '陌生人')
      return encodeCode('voucher', { voucherId: crypto.randomUUID(), rewardId: 'campaign:stickers', source: 'campaign', title: { zh: '贴纸', en: 'Stickers' }, emoji: '🌟', nickname: '小红', avatar: '🐼', points: 20, issuedAt: NOW }, other.signer)
    }, 'not-enrolled'],
    ['a voucher for the household\'s own reward', () => encodeCode('voucher', { voucherId: crypto.randomUUID(), rewardId: 'r1', source: 'household', title: '周六选公园', emoji: '🌳', nickname: '小红', avatar: '🐼', points: 20, issuedAt: NOW }, family.signer), 'household-reward'],
    ['an enrollment for another class', async () => (await fakeHousehold(crypto.randomUUID(), 'x')).enrollment(), 'other-class'],
    ['text that is not a code', async () => 'https://example.org/#/lookup', 'malformed'],
  ])('refuses %s', async (_, make, code) => {
    await importCode(teacher, await family.report(WEEK, 5, tallyOf({ points: 3, members: 3 })), at)
    await expectRefusedUnchanged(teacher, await make(), code)
  })

  it('refuses a re-enrollment of the household with another key', async () => {
    const other = await fakeHousehold(cls.id, '小红家')
    const forged = await encodeCode('enrollment', { classId: cls.id, householdId: family.householdId, nickname: '小红家', children: 1, adults: 1, seq: 9, publicKey: other.key.publicKey }, other.signer)
    await expectRefusedUnchanged(teacher, forged, 'key-mismatch')
  })

  it('says a report opened on a device without classes belongs elsewhere', async () => {
    const phone = freshDb()
    await expectRefusedUnchanged(phone, await family.report(WEEK, 1, tallyOf()), 'no-class-here')
  })

  it('imports a queue of reports with one result each', async () => {
    const others = await Promise.all(['一', '二', '三'].map(n => fakeHousehold(cls.id, `${n}号家`)))
    for (const other of others.slice(0, 2)) await importCode(teacher, await other.enrollment(), at)
    const queue = [...await Promise.all(others.map(o => o.report(WEEK, 2, tallyOf({ members: 3 })))), 'garbage']
    const progress: number[] = []
    const outcomes = await importCodes(teacher, queue, at, index => progress.push(index))
    expect(outcomes.map(o => (o.ok ? o.value.action : o.error.code))).toEqual(['add', 'add', 'not-enrolled', 'malformed'])
    expect(outcomes[1]).toMatchObject({ value: { details: { reported: 2, enrolled: 3 } } })
    expect(progress).toEqual([0, 1, 2, 3])
  })
})

describe('class summaries up to the school and the district', () => {
  let school: SortHeroDb
  let schoolId: string
  beforeEach(async () => {
    const family = await fakeHousehold(cls.id, '小红家')
    await importCode(teacher, await family.enrollment(), at)
    await importCode(teacher, await family.report(WEEK, 1, tallyOf({ sortedKg: 8, mixedKg: 2, aware: 2, members: 3, points: 60 })), at)
    school = freshDb()
    schoolId = (await createRollupUnit(school, { level: 'school', name: '泸州市江阳区小街子小学', area: { district: 'jiangyang' }, periodKind: 'week' }, NOW)).id
  })

  it('ranks the class at school, and a newer summary replaces the older', async () => {
    const { data } = await classSummaryCode(teacher, cls.id, WEEK)
    expect(await importCode(school, data, at)).toMatchObject({ ok: true, value: { action: 'add', details: { name: '三年级二班' } } })
    expect(await importCode(school, data, at)).toMatchObject({ ok: true, value: { action: 'unchanged' } })
    const dashboard = await loadRollupDashboard(school, schoolId, { today: TODAY })
    expect(dashboard.ranking).toMatchObject([{ name: '三年级二班', rank: 1, pointsPerMember: { rate: 20 }, collection: { rate: 0.8 }, households: { enrolled: 1, reported: 1 } }])
    expect(dashboard.awareness.rate).toBeCloseTo(2 / 3, 10)

    const newer = await classSummaryCode(teacher, cls.id, WEEK)
    expect(await importCode(school, newer.data, at)).toMatchObject({ ok: true, value: { action: 'replace' } })
    await expectRefusedUnchanged(school, data, 'out-of-date')
  })

  it('binds a class to the first key that sent it (trust on first use)', async () => {
    await importCode(school, (await classSummaryCode(teacher, cls.id, WEEK)).data, at)
    const impostor = freshDb()
    await impostor.schoolClasses.add(cls)
    await expectRefusedUnchanged(school, (await classSummaryCode(impostor, cls.id, WEEK)).data, 'key-mismatch')
    // The coordinator forgets the class (its teacher has a new phone): the next key is bound.
    await forgetTrustedUnit(school, cls.id)
    expect(await importCode(school, (await classSummaryCode(impostor, cls.id, WEEK)).data, at)).toMatchObject({ ok: true, value: { action: 'add' } })
  })

  it.each([
    ['another school', { school: '江阳区实验小学' }, WEEK, 'other-school'],
    ['a monthly class', { periodKind: 'month' as const }, '2026-12', 'wrong-period-kind'],
  ])('refuses a summary from %s', async (_, change: Partial<ClassDraft>, period, code) => {
    const other = await createClass(teacher, classDraft(change), '2026-11-02', NOW)
    await expectRefusedUnchanged(school, (await classSummaryCode(teacher, other.id, period)).data, code)
  })

  it('sends the school up to its district, which refuses a class summary', async () => {
    const classSummary = (await classSummaryCode(teacher, cls.id, WEEK)).data
    await importCode(school, classSummary, at)
    const district = freshDb()
    const districtId = (await createRollupUnit(district, { level: 'district', name: '江阳区', area: { district: 'jiangyang' }, periodKind: 'week' }, NOW)).id
    await expectRefusedUnchanged(district, classSummary, 'wrong-level')
    const { data, summary } = await schoolSummaryCode(school, schoolId, WEEK)
    expect(summary).toMatchObject({ level: 'school', units: { expected: 1, reported: 1 }, households: { enrolled: 1, reported: 1 } })
    expect(await importCode(district, data, at)).toMatchObject({ ok: true, value: { action: 'add' } })
    const dashboard = await loadRollupDashboard(district, districtId, { today: TODAY })
    expect(dashboard.ranking).toMatchObject([{ name: '泸州市江阳区小街子小学', collection: { rate: 0.8 } }])
    const naxi = freshDb()
    await createRollupUnit(naxi, { level: 'district', name: '纳溪区', area: { district: 'naxi' }, periodKind: 'week' }, NOW)
    await expectRefusedUnchanged(naxi, data, 'other-district')
  })
})

describe('the device key', () => {
  it('is made once, cannot be read out, and survives reopening the database', async () => {
    const db = freshDb()
    const [a, b] = await Promise.all([deviceKey(db), deviceKey(db)])
    const stored = (await db.deviceKeys.get('device'))!
    expect(stored.kid).toBe(a.kid)
    expect(b.kid).toBe(a.kid)
    expect(stored.privateKey.extractable).toBe(false)
    await expect(crypto.subtle.exportKey('pkcs8', stored.privateKey)).rejects.toThrow()
    db.close()
    await db.open()
    expect((await deviceKey(db)).kid).toBe(a.kid)
  })
})
