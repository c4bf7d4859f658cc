import type { Category } from '@/domain/categories'
import type { RuleSet, RuleSetId } from '@/domain/rules'
import { computed, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { RULE_SET_NAMES } from '@/data/rule-set-names'
import { CATEGORIES } from '@/domain/categories'
import { isRuleSetId } from '@/domain/rules'
import type { DataLayer } from './data-layer'
import { STORAGE_KEYS } from '@/stores/storage-keys'
import { dataLayer, onDataLayer, withData } from './data-layer'
import { useSaving } from './useSaving'

/** The rule set as last read from the database, kept for the next start (see STORAGE_KEYS). */
function rememberedRuleSet(): RuleSetId | null {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEYS.ruleSet)
    return isRuleSetId(saved) ? saved : null
  }
  catch {
    return null
  }
}

/**
 * Names the city's own bin colours on the root element (`data-bin-kitchen="brown"`), where
 * tokens.css turns them into the colours of every bin icon, chip and answer card.
 */
function showBinColours(id: RuleSetId) {
  const root = globalThis.document?.documentElement
  if (!root) return
  for (const category of CATEGORIES) {
    const colour = RULE_SET_NAMES[id].binColours?.[category]?.en
    if (colour) root.setAttribute(`data-bin-${category}`, colour)
    else root.removeAttribute(`data-bin-${category}`)
  }
}

// One subscription for the whole app: every answer needs the rule set, and re-reading it on each
// page would briefly show the national answer to a Shanghai household. The rule set remembered
// from the last visit answers until the database does, so the lookup page needs no database
// code to show the right bin names.
const remembered = rememberedRuleSet()
const chosen = shallowRef<RuleSetId | undefined>(remembered ?? undefined)
const loaded = shallowRef(remembered !== null)
if (remembered) showBinColours(remembered)
let subscribed = false

// The complete rule sets (with every city's overrides) arrive with the dictionary, since only an
// answer about a dictionary item needs them (see `useDictionary`).
const complete = shallowRef<Readonly<Record<RuleSetId, RuleSet>>>()

/** Called by `loadDictionary` before it resolves, so no answer is ever computed without them. */
export function adoptRuleSets(ruleSets: Readonly<Record<RuleSetId, RuleSet>>) {
  complete.value = ruleSets
}

function subscribe() {
  if (subscribed) return
  subscribed = true
  // Unreadable settings (or a data layer that failed to load) fall back to the national rules
  // rather than block every answer.
  const fallBack = () => {
    loaded.value = true
  }
  const follow = ({ db, liveQuery, settings }: DataLayer) => {
    liveQuery(() => settings.getSetting(db, 'ruleSet')).subscribe({
      next: (value) => {
        chosen.value = value
        loaded.value = true
        showBinColours(value ?? 'national')
        try {
          globalThis.localStorage?.setItem(STORAGE_KEYS.ruleSet, value ?? 'national')
        }
        catch {
          // Only the head start is lost.
        }
      },
      error: fallBack,
    })
  }
  if (remembered) onDataLayer(follow)
  else dataLayer().then(follow, fallBack)
}

/** The rule set chosen in settings (national by default), and names as that rule set says them. */
export function useRuleSet() {
  subscribe()
  const { t, locale } = useI18n()
  const ruleSetId = computed<RuleSetId>(() => chosen.value ?? 'national')
  /**
   * The active rule set. Until the dictionary has loaded it has the city's names but no overrides,
   * which is harmless (there is no item to answer yet) but is why `ready` waits for both.
   */
  const ruleSet = computed<RuleSet>(() => complete.value?.[ruleSetId.value] ?? { id: ruleSetId.value, ...RULE_SET_NAMES[ruleSetId.value], overrides: {} })
  const ready = computed(() => loaded.value && complete.value !== undefined)

  /** A category's name in the UI language, in the words of the active rule set (湿垃圾 …). */
  function categoryName(category: Category): string {
    const own = RULE_SET_NAMES[ruleSetId.value].categoryNames[category]
    if (own) return locale.value === 'en' ? own.en : own.zh
    return t(`category.${category}`)
  }

  const { save } = useSaving()
  const setRuleSet = (id: RuleSetId) => save(() => withData(({ db, settings }) => settings.setSetting(db, 'ruleSet', id)))

  return { ruleSetId, ruleSet, ready, categoryName, setRuleSet }
}
