import codes from './codes.zh-CN'
import householdClass from './household-class.zh-CN'
import school from './school.zh-CN'

// The school side's messages (zh-CN), loaded with the first page that shows them (`i18n/school.ts`):
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
}
