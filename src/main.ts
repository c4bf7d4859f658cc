import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n, savedLocale, setLocale } from './i18n'
import { router } from './router'
import './styles/tokens.css'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia).use(i18n).use(router)
// The data layer (Dexie) is not needed to paint the shell or the welcome page, so it loads in
// parallel instead of weighing on the first page.
void import('./db/watch').then(({ watchDatabase }) => watchDatabase(pinia))

// A device set to English loads that language before the first paint, so nothing flashes.
Promise.all([router.isReady(), setLocale(savedLocale(), false)]).then(() => app.mount('#app'))
