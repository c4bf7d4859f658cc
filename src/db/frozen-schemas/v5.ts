// Frozen copy of schema version 5 as it shipped (Scanning: taught barcodes and the Open Food Facts cache.). Never edit: the upgrade test
// opens databases exactly as this version declared them.
export const V5_STORES = {
  taughtBarcodes: 'code, createdAt',
  offCache: 'code, fetchedAt',
}
