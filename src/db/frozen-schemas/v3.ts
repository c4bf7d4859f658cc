// Frozen copy of schema version 3 as it shipped (Learn: mastery, answers, rounds, awareness checks, classroom battles.). Never edit: the upgrade test
// opens databases exactly as this version declared them.
export const V3_STORES = {
  masteries: '[memberId+itemId], memberId, [memberId+due]',
  answers: 'id, memberId, roundId, [memberId+at]',
  rounds: 'id, [memberId+finishedAt]',
  awarenessChecks: 'id, [memberId+at]',
  classBattles: 'id, startedAt',
}
