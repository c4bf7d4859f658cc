import type { ClassBattle } from '@/domain/classroom'
import { withData } from './data-layer'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

/** The classroom battles kept on this device (the most recent first) and the command that keeps one. */
export function useClassroomBattles() {
  const { data: pastBattles, loading } = useLiveQuery(({ db, classroom }) => classroom.recentClassBattles(db))
  const { save, saving, problem } = useSaving()
  const saveBattle = (battle: ClassBattle) => save(() => withData(({ db, classroom }) => classroom.saveClassBattle(db, battle)))
  return { pastBattles, loading, saveBattle, saving, problem }
}
