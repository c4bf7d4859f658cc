import type { RouteLocationNormalized, RouteRecordRaw, Router } from 'vue-router'
import { createRouter, createWebHashHistory } from 'vue-router'
import type { DataLayer } from './composables/data-layer'
import { onDataLayer } from './composables/data-layer'
import { loadFeatureMessages, loadHomeMessages } from './i18n/features'
import { loadSchoolMessages } from './i18n/school'
import { OPEN_BEFORE_ONBOARDING } from './routes-before-onboarding'
import { useSessionStore } from './stores/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Translation key of the page title. */
    title: string
    /** Shown with the header and the bottom tab bar. */
    tab?: boolean
    /** Shows the teacher's or coordinator's texts, loaded before the page (`i18n/school.ts`). */
    school?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: () => startPage() },
  { path: '/welcome', name: 'welcome', component: () => import('./pages/WelcomePage.vue'), meta: { title: 'welcome.title' } },
  { path: '/lookup', name: 'lookup', component: () => import('./pages/LookupPage.vue'), meta: { title: 'nav.lookup', tab: true } },
  { path: '/lookup/item/:key', name: 'lookup-item', component: () => import('./pages/LookupItemPage.vue'), meta: { title: 'nav.lookup', tab: true } },
  { path: '/lookup/scan', name: 'scan', component: () => import('./pages/ScanPage.vue'), meta: { title: 'scan.title', tab: true } },
  { path: '/lookup/category/:category', name: 'lookup-category', component: () => import('./pages/LookupCategoryPage.vue'), meta: { title: 'nav.lookup', tab: true } },
  { path: '/learn', name: 'learn', component: () => import('./pages/LearnPage.vue'), meta: { title: 'nav.learn', tab: true } },
  { path: '/learn/sort', name: 'learn-sort', component: () => import('./pages/LearnSortPage.vue'), meta: { title: 'learn.modes.sort.title' } },
  { path: '/learn/quiz', name: 'learn-quiz', component: () => import('./pages/LearnQuizPage.vue'), meta: { title: 'learn.modes.quiz.title' } },
  { path: '/learn/mistakes', name: 'learn-mistakes', component: () => import('./pages/LearnMistakesPage.vue'), meta: { title: 'learn.modes.mistakes.title', tab: true } },
  { path: '/learn/duo', name: 'learn-duo', component: () => import('./pages/LearnDuoPage.vue'), meta: { title: 'learn.modes.duo.title', tab: true } },
  { path: '/learn/awareness', name: 'learn-awareness', component: () => import('./pages/LearnAwarenessPage.vue'), meta: { title: 'learn.modes.awareness.title', tab: true } },
  { path: '/learn/class', name: 'classroom', component: () => import('./pages/ClassroomPage.vue'), meta: { title: 'classroom.title', school: true } },
  { path: '/log', name: 'log', component: () => import('./pages/LogPage.vue'), meta: { title: 'nav.log', tab: true, school: true } },
  { path: '/me', name: 'me', component: () => import('./pages/MePage.vue'), meta: { title: 'nav.me', tab: true, school: true } },
  { path: '/me/rewards', name: 'rewards', component: () => import('./pages/RewardsPage.vue'), meta: { title: 'rewards.title', tab: true } },
  { path: '/class', name: 'class', component: () => import('./pages/ClassPage.vue'), meta: { title: 'school.nav.class', tab: true, school: true } },
  { path: '/class/setup', name: 'class-setup', component: () => import('./pages/ClassSetupPage.vue'), meta: { title: 'school.setup.title', tab: true, school: true } },
  { path: '/class/invite', name: 'class-invite', component: () => import('./pages/ClassInvitePage.vue'), meta: { title: 'school.invite.title', tab: true, school: true } },
  { path: '/class/invite/projector', name: 'class-projector', component: () => import('./pages/ClassProjectorPage.vue'), meta: { title: 'school.invite.title', school: true } },
  { path: '/class/reports', name: 'class-reports', component: () => import('./pages/ClassReportsPage.vue'), meta: { title: 'school.nav.reports', tab: true, school: true } },
  { path: '/class/items', name: 'class-items', component: () => import('./pages/ClassItemsPage.vue'), meta: { title: 'school.nav.items', tab: true, school: true } },
  { path: '/class/rewards', name: 'class-rewards', component: () => import('./pages/ClassRewardsPage.vue'), meta: { title: 'school.nav.rewards', tab: true, school: true } },
  { path: '/scan-codes/:purpose(reports|vouchers|summaries)', name: 'code-scan', component: () => import('./pages/SchoolScanPage.vue'), meta: { title: 'school.scan.pageTitle', school: true } },
  { path: '/school', name: 'school', component: () => import('./pages/SchoolPage.vue'), meta: { title: 'school.nav.school', tab: true, school: true } },
  { path: '/school/setup', name: 'school-setup', component: () => import('./pages/SchoolSetupPage.vue'), meta: { title: 'school.unit.setupTitle', tab: true, school: true } },
  // Any SortHero code (a QR code's link, a sent link, a file); with no data, a place to paste or open one.
  { path: '/code/:data?', name: 'code', component: () => import('./pages/CodePage.vue'), meta: { title: 'codes.page.title', tab: true, school: true } },
  // A new phone restores before onboarding; `<data>` is a backup's link (codes of kind backup).
  { path: '/restore/:data?', name: 'restore', component: () => import('./pages/RestorePage.vue'), meta: { title: 'welcome.restore' } },
  { path: '/:pathMatch(.*)*', redirect: () => startPage() },
]

/** Where the app opens for this device's face: the class for a teacher, the school for a coordinator. */
export function startPage(): string {
  const mode = useSessionStore().modeFlag
  return mode === 'teacher' ? '/class' : mode === 'coordinator' ? '/school' : '/lookup'
}

let verified = false

/** Pages that open before the household is set up. */
const BEFORE_ONBOARDING = new Set(['welcome', ...OPEN_BEFORE_ONBOARDING])

/**
 * The texts a page needs beyond the base messages. The two pages a visit starts on carry little:
 * the lookup page only the base, the welcome page the household's texts (see i18n/features.ts).
 */
function messagesFor(to: RouteLocationNormalized): Array<Promise<void>> {
  const name = String(to.name)
  return [
    ...(name === 'lookup' ? [] : [loadHomeMessages()]),
    ...(name === 'lookup' || name === 'welcome' ? [] : [loadFeatureMessages()]),
    ...(to.meta.school ? [loadSchoolMessages()] : []),
  ]
}

/** A page whose texts failed to load still opens (it shows their keys) rather than not at all. */
const loadMessagesFor = (to: RouteLocationNormalized) => Promise.all(messagesFor(to)).catch(error => console.error(error))

/**
 * The app's router. Hash history: the app is a static site that may live under any path on any
 * host, and SortHero code links (`#/code/…`) must open the app without server rewrites. Made
 * when the app is (not when this module loads), so that starting the history is not part of
 * the task that evaluates the app's scripts (see main.ts).
 */
export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHashHistory(),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })

  /**
   * The onboarding flag in localStorage answers at once; the database has the final word once a
   * page has loaded it (this check never loads it by itself, so the first page stays light). If
   * the flag says "onboarded" but no profile is stored (site data partly cleared), the user is
   * sent back to the welcome page.
   */
  async function verifyProfile(layer: DataLayer): Promise<void> {
    if (await layer.household.hasProfile(layer.db)) return
    useSessionStore().onboardedFlag = null
    // A code page stays: it works before onboarding, and the code in its URL must not be lost.
    // A restore page stays too: it is how a device gets its data back.
    if (!OPEN_BEFORE_ONBOARDING.includes(String(router.currentRoute.value.name))) await router.replace({ name: 'welcome' })
  }

  router.beforeEach((to) => {
    const onboarded = useSessionStore().onboardedFlag === '1'
    if (onboarded && !verified) {
      verified = true
      onDataLayer(layer => void verifyProfile(layer))
    }
    // A code link opens before onboarding too (and a restore): an invite explains itself and offers to set up the
    // household first (coming back to the code), and any other code says where it belongs.
    if (!onboarded && !BEFORE_ONBOARDING.has(String(to.name))) return { name: 'welcome' }
    if (onboarded && to.name === 'welcome' && !to.query.add) return startPage()
    return true
  })

  // Started as soon as the navigation is known, in parallel with the page's own chunk.
  const pendingMessages = new WeakMap<RouteLocationNormalized, Promise<unknown>>()
  router.beforeEach((to) => {
    pendingMessages.set(to, loadMessagesFor(to))
  })

  router.beforeResolve(async (to) => {
    await (pendingMessages.get(to) ?? loadMessagesFor(to))
  })

  return router
}
