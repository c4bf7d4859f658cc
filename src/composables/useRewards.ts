import type { Ref } from 'vue'
import type { RewardDraft } from '@/domain/rewards'
import { computed, shallowRef, watch } from 'vue'
import { activeCatalogue } from '@/domain/rewards'
import { withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

/**
 * The rewards catalogue (live, archived rewards left out), the vouchers of the given members, and
 * the commands: redeem points for a voucher, mark a voucher as given, and edit the household's
 * own rewards (add, edit, archive with undo).
 */
export function useRewards(memberIds: Ref<readonly string[]>) {
  const { data: stored, loading } = useLiveQuery(({ db }) => db.rewards.toArray())
  const { data: vouchers } = useLiveQuery(({ db, rewards }) => rewards.vouchersOf(db, memberIds.value), [memberIds])
  const { save, saving, problem } = useSaving()

  const redeem = (request: { rewardId: string, memberId: string }) => save(() => withData(({ db, rewards }) => rewards.redeem(db, request)))
  const markVoucherUsed = (code: string) => save(() => withData(({ db, rewards }) => rewards.markVoucherUsed(db, code)))
  const addReward = (draft: RewardDraft) => save(() => withData(({ db, rewards }) => rewards.addReward(db, draft)))
  const editReward = (id: string, draft: RewardDraft) => save(() => withData(({ db, rewards }) => rewards.editReward(db, id, draft)))
  const archiveReward = (id: string) => save(() => withData(({ db, rewards }) => rewards.archiveReward(db, id)))
  const unarchiveReward = (id: string) => save(() => withData(({ db, rewards }) => rewards.unarchiveReward(db, id)))

  return {
    catalogue: computed(() => activeCatalogue(stored.value ?? [])),
    vouchers: computed(() => vouchers.value ?? []),
    loading,
    redeem,
    markVoucherUsed,
    addReward,
    editReward,
    archiveReward,
    unarchiveReward,
    saving,
    problem,
  }
}

/**
 * A voucher's signed SortHero code (`<data>`, kind `voucher`) for its QR: a teacher's device
 * verifies it with the household's enrolled key and honours it once. Signing may create this
 * device's key on first use, so it goes through `useSaving`; `data` is null until it is ready.
 */
export function useVoucherCode(voucherId: Ref<string>) {
  const data = shallowRef<string | null>(null)
  const { save, problem } = useSaving()
  watch(voucherId, async (id) => {
    data.value = null
    const result = await save(() => withData(({ db, schoolHousehold }) => schoolHousehold.voucherCodeData(db, id)))
    if (result.ok && id === voucherId.value) data.value = result.value
  }, { immediate: true })
  return { data, problem }
}
