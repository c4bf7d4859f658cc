import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { kbItemsPlugin, kbPinyinPlugin } from './src/cli/kb-vite-plugin.ts'
import { kbPopularPlugin } from './src/cli/popular-vite-plugin.ts'
import { sharedConfig } from './vite.config.ts'

// Two projects: `unit` (domain, db with fake-indexeddb, components in happy-dom) and `e2e`
// (the production build served locally, driven in Debian's Chromium by playwright-core).
// Every run also writes test-results/vitest.json, from which `npm test` prints its summary.
export default defineConfig({
  ...sharedConfig,
  plugins: [vue(), kbPinyinPlugin(), kbItemsPlugin(), kbPopularPlugin()],
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/bench/**/*.test.ts', 'tests/tools/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
