import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n } from './i18n'
import { router } from './router'
import './styles/tokens.css'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia).use(i18n).use(router)
// The data layer (Dexie) is not needed to paint the shell or the welcome page, so it loads in
// parallel instead of weighing on the first page.
void import('./db/watch').then(({ watchDatabase }) => watchDatabase(pinia))
document.documentElement.lang = i18n.global.locale.value

router.isReady().then(() => app.mount('#app'))
