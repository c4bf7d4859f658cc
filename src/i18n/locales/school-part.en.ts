import type zhPart from './school-part.zh-CN'
import codes from './codes.en'
import householdClass from './household-class.en'
import school from './school.en'

// The school side's messages (en), loaded with the first page that shows them (`i18n/school.ts`):
// the teacher's and coordinator's (`school`), a household's class (`householdClass`) and the
// SortHero code screens (`codes`); their refusals under `errors.school` and `errors.codes`.
export default {
  school,
  householdClass,
  codes,
  errors: {
    school: { ...school.errors, ...householdClass.errors },
    codes: codes.errors,
  },
} satisfies typeof zhPart
