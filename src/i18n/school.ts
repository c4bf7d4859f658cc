import type { MessagePart } from '.'
import { loadMessagePart } from '.'

async function schoolMessages(load: () => Promise<{ default: { errors: object } }>) {
  const school = (await load()).default
  return { school, errors: { school: school.errors } }
}

/** The school side's messages: under `school`, its refusals under `errors.school`. */
const SCHOOL: MessagePart = {
  'zh-CN': () => schoolMessages(() => import('./locales/school.zh-CN')),
  'en': () => schoolMessages(() => import('./locales/school.en')),
}

/**
 * Loads the teacher's and coordinator's messages: the routes that show them wait for this
 * (`meta.school`), so the welcome page and a family's pages never fetch them.
 */
export function loadSchoolMessages(): Promise<void> {
  return loadMessagePart(SCHOOL)
}
