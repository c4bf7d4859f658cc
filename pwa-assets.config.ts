import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config'

// Every PNG icon (64, 192, 512, maskable 512, apple-touch 180, favicon.ico) is rendered at build
// time from this one SVG, so the artwork has a single source in the repo.
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1d7a3a' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1d7a3a' } },
  },
  images: ['public/logo.svg'],
})
