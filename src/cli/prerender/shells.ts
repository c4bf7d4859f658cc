import type { RuleSetId } from '../../domain/rules.ts'
import { RULE_SET_IDS } from '../../domain/rules.ts'

/** A shell to prerender; a city's (`ruleSet`) is a variant of the national shell `variantOf`. */
export interface Shell { id: string, route: string, locale: 'zh-CN' | 'en', onboarded: boolean, ruleSet?: RuleSetId, variantOf?: string }

const LOOKUP_SHELLS: Shell[] = [{ id: 'lookup-zh', route: 'lookup', locale: 'zh-CN', onboarded: true }, { id: 'lookup-en', route: 'lookup', locale: 'en', onboarded: true }]

/**
 * The shells painted before any JavaScript runs: who opens the app, in which language, and for
 * a returning household, by which city's rules (a city may name the bins differently, and put a
 * shortcut's item in another bin). A city's shell is kept only where it differs from the
 * national one (`distinctShells`).
 */
export const SHELLS: readonly Shell[] = [
  { id: 'welcome-zh', route: 'welcome', locale: 'zh-CN', onboarded: false },
  { id: 'welcome-en', route: 'welcome', locale: 'en', onboarded: false },
  ...LOOKUP_SHELLS,
  ...RULE_SET_IDS.filter(id => id !== 'national').flatMap(ruleSet => LOOKUP_SHELLS.map(shell => ({ ...shell, id: `${shell.id}-${ruleSet}`, ruleSet, variantOf: shell.id }))),
]

/** The shells to ship: a city's shell drawn exactly as the national one is left out (the chooser falls back to it). */
export function distinctShells(rendered: ReadonlyMap<Shell, string>): Shell[] {
  const htmlOf = new Map([...rendered].map(([shell, html]) => [shell.id, html]))
  return [...rendered.keys()].filter(shell => !shell.variantOf || htmlOf.get(shell.id) !== htmlOf.get(shell.variantOf))
}
