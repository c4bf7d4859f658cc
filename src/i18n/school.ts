import type { MessagePart } from '.'
import { loadMessagePart } from '.'

/**
 * The school side's messages (`locales/school-part.*.ts`): the teacher's and coordinator's, a
 * household's class and the SortHero code screens, with their refusals under `errors`.
 */
const SCHOOL: MessagePart = {
  'zh-CN': async () => (await import('./locales/school-part.zh-CN')).default,
  'en': async () => (await import('./locales/school-part.en')).default,
}

/**
 * Loads the school side's messages: the routes that show them wait for this (`meta.school`), so
 * the welcome page and the lookup never fetch them.
 */
export function loadSchoolMessages(): Promise<void> {
  return loadMessagePart(SCHOOL)
}
