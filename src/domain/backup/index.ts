/**
 * Backups (README.md here): the file format, the schema of every table, what a restore changes,
 * and when to remind. Plain TypeScript: the database side is `db/repos/backup.ts`.
 */
export { BACKUP_ERRORS, BACKUP_FORMAT, BACKUP_LINK_MAX_CHARS, BACKUP_MAX_FILE_BYTES, BACKUP_QR_MAX_CHARS, backupCodeData, checkTables, encodeBackup, InvalidBackupError, readBackupFile, readBackupText, refuseBackup, tableCounts } from './format'
export type { BackupDevice, BackupDocument, BackupError, BackupErrorCode, BackupResult, ReadOptions } from './format'
export { isBackupCodeData } from './link'
export { addedCount, emptyCounts, planRestore } from './plan'
export type { DeviceHoldings, RestorePlan } from './plan'
export { BACKUP_ROWS_MAX, BACKUP_TABLES, PRIMARY_KEYS, RECORD_SCHEMAS, UNIQUE_KEYS } from './records'
export type { BackupSetting, BackupTable, BackupTables } from './records'
export { BACKUP_REMIND_DAYS, backupFileName, backupStanding } from './reminder'
export type { BackupStanding } from './reminder'
