// Frozen copy of schema version 1 as it shipped (The first release: a household, its members, the points ledger and settings.). Never edit: the upgrade test
// opens databases exactly as this version declared them.
export const V1_STORES = {
  households: 'id',
  members: 'id, householdId',
  ledger: 'id, &sourceEventId, memberId, [memberId+at]',
  settings: 'key',
}
