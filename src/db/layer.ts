/**
 * The whole data layer as one module: the database, Dexie's `liveQuery` and every repository.
 * Composables load it with a dynamic `import()` (see `composables/data-layer.ts`), so Dexie and
 * the repositories arrive after the first paint and no page chunk carries them.
 */
export { liveQuery } from 'dexie'
export { db } from './db'
export { watchDatabase } from './watch'
export * as backup from './repos/backup'
export * as badges from './repos/badges'
export * as classroom from './repos/classroom'
export * as codes from './repos/codes'
export * as household from './repos/household'
export * as learning from './repos/learning'
export * as ledger from './repos/ledger'
export * as log from './repos/log'
export * as lookup from './repos/lookup'
export * as rewards from './repos/rewards'
export * as schoolHousehold from './repos/school-household'
export * as scan from './repos/scan'
export * as settings from './repos/settings'
export * as school from './repos/school'
export * as schoolRollup from './repos/school-rollup'
