import { fileURLToPath, URL } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { kbItemsPlugin, kbPinyinPlugin } from './src/cli/kb-vite-plugin.ts'
import { kbPopularPlugin } from './src/cli/popular-vite-plugin.ts'
import { firstScreenGroups } from './src/cli/prerender/chunks.ts'
import { prerenderShellPlugin } from './src/cli/prerender/plugin.ts'

/**
 * BASE_PATH picks where the built site lives. The default `./` makes every URL relative, so the
 * same `dist/` works at a domain root or under any sub-path without rebuilding; set an absolute
 * path (`BASE_PATH=/sorthero/ npm run build`) only if a host needs one. Routing uses the URL
 * hash, so no host needs rewrite rules.
 */
const base = process.env.BASE_PATH ?? './'

/** Shared with vitest.config.ts so tests resolve and compile exactly like the app. */
export const sharedConfig = {
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    // Compile-time feature flags: the app uses only the Composition API of Vue and vue-i18n, so
    // the Options API and vue-i18n's legacy API are dropped from the bundle.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
}

export default defineConfig({
  ...sharedConfig,
  base,
  build: {
    target: 'es2020',
    // The size script reads the manifest to measure what the first page loads.
    manifest: true,
    // The dictionary chunk (3,000+ items with tips) is large by nature; it loads lazily and is
    // precached, and its size is tracked by `npm run bench` instead of this warning.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // @zxing/library does not declare itself free of side effects, so a bundler keeps all of it
      // (460 KB) for the two camera helpers of @zxing/browser the scanner uses. Its modules only
      // define classes: modules whose exports are not used can go.
      treeshake: {
        moduleSideEffects: id => !/[\\/]node_modules[\\/]@zxing[\\/](library|browser)[\\/]/.test(id),
      },
      output: {
        // The first screens in few, whole files (src/cli/prerender/chunks.ts); the database
        // library in its own, as it loads only once a page needs data. The rest is split by page.
        codeSplitting: {
          groups: [
            { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ },
            ...firstScreenGroups(fileURLToPath(new URL('./src', import.meta.url))),
          ],
        },
      },
    },
  },
  plugins: [
    vue(),
    // The messages are compiled at build time, so the app ships vue-i18n's runtime without its
    // message compiler and never compiles a message on the phone.
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/i18n/locales/**', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: true,
      dropMessageCompiler: true,
    }),
    kbPinyinPlugin(),
    kbItemsPlugin(),
    kbPopularPlugin(),
    prerenderShellPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The icon links are index.html's own: the SVG icon would cost the first screen an SVG
      // document of its own (see AppHeader.vue), and the PNG/ICO ones serve every browser.
      pwaAssets: { config: true, overrideManifestIcons: true, includeHtmlHeadLinks: false },
      manifest: {
        name: '分类小达人 SortHero',
        short_name: '分类小达人',
        description: '垃圾分类学习与记录 · Learn and log garbage sorting',
        lang: 'zh-CN',
        theme_color: '#1d7a3a',
        background_color: '#ffffff',
        display: 'standalone',
        orientation: 'portrait',
        categories: ['education', 'lifestyle'],
      },
      workbox: {
        // Everything the app can show is precached, lazy route chunks included, so a reload with
        // the network off works after one visit. (The plugin adds manifest.webmanifest itself;
        // listing it here too makes Workbox reject the whole precache list.)
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,wasm}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Take control of the page on the very first visit, so it works offline from then on.
        // Updates still wait for the user (registerType 'prompt': no skipWaiting).
        clientsClaim: true,
      },
      devOptions: { enabled: false },
    }),
  ],
})
