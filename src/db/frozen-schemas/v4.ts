// Frozen copy of schema version 4 as it shipped (The household log, badges, rewards and vouchers.). Never edit: the upgrade test
// opens databases exactly as this version declared them.
export const V4_STORES = {
  logDays: 'date, updatedAt',
  badges: 'id, earnedAt',
  rewards: 'id, createdAt',
  vouchers: 'id, &code, memberId, createdAt',
}
