// ESLint: the official Vue and TypeScript recommendations, plus the rules this project relies on
// (no hard-coded UI text in templates, no v-html, no stray console output).
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'dev-dist/**', 'coverage/**', 'test-results/**', 'node_modules/**'] },
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
  {
    files: ['tests/**', 'src/cli/**', '**/*.test.ts', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
)
