// ESLint: the official Vue and TypeScript recommendations, plus the rules this project relies on
// (no hard-coded UI text in templates, no v-html, no stray console output).
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'dev-dist/**', '.scratch/**', 'coverage/**', 'test-results/**', 'node_modules/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'vue/no-v-html': 'error',
      'vue/no-bare-strings-in-template': ['error', { allowlist: ['(', ')', ',', '.', '+', '-', '=', '·', '—', '–', '…', '✕', '✅', '⚠️', '‹', '💡', '🔊', '🎉', '🔁', '→', '、', '⚡', '−', '🔥', '🎁', '🔦', '%', ':', '/', '|', '#'] }],
      'vue/multi-word-component-names': ['error', { ignores: ['App'] }],
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers. Only the data layer touches Dexie; composables reach it through the lazily loaded
  // `composables/data-layer.ts` (type imports aside); pages, components, stores and the app shell
  // go through composables; the domain is plain TypeScript.
  {
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/db/**', 'src/cli/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['dexie', 'dexie/*'], message: 'Only src/db uses Dexie: read through useLiveQuery, write through a composable.' },
          { group: ['@/db', '@/db/*', '**/db/*', '../db', './db'], allowTypeImports: true, message: 'Reach the database through a composable (composables/data-layer.ts loads it lazily).' },
        ],
      }],
    },
  },
  {
    files: ['src/pages/**', 'src/components/**', 'src/stores/**', 'src/App.vue', 'src/main.ts', 'src/router.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['dexie', 'dexie/*', '@/db', '@/db/*', '**/db/*'], message: 'Pages and components reach the database through composables.' },
        ],
      }],
      'no-restricted-syntax': ['error', {
        selector: 'ImportExpression[source.value=/(^@\\/db|\\/db\\/)/]',
        message: 'Pages and components reach the database through composables.',
      }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['vue', 'vue-*', '@vue/*', '@vueuse/*', 'pinia', 'dexie', 'dexie/*', '@zxing/*', '@/db', '@/db/*', '@/composables/*', '@/stores/*', '@/components/*', '@/pages/*'], message: 'src/domain is plain TypeScript: everything it needs comes in as arguments.' },
        ],
      }],
    },
  },
  {
    files: ['tests/**', 'src/cli/**', '**/*.test.ts', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
)
