import type { Category } from '@/domain/categories'
import type { RuleSet, RuleSetId } from '@/domain/rules'
import { computed, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { RULE_SETS } from '@/data/rule-sets'
import { dataLayer, withData } from './data-layer'
import { useSaving } from './useSaving'

// One subscription for the whole app: every answer needs the rule set, and re-reading it on each
// page would briefly show the national answer to a Shanghai household.
const chosen = shallowRef<RuleSetId | undefined>()
const loaded = shallowRef(false)
let subscribed = false

function subscribe() {
  if (subscribed) return
  subscribed = true
  // Unreadable settings (or a data layer that failed to load) fall back to the national rules
  // rather than block every answer.
  const fallBack = () => {
    loaded.value = true
  }
  dataLayer().then(({ db, liveQuery, settings }) => {
    liveQuery(() => settings.getSetting(db, 'ruleSet')).subscribe({
      next: (value) => {
        chosen.value = value
        loaded.value = true
      },
      error: fallBack,
    })
  }, fallBack)
}

/** The rule set chosen in settings (national by default), and names as that rule set says them. */
export function useRuleSet() {
  subscribe()
  const { t, locale } = useI18n()
  const ruleSetId = computed<RuleSetId>(() => chosen.value ?? 'national')
  const ruleSet = computed<RuleSet>(() => RULE_SETS[ruleSetId.value])

  /** A category's name in the UI language, in the words of the active rule set (湿垃圾 …). */
  function categoryName(category: Category): string {
    const own = ruleSet.value.categoryNames[category]
    if (own) return locale.value === 'en' ? own.en : own.zh
    return t(`category.${category}`)
  }

  const { save } = useSaving()
  const setRuleSet = (id: RuleSetId) => save(() => withData(({ db, settings }) => settings.setSetting(db, 'ruleSet', id)))

  return { ruleSetId, ruleSet, ready: loaded, categoryName, setRuleSet }
}
