import { defineAsyncComponent } from 'vue'

/**
 * The Me page's backup and install cards, in their own chunk: the backup format's schemas load
 * when Me shows them, not with the Me page's own code. Their texts are the `trust` feature part.
 */
export const SettingsBackupCard = defineAsyncComponent(() => import('./SettingsBackupCard.vue'))
export const SettingsInstallCard = defineAsyncComponent(() => import('./SettingsInstallCard.vue'))
