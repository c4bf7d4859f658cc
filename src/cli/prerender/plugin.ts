import type { OutputBundle, OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { shellChooser } from './shell-chooser.ts'

const run = promisify(execFile)
const RENDERER = fileURLToPath(new URL('./render-shell.ts', import.meta.url))

/** The shells painted before any JavaScript runs: who opens the app, in which language. */
export const SHELLS = [
  { id: 'welcome-zh', route: 'welcome', locale: 'zh-CN', onboarded: false },
  { id: 'welcome-en', route: 'welcome', locale: 'en', onboarded: false },
  { id: 'lookup-zh', route: 'lookup', locale: 'zh-CN', onboarded: true },
  { id: 'lookup-en', route: 'lookup', locale: 'en', onboarded: true },
] as const

/** The pages whose stylesheets the shells need before the app's own CSS arrives. */
const SHELL_PAGES = [/\/pages\/WelcomePage\.vue$/, /\/pages\/LookupPage\.vue$/]

async function renderShell(dir: string, shell: (typeof SHELLS)[number]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', RENDERER, dir, shell.route, shell.locale, shell.onboarded ? '1' : '0'], { maxBuffer: 16 * 1024 * 1024 })
  const result = JSON.parse(stdout) as { html?: string, error?: string }
  if (!result.html) throw new Error(`prerendering ${shell.id} failed: ${result.error ?? 'no output'}`)
  return result.html
}

/** Every CSS file a chunk needs when it loads: its own and its static imports'. */
function cssOf(bundle: OutputBundle, chunk: OutputChunk, seen = new Set<string>()): string[] {
  if (seen.has(chunk.fileName)) return []
  seen.add(chunk.fileName)
  const own = [...(chunk.viteMetadata?.importedCss ?? [])]
  const imported = chunk.imports.flatMap((file) => {
    const next = bundle[file]
    return next?.type === 'chunk' ? cssOf(bundle, next, seen) : []
  })
  return [...own, ...imported]
}

/**
 * Paints the app before its JavaScript has arrived. At build time the production bundle is run
 * in Node (happy-dom, see render-shell.ts) to render the welcome page and the lookup page, in
 * Chinese and in English, exactly as the app's first render draws them. The Chinese welcome page
 * goes straight into `#app` (what a first visit shows); the other three wait in `<template>`s
 * that a small inline script, run before the first paint, swaps in for a returning household or
 * an English-speaking device. The stylesheets those pages need are inlined, so nothing blocks
 * the paint, and the same script starts the app's JavaScript only after that paint. When the
 * app mounts it renders the same markup over it.
 *
 * The inline script's SHA-256 is exposed on `shellScriptHash` for the Content-Security-Policy.
 */
export function prerenderShellPlugin(): Plugin & { shellScriptHash: () => string | undefined } {
  let scriptHash: string | undefined
  return {
    name: 'sorthero:prerender-shell',
    apply: 'build',
    enforce: 'post',
    shellScriptHash: () => scriptHash,
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const page = bundle['index.html']
        if (!page || page.type !== 'asset') return
        const dir = await mkdtemp(path.join(tmpdir(), 'sorthero-prerender-'))
        try {
          for (const file of Object.values(bundle)) {
            const target = path.join(dir, file.fileName)
            await mkdir(path.dirname(target), { recursive: true })
            await writeFile(target, file.type === 'chunk' ? file.code : file.source)
          }
          const rendered = Object.fromEntries(await Promise.all(SHELLS.map(async shell => [shell.id, await renderShell(dir, shell)] as const)))

          const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk')
          const entry = chunks.find(chunk => chunk.isEntry)!
          const pages = chunks.filter(chunk => SHELL_PAGES.some(pattern => pattern.test(chunk.facadeModuleId ?? '')))
          const cssFiles = [...new Set([...cssOf(bundle, entry), ...pages.flatMap(chunk => cssOf(bundle, chunk))])]
          const css = cssFiles.map((file) => {
            const asset = bundle[file]
            return asset?.type === 'asset' ? String(asset.source) : ''
          }).join('\n')

          let html = String(page.source)
          // The app's scripts start after the first paint (see shell-chooser.ts): take the entry
          // and its preloads out of the head and hand them to the inline script.
          const entrySrc = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)?.[1]
          if (!entrySrc) throw new Error('prerender: no module entry in index.html')
          const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(match => match[1]!)
          html = html.replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/, '').replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
          const chooser = shellChooser(SHELLS.map(shell => shell.id), entrySrc, preloads)
          scriptHash = `sha256-${createHash('sha256').update(chooser).digest('base64')}`
          // The entry stylesheet is inlined with the pages' ones: drop its blocking <link>.
          for (const file of cssOf(bundle, entry)) html = html.replace(new RegExp(`\\s*<link rel="stylesheet"[^>]*href="[^"]*${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`), '')
          html = html.replace('</head>', `  <style>${css}</style>\n  </head>`)
          const templates = SHELLS.filter(shell => shell.id !== 'welcome-zh').map(shell => `<template id="shell-${shell.id}">${rendered[shell.id]}</template>`).join('')
          html = html.replace('<div id="app"></div>', `<div id="app">${rendered['welcome-zh']}</div>${templates}<script>${chooser}</script>`)
          page.source = html
        }
        finally {
          await rm(dir, { recursive: true, force: true })
        }
      },
    },
  }
}
