// Every message of both languages in one tree, as the app has them once every part has loaded
// (the base, `i18n/features.ts` and `i18n/school.ts`). For the message tests and tools; the app
// itself never imports this, so its first page stays small.
import classroomEn from './locales/classroom.en'
import classroomZh from './locales/classroom.zh-CN'
import codesEn from './locales/codes.en'
import codesZh from './locales/codes.zh-CN'
import enBase from './locales/en'
import homeEn from './locales/home.en'
import homeZh from './locales/home.zh-CN'
import learnEn from './locales/learn.en'
import learnZh from './locales/learn.zh-CN'
import logEn from './locales/log.en'
import logZh from './locales/log.zh-CN'
import rewardsEn from './locales/rewards.en'
import rewardsZh from './locales/rewards.zh-CN'
import scanEn from './locales/scan.en'
import scanZh from './locales/scan.zh-CN'
import householdClassEn from './locales/household-class.en'
import householdClassZh from './locales/household-class.zh-CN'
import schoolEnPart from './locales/school.en'
import schoolZhPart from './locales/school.zh-CN'
import trustEn from './locales/trust.en'
import trustZh from './locales/trust.zh-CN'
import zhBase from './locales/zh-CN'
import { schoolMessages } from './school'

const schoolZh = schoolMessages({ school: schoolZhPart, householdClass: householdClassZh, codes: codesZh })
const schoolEn = schoolMessages({ school: schoolEnPart, householdClass: householdClassEn, codes: codesEn })
const familyZh = { classroom: classroomZh, codes: codesZh, learn: learnZh, log: logZh, rewards: rewardsZh, scan: scanZh, trust: trustZh }
const familyEn = { classroom: classroomEn, codes: codesEn, learn: learnEn, log: logEn, rewards: rewardsEn, scan: scanEn, trust: trustEn }

/** A feature's refusals live under `errors.<feature>`, as `i18n/features.ts` files them. */
function errorsOf(parts: Record<string, object>) {
  return Object.fromEntries(Object.entries(parts).flatMap(([name, part]) => 'errors' in part ? [[name, part.errors]] : []))
}

export const ALL_ZH = { ...zhBase, ...homeZh, ...familyZh, ...schoolZh, errors: { ...zhBase.errors, ...errorsOf(familyZh), ...schoolZh.errors } }
export const ALL_EN = { ...enBase, ...homeEn, ...familyEn, ...schoolEn, errors: { ...enBase.errors, ...errorsOf(familyEn), ...schoolEn.errors } }

/** A tree of messages: texts, or more trees. */
export type Tree = { [key: string]: string | Tree }

/** Every text of a tree with its dotted key. */
export function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`))
}
