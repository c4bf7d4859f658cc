import type { MessagePart } from '.'
import { loadMessagePart } from '.'

interface WithErrors { errors: object }

/**
 * The school side's messages as the app holds them: the teacher's and coordinator's (`school`),
 * a household's class (`householdClass`) and the SortHero code screens (`codes`), with their
 * refusals under `errors.school` and `errors.codes`. Composed here at run time, not in a locale
 * file: the build precompiles locale files as plain object literals, and drops spreads.
 */
export function schoolMessages<S extends WithErrors, H extends WithErrors, C extends WithErrors>({ school, householdClass, codes }: { school: S, householdClass: H, codes: C }) {
  const errors: { school: S['errors'] & H['errors'], codes: C['errors'] } = { school: { ...school.errors, ...householdClass.errors }, codes: codes.errors }
  return { school, householdClass, codes, errors }
}

const SCHOOL: MessagePart = {
  'zh-CN': async () => {
    const [school, householdClass, codes] = await Promise.all([import('./locales/school.zh-CN'), import('./locales/household-class.zh-CN'), import('./locales/codes.zh-CN')])
    return schoolMessages({ school: school.default, householdClass: householdClass.default, codes: codes.default })
  },
  'en': async () => {
    const [school, householdClass, codes] = await Promise.all([import('./locales/school.en'), import('./locales/household-class.en'), import('./locales/codes.en')])
    return schoolMessages({ school: school.default, householdClass: householdClass.default, codes: codes.default })
  },
}

/**
 * Loads the school side's messages: the routes that show them wait for this (`meta.school`), so
 * the welcome page and the lookup never fetch them.
 */
export function loadSchoolMessages(): Promise<void> {
  return loadMessagePart(SCHOOL)
}
