import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { onDataLayer } from './composables/data-layer'
import { i18n, savedLocale, setLocale } from './i18n'
import { router } from './router'
import './styles/tokens.css'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia).use(i18n).use(router)
// The data layer (Dexie) loads when a page first needs data, after the first paint; the app's
// database duties (another tab upgrading, badges) start with it.
onDataLayer(layer => layer.watchDatabase(pinia))

// A device set to English loads that language before the first paint, so nothing flashes.
Promise.all([router.isReady(), setLocale(savedLocale(), false)]).then(() => {
  app.mount('#app')
  // For the first-load measurements (tests/bench/first-load.ts) and anyone profiling start-up.
  performance.mark('app-mounted')
})
