/**
 * What a parent chooses to leave out of a report: each taught name and missed search has a key,
 * the parent unticks some, and what is sent is the rest, as many as fit one QR code
 * (`defaultSelection`). A name that does not fit is shown unticked and can come in once the
 * parent leaves out another.
 */
import type { MissedSearch, NamedItem } from '../codes/payloads'
import type { ReportDraft } from './report'
import { defaultSelection } from './report'

/** The key of a taught name in a report's lists. */
export function taughtKey(item: NamedItem): string {
  return `t:${item.category}:${item.name}`
}

/** The key of a missed search in a report's lists. */
export function missedKey(miss: MissedSearch): string {
  return `m:${miss.query}`
}

/** What becomes of one name: sent, left out by the parent, or beyond what one QR code holds. */
export type NameChoice = 'kept' | 'left-out' | 'does-not-fit'

/** The lists a report sends when the parent left out the names whose keys are in `leftOut`. */
export function keptLists(draft: ReportDraft, leftOut: ReadonlySet<string>): { taught: NamedItem[], missed: MissedSearch[] } {
  return defaultSelection({
    ...draft,
    taught: draft.taught.filter(item => !leftOut.has(taughtKey(item))),
    missed: draft.missed.filter(miss => !leftOut.has(missedKey(miss))),
  })
}

/** Each name's fate, by key, for the checkboxes. */
export function nameChoices(draft: ReportDraft, leftOut: ReadonlySet<string>): Map<string, NameChoice> {
  const kept = keptLists(draft, leftOut)
  const sent = new Set([...kept.taught.map(taughtKey), ...kept.missed.map(missedKey)])
  const keys = [...draft.taught.map(taughtKey), ...draft.missed.map(missedKey)]
  return new Map(keys.map(key => [key, sent.has(key) ? 'kept' : leftOut.has(key) ? 'left-out' : 'does-not-fit']))
}
