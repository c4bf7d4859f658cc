import type { RouteRecordRaw } from 'vue-router'
import { createRouter, createWebHashHistory } from 'vue-router'
import { withData } from './composables/data-layer'
import { useSessionStore } from './stores/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Translation key of the page title. */
    title: string
    /** Shown with the header and the bottom tab bar. */
    tab?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/lookup' },
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
  { path: '/learn/class', name: 'classroom', component: () => import('./pages/ClassroomPage.vue'), meta: { title: 'classroom.title' } },
  { path: '/log', name: 'log', component: () => import('./pages/LogPage.vue'), meta: { title: 'nav.log', tab: true } },
  { path: '/me', name: 'me', component: () => import('./pages/MePage.vue'), meta: { title: 'nav.me', tab: true } },
  { path: '/me/rewards', name: 'rewards', component: () => import('./pages/RewardsPage.vue'), meta: { title: 'rewards.title', tab: true } },
  // Any SortHero code (a QR code's link, a sent link, a file); with no data, a place to paste or open one.
  { path: '/code/:data?', name: 'code', component: () => import('./pages/CodePage.vue'), meta: { title: 'codes.page.title', tab: true } },
  { path: '/:pathMatch(.*)*', redirect: '/lookup' },
]

/**
 * Hash history: the app is a static site that may live under any path on any host, and SortHero
 * code links (`#/code/…`) must open the app without server rewrites.
 */
export const router = createRouter({
  history: createWebHashHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

let verified = false

/**
 * The onboarding flag in localStorage answers at once; the database, loaded lazily, has the final
 * word. If the flag says "onboarded" but no profile is stored (site data partly cleared), the
 * user is sent back to the welcome page.
 */
async function verifyProfile(): Promise<void> {
  verified = true
  if (await withData(({ db, household }) => household.hasProfile(db))) return
  useSessionStore().onboardedFlag = null
  // A code page stays: it works before onboarding, and the code in its URL must not be lost.
  if (router.currentRoute.value.name !== 'code') await router.replace({ name: 'welcome' })
}

router.beforeEach((to) => {
  const onboarded = useSessionStore().onboardedFlag === '1'
  if (onboarded && !verified) void verifyProfile()
  // A code link opens before onboarding too: an invite explains itself and offers to set up the
  // household first (coming back to the code), and any other code says where it belongs.
  if (!onboarded && to.name !== 'welcome' && to.name !== 'code') return { name: 'welcome' }
  if (onboarded && to.name === 'welcome' && !to.query.add) return { name: 'lookup' }
  return true
})
