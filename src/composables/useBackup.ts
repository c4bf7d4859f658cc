import type { BackupError, BackupTable, RestorePlan } from '@/domain/backup'
import type { DataLayer } from './data-layer'
import { useNow } from '@vueuse/core'
import { computed, shallowRef } from 'vue'
import { BACKUP_LINK_MAX_CHARS, BACKUP_QR_MAX_CHARS, BACKUP_TABLES, backupFileName, backupStanding } from '@/domain/backup'
import { codeLink } from '@/domain/codes/link'
import { localDate } from '@/domain/dates'
import { balancesByMember } from '@/domain/ledger'
import { useSessionStore } from '@/stores/session'
import { withData } from './data-layer'
import { downloadBytes } from './download'
import { useLiveQuery } from './useLiveQuery'
import { useSaving } from './useSaving'

type MadeBackup = Awaited<ReturnType<DataLayer['backup']['exportBackup']>>
type Preview = Extract<Awaited<ReturnType<DataLayer['backup']['previewRestore']>>, { ok: true }>['value']

/** When the device was last backed up, and whether it is time to remind (older than a month). */
export function useBackupStatus() {
  const { data: lastAt, loading } = useLiveQuery(({ db, backup }) => backup.lastBackupAt(db))
  const now = useNow({ interval: 60_000 })
  const standing = computed(() => (loading.value ? null : backupStanding(lastAt.value, now.value.getTime())))
  return { standing }
}

/**
 * Makes a backup of the whole device and lets it leave: as a file (always), and as a link or QR
 * code when it is small enough. Each way out is remembered as the last backup.
 */
export function useBackupMaker() {
  const { save, saving, problem } = useSaving()
  const made = shallowRef<(MadeBackup & { fileName: string, link: string | null, qr: boolean }) | null>(null)

  async function remember(at: number) {
    await save(() => withData(({ db, backup }) => backup.recordBackup(db, at)))
  }

  /** Makes the backup and saves it as a file. */
  async function make() {
    made.value = null
    const result = await save(() => withData(({ db, backup }) => backup.exportBackup(db, { app: __APP_VERSION__ })))
    if (!result.ok) return result
    const backup = result.value
    const link = backup.data.length <= BACKUP_LINK_MAX_CHARS ? codeLink(new URL('.', location.href).href, backup.data) : null
    made.value = { ...backup, fileName: backupFileName(localDate(backup.createdAt)), link, qr: backup.data.length <= BACKUP_QR_MAX_CHARS }
    saveFile()
    return result
  }

  /** Saves the backup just made as a file (again). */
  function saveFile() {
    if (!made.value) return
    downloadBytes(made.value.fileName, made.value.bytes)
    void remember(made.value.createdAt)
  }

  /** The link was copied, sent or saved. */
  function linkShared() {
    if (made.value) void remember(made.value.createdAt)
  }

  return { made, make, saveFile, linkShared, saving, problem }
}

/** What a restore would add, in words a summary can show. */
export interface RestoreSummary {
  /** The backup's family, when the device does not have it yet. */
  newFamily: string | null
  /** Points the restore adds per member, by nickname. */
  points: Array<{ name: string, points: number }>
  /** Records added per table, the tables with none left out. */
  added: Array<{ table: BackupTable, count: number }>
  /** Records the device already has and keeps as they are. */
  skipped: number
  /** The device signs with another key than the backup's, and the backup has classes or a school that know the old one. */
  keyNotice: boolean
}

function summarise(preview: Preview): RestoreSummary {
  const { document, plan } = preview
  const names = new Map(document.tables.members.map(member => [member.id, member.nickname]))
  const add = plan.add
  return {
    newFamily: add.households[0]?.nickname ?? null,
    points: [...balancesByMember(add.ledger)].filter(([, points]) => points !== 0).map(([id, points]) => ({ name: names.get(id) ?? '?', points })),
    added: BACKUP_TABLES.filter(table => table !== 'households' && add[table].length > 0).map(table => ({ table, count: add[table].length })),
    skipped: BACKUP_TABLES.reduce((sum, table) => sum + plan.skipped[table], 0),
    keyNotice: plan.keyChanged && (document.tables.joinedClasses.length + document.tables.schoolClasses.length + document.tables.rollupUnits.length) > 0,
  }
}

/** Longest file read as a backup (the backup's own limit is checked again while reading). */
const FILE_MAX_BYTES = 16 * 1024 * 1024

/**
 * Restores a backup onto this device: reads it (a file, or text with its link) and shows what
 * would change without writing; on confirmation writes it in one transaction. A refusal says
 * why in plain words and changes nothing.
 */
export function useRestore() {
  const session = useSessionStore()
  const { save, saving, problem } = useSaving()
  const reading = shallowRef(false)
  const preview = shallowRef<Preview | null>(null)
  const refusal = shallowRef<BackupError | null>(null)
  const done = shallowRef<RestorePlan | null>(null)
  /** Whether this device has data of its own already (a merge rather than a restore). */
  const merging = shallowRef(false)
  const summary = computed(() => (preview.value ? summarise(preview.value) : null))

  async function read(source: { bytes: Uint8Array } | { text: string }) {
    reading.value = true
    preview.value = null
    refusal.value = null
    done.value = null
    try {
      const result = await save(() => withData(async ({ db, backup, household }) => ({ read: await backup.previewRestore(db, source), hasData: await household.hasProfile(db) })))
      if (!result.ok) return
      merging.value = result.value.hasData
      if (result.value.read.ok) preview.value = result.value.read.value
      else refusal.value = result.value.read.error
    }
    finally {
      reading.value = false
    }
  }

  async function readFile(file: File) {
    if (file.size > FILE_MAX_BYTES) {
      preview.value = null
      refusal.value = { code: 'too-large' }
      return
    }
    await read({ bytes: new Uint8Array(await file.arrayBuffer()) })
  }

  const readText = (text: string) => read({ text })

  /** Writes the previewed restore; afterwards the app opens on the restored data. */
  async function confirm() {
    const shown = preview.value
    if (!shown) return
    const result = await save(() => withData(async ({ db, backup, household, settings }) => ({
      outcome: await backup.restoreBackup(db, shown.document),
      onboarded: await household.hasProfile(db),
      mode: await settings.getSetting(db, 'mode'),
    })))
    if (!result.ok) return
    const { outcome, onboarded, mode } = result.value
    if (!outcome.ok) {
      refusal.value = outcome.error
      preview.value = null
      return
    }
    done.value = outcome.value
    preview.value = null
    // What the first page reads before the database: the device is set up now.
    if (onboarded) session.onboardedFlag = '1'
    if (mode) session.modeFlag = mode
    session.profileSnapshot = null
  }

  function reset() {
    preview.value = null
    refusal.value = null
    done.value = null
  }

  const addedCount = computed(() => (done.value ? BACKUP_TABLES.reduce((sum, table) => sum + done.value!.add[table].length, 0) : 0))

  return { reading, preview, summary, refusal, merging, done, addedCount, readFile, readText, confirm, reset, saving, problem }
}
