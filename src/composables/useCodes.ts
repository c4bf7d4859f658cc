import type { ImportOutcome } from '@/db/repos/school'
import type { EnrollmentAnswers } from '@/db/repos/school-household'
import type { AnyDecodedCode, PayloadKind } from '@/domain/codes'
import type { RuleSetId } from '@/domain/rules'
import type { InviteChange } from '@/domain/school/joining'
import type { JoinedClass } from '@/domain/school/records'
import { shallowRef } from 'vue'
import { codeDataOf, openCode } from '@/domain/codes'
import { localDate } from '@/domain/dates'
import { inviteChanges } from '@/domain/school/joining'
import { withData } from './data-layer'
import { useSaving } from './useSaving'

/** What importing a code did or would do, or why it was refused. */
export type CodeOutcome = ImportOutcome & { kind?: PayloadKind }

/** What a code is and what importing it here would do, as the import screen shows it. */
export interface CodeInspection {
  /** The code's `<data>`, or null when the text held none. */
  data: string | null
  /** What importing would do, or why it would be refused (nothing is written either way). */
  outcome: CodeOutcome
  /** The code as read: for the kinds that carry their key, after its signature was checked. */
  code?: AnyDecodedCode
  /** For a class invite: the class as this household joined it, if it did … */
  joined?: JoinedClass
  /** … and what taking this invite would change there. */
  changes?: InviteChange[]
  /** Whether this device has a household (joining a class needs one). */
  hasHousehold: boolean
  /** The rule set lookups follow on this device now. */
  ruleSet: RuleSetId
}

/**
 * SortHero codes on the import screen: `inspect` says what a code is and what importing it
 * would change, writing nothing; `join` takes a class invite (with the family's answers) and
 * `importOther` any other kind; `enrollmentCode` is the household's answer after joining.
 * Refusals come back as `CodeError`s for the screen to translate (`errors.codes.*`); a broken
 * rule or storage failure comes back translated through `useSaving` as `problem`.
 *
 * The codes module (MessagePack, the schemas) is imported here and by the repositories only, so
 * it reaches the pages that import codes, never the first page.
 */
export function useCodes() {
  const { save, saving, problem } = useSaving()
  const today = () => localDate(Date.now())
  const inspecting = shallowRef(false)

  async function inspect(text: string) {
    inspecting.value = true
    try {
      return await save(() => withData(async ({ db, codes, household, schoolHousehold, settings }): Promise<CodeInspection> => {
        const data = codeDataOf(text)
        const [outcome, opened, profile, ruleSet] = await Promise.all([
          codes.previewCode(db, text, { today: today() }),
          data ? openCode(data) : undefined,
          household.getHousehold(db),
          settings.getSetting(db, 'ruleSet'),
        ])
        const inspection: CodeInspection = { data, outcome, hasHousehold: profile !== undefined, ruleSet: ruleSet ?? 'national' }
        const code = opened?.ok ? opened.value.code : undefined
        if (!code) return inspection
        inspection.code = code
        if (code.kind === 'class-invite') {
          const joined = await schoolHousehold.joinedClass(db, code.payload.classId)
          if (joined) Object.assign(inspection, { joined, changes: inviteChanges(joined.invite, code.payload) })
        }
        return inspection
      }))
    }
    finally {
      inspecting.value = false
    }
  }

  const join = (text: string, options: { answers?: EnrollmentAnswers, adoptRuleSet: boolean }) =>
    save(() => withData(({ db, schoolHousehold }) => schoolHousehold.joinClass(db, text, { today: today(), ...options })))

  const importOther = (text: string) => save(() => withData(({ db, codes }) => codes.importCode(db, text, { today: today() })))

  const enrollmentCode = (classId: string) => save(() => withData(({ db, schoolHousehold }) => schoolHousehold.enrollmentCode(db, classId)))

  return { inspect, inspecting, join, importOther, enrollmentCode, saving, problem }
}
