import type { Ref } from 'vue'
import { computed } from 'vue'
import { balancesByMember } from '@/domain/ledger'
import { useLiveQuery } from './useLiveQuery'

/** The points ledger of the given members, live, and each member's balance derived from it. */
export function useLedger(memberIds: Ref<readonly string[]>) {
  const { data, loading } = useLiveQuery(({ db, ledger }) => ledger.ledgerOfMembers(db, memberIds.value), [memberIds])
  const entries = computed(() => data.value ?? [])
  const balances = computed(() => balancesByMember(entries.value))
  return { entries, balances, loading }
}
