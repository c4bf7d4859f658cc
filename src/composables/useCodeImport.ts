import type { PayloadKind } from '@/domain/codes/payloads'
import type { CodeError } from '@/domain/codes/result'
import type { DataLayer } from './data-layer'
import { shallowRef } from 'vue'
import { withData } from './data-layer'
import { useSaving } from './useSaving'
import { useToday } from './useSchoolClasses'

type Outcome = Awaited<ReturnType<DataLayer['codes']['importCode']>>

/** What one code did: imported (added, replaced or unchanged) with its details, or refused and why. */
export type ImportReport = Outcome

/** One file of a batch and what became of it. */
export interface FileImport {
  name: string
  outcome: ImportReport | { ok: false, error: CodeError }
}

/** Longest file read as a code: a link is a few kilobytes at most; anything larger is not one. */
const FILE_MAX_BYTES = 64 * 1024

/**
 * Imports SortHero codes on a teacher's or coordinator's device, one at a time however fast they
 * arrive (a queue of parents at pick-up time), or many files with progress. Each code is verified
 * and written in its own transaction (`importCode`); a refusal changes nothing and says why. A
 * full disk or closed database is reported through `useSaving` like any other write.
 */
export function useCodeImport(kinds: readonly PayloadKind[]) {
  const today = useToday()
  const { save, problem } = useSaving()
  const busy = shallowRef(false)
  const progress = shallowRef<{ done: number, total: number } | null>(null)
  let queue: Promise<unknown> = Promise.resolve()

  /** Imports one code (a link, `#/code/…` or the bare data), after any import still running. */
  function importText(text: string): Promise<ImportReport | null> {
    const run = queue.then(async () => {
      busy.value = true
      try {
        const result = await save(() => withData(({ db, codes }) => codes.importCode(db, text, { today: today.value, now: Date.now(), kinds })))
        return result.ok ? result.value : null
      }
      finally {
        busy.value = false
      }
    })
    queue = run.catch(() => {})
    return run
  }

  /** Imports the chosen files one after the other, with progress; each file holds one code. */
  async function importFiles(files: readonly File[]): Promise<FileImport[]> {
    const results: FileImport[] = []
    progress.value = { done: 0, total: files.length }
    try {
      for (const file of files) {
        const text = file.size <= FILE_MAX_BYTES ? await file.text().catch(() => '') : ''
        const outcome = text ? await importText(text) : { ok: false as const, error: { code: 'malformed' as const } }
        if (outcome === null) break
        results.push({ name: file.name, outcome })
        progress.value = { done: results.length, total: files.length }
      }
    }
    finally {
      progress.value = null
    }
    return results
  }

  return { importText, importFiles, busy, progress, problem }
}
