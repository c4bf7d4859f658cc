// Frozen copy of schema version 6 as it shipped (Schools: the device key, classes, enrollments, reports, class items, vouchers honoured, joined classes, shared reports, roll-up units, trusted units, summaries.). Never edit: the upgrade test
// opens databases exactly as this version declared them.
export const V6_STORES = {
  deviceKeys: 'id',
  schoolClasses: 'id, createdAt',
  enrollments: '[classId+householdId], classId, kid',
  classReports: '[classId+householdId+period], [classId+period], classId',
  classItems: 'id, classId, &[classId+key]',
  redeemedVouchers: 'id, usedAt',
  joinedClasses: 'classId',
  sharedReports: 'id, seq, [classId+period]',
  rollupUnits: 'id',
  trustedUnits: 'id, parentId, kid',
  summaries: 'id, [parentId+period], parentId, unitId',
}
