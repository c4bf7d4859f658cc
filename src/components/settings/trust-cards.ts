import { defineAsyncComponent } from 'vue'
import { loadTrustMessages } from '@/i18n/trust'

/**
 * The Me page's backup and install cards, each arriving with its messages (`i18n/trust.ts`), so
 * neither the first page nor the Me page's own chunk carries them.
 */
export const SettingsBackupCard = defineAsyncComponent(async () => (await Promise.all([import('./SettingsBackupCard.vue'), loadTrustMessages()]))[0])
export const SettingsInstallCard = defineAsyncComponent(async () => (await Promise.all([import('./SettingsInstallCard.vue'), loadTrustMessages()]))[0])
