// Frozen copy of schema version 2 as it shipped (Lookup: taught names, missed searches, corrections, opened answers.). Never edit: the upgrade test
// opens databases exactly as this version declared them.
export const V2_STORES = {
  taughtItems: 'id, &key, createdAt',
  missedQueries: 'key, lastAt',
  corrections: 'id, itemId, at',
  lookups: 'id, itemId, at',
}
