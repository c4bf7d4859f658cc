import { shallowRef } from 'vue'
import { DomainError } from '@/domain/errors'
import { classifyStorageError } from '@/domain/storage-errors'
import { i18n } from '@/i18n'
import { useNoticesStore } from '@/stores/notices'

/**
 * Runs a write and turns any failure into a clear, translated message: a broken rule shows what
 * to fix, a full disk or closed database says that nothing saved before was lost. Writes are
 * transactions, so a failed one leaves the database as it was.
 */
export function useSaving() {
  const notices = useNoticesStore()
  // The app's one i18n instance, so commands can be used outside a component's setup too.
  const { t } = i18n.global
  const saving = shallowRef(false)
  /** The translated problem of the last failed write, for showing next to a form. */
  const problem = shallowRef<string | null>(null)

  async function save<T>(write: () => Promise<T>): Promise<{ ok: true, value: T } | { ok: false }> {
    saving.value = true
    problem.value = null
    try {
      return { ok: true, value: await write() }
    }
    catch (error) {
      if (error instanceof DomainError) {
        problem.value = t(`errors.${error.code}`, error.params)
      }
      else {
        const kind = classifyStorageError(error)
        problem.value = t(`storage.error.${kind}`)
        notices.show({ message: `storage.error.${kind}`, tone: 'error' })
        // The message above is what the user needs; the log keeps the detail for developers.
        console.error(error)
      }
      return { ok: false }
    }
    finally {
      saving.value = false
    }
  }

  /** Clears the shown problem once it no longer applies (the user moved on to something else). */
  function dismissProblem() {
    problem.value = null
  }

  return { save, saving, problem, dismissProblem }
}
