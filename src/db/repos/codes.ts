/**
 * One door for every SortHero code that arrives (a scanned QR, an opened link, a chosen file):
 * `previewCode` says what the code is and what importing it would change, without writing;
 * `importCode` does it. Both read the code, verify its signature (with the key it carries, or
 * the key a class enrolled), then apply the kind's rules. Neither throws for bad input: every
 * refusal is a typed `CodeError`, and a refused import changes nothing.
 */
import type { SortHeroDb } from '../db'
import type { AnyDecodedCode } from '@/domain/codes/codec'
import type { PayloadKind } from '@/domain/codes/payloads'
import type { EnrollmentAnswers } from './school-household'
import type { ImportOptions, ImportOutcome } from './school'
import { openCode } from '@/domain/codes/codec'
import { codeDataOf } from '@/domain/codes/link'
import { refuse } from '@/domain/codes/result'
import { importEnrollment, importReport, importVoucher } from './school'
import { importInvite } from './school-household'
import { importSummary } from './school-rollup'

export interface CodeImportOptions extends ImportOptions {
  /** Kinds the screen accepts (a teacher's report queue: only reports). */
  kinds?: readonly PayloadKind[]
  /** For a new class invite: what the family tells the class. */
  answers?: EnrollmentAnswers
}

async function route(db: SortHeroDb, code: AnyDecodedCode, options: CodeImportOptions, write: boolean): Promise<ImportOutcome> {
  switch (code.kind) {
    case 'class-invite': return importInvite(db, code, options, write)
    case 'enrollment': return importEnrollment(db, code, options, write)
    case 'report': return importReport(db, code, options, write)
    case 'voucher': return importVoucher(db, code, options, write)
    case 'class-summary': return importSummary(db, code, options, write)
    // A taught-item list has no import yet: the class item list travels in the invite.
    case 'taught-items': return refuse('unknown-kind')
  }
}

async function run(db: SortHeroDb, text: string, options: CodeImportOptions, write: boolean): Promise<ImportOutcome & { kind?: PayloadKind }> {
  const data = codeDataOf(text)
  if (!data) return refuse('malformed')
  const opened = await openCode(data, options.kinds ? { kinds: options.kinds } : {})
  if (!opened.ok) return opened
  return { ...await route(db, opened.value.code, options, write), kind: opened.value.code.kind }
}

/** What importing a code (a link, `#/code/…` or the bare data) would do; writes nothing. */
export function previewCode(db: SortHeroDb, text: string, options: CodeImportOptions): Promise<ImportOutcome & { kind?: PayloadKind }> {
  return run(db, text, options, false)
}

/** Imports a code: verified, checked and written in one transaction, or refused with nothing changed. */
export function importCode(db: SortHeroDb, text: string, options: CodeImportOptions): Promise<ImportOutcome & { kind?: PayloadKind }> {
  return run(db, text, options, true)
}

/**
 * Imports many codes one after the other (a queue of parents at pick-up time, or many files),
 * each in its own transaction, reporting each result as it goes: one refused code does not
 * stop or undo the others.
 */
export async function importCodes(db: SortHeroDb, texts: readonly string[], options: CodeImportOptions, onEach?: (index: number, outcome: ImportOutcome) => void): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = []
  for (const [index, text] of texts.entries()) {
    const outcome = await importCode(db, text, options)
    outcomes.push(outcome)
    onEach?.(index, outcome)
  }
  return outcomes
}
