import type { OutputBundle, OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'
import type { Shell } from './shells.ts'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { START_PAGES } from './chunks.ts'
import { addCompileHints, staticClosure } from './compile-hints.ts'
import { contentSecurityPolicy } from './csp.ts'
import { shellChooser } from './shell-chooser.ts'
import { distinctShells, SHELLS } from './shells.ts'

const run = promisify(execFile)
const RENDERER = fileURLToPath(new URL('./render-shell.ts', import.meta.url))

/** Each start page with the chunk that holds it (with what only it imports: chunks.ts). */
function startPageChunks(chunks: readonly OutputChunk[]): Array<{ route: string, chunk: OutputChunk }> {
  return START_PAGES.flatMap((start) => {
    const chunk = chunks.find(each => each.moduleIds.some(id => id.endsWith(`/${start.module}`)))
    return chunk ? [{ route: start.route, chunk }] : []
  })
}

async function renderShell(serverEntry: string, shell: Shell): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', RENDERER, serverEntry, shell.route, shell.locale, shell.onboarded ? '1' : '0', shell.ruleSet ?? 'national'], { maxBuffer: 16 * 1024 * 1024 }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '{}' }))
  const result = JSON.parse(stdout || '{}') as { html?: string, error?: string }
  if (result.html === undefined) throw new Error(`prerendering ${shell.id} failed: ${result.error ?? 'no output'}`)
  return result.html
}

/**
 * Builds the app for the server (src/entry-server.ts) with the same configuration, into a folder
 * inside node_modules so that its external imports (vue, vue-router …) resolve from the project.
 */
async function buildServerEntry(root: string, configFile: string | false | undefined): Promise<string> {
  const { build } = await import('vite')
  const outDir = path.join(root, 'node_modules/.cache/sorthero-prerender')
  await build({
    root,
    configFile: configFile || undefined,
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.ts', outDir, emptyOutDir: true, minify: false, sourcemap: false, manifest: false },
  })
  return path.join(outDir, 'entry-server.js')
}

/** Every CSS file a chunk needs when it loads: its own and its static imports', in that order. */
function cssOf(bundle: OutputBundle, chunk: OutputChunk): string[] {
  return staticClosure(bundle, chunk).flatMap(each => [...(each.viteMetadata?.importedCss ?? [])])
}

/**
 * Paints the app before its JavaScript has arrived. At build time a server build of the app
 * renders the welcome page and the lookup page, in Chinese and in English (the lookup page also by
 * each city's rules where they show), exactly as the app's first render draws them (render-shell.ts runs it with happy-dom standing in for the browser).
 * They wait in `<template>`s; a small inline script right after the empty `#app`, run before
 * the first paint, puts in the one for who is opening the app (a first visit, a returning
 * household, an English-speaking device). The stylesheets those pages need are inlined, so nothing blocks
 * the paint, and the same script starts the app's JavaScript only after that paint. The app then
 * hydrates that markup: the same DOM, made live, with no second layout. The scripts those first
 * screens run are marked for eager compiling off the main thread (compile-hints.ts).
 *
 * The inline script's SHA-256 is exposed on `shellScriptHash` for the Content-Security-Policy.
 */
export function prerenderShellPlugin(): Plugin & { shellScriptHash: () => string | undefined } {
  let scriptHash: string | undefined
  let root = process.cwd()
  let base = './'
  let configFile: string | false | undefined
  return {
    name: 'sorthero:prerender-shell',
    // The client build only: the server build it starts itself must not start another.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    enforce: 'post',
    shellScriptHash: () => scriptHash,
    configResolved(config) {
      root = config.root
      base = config.base
      configFile = config.configFile
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const page = bundle['index.html']
        if (!page || page.type !== 'asset') return
        const serverEntry = await buildServerEntry(root, configFile)
        const rendered = new Map(await Promise.all(SHELLS.map(async shell => [shell, await renderShell(serverEntry, shell)] as const)))
        const shells = distinctShells(rendered)

        const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk')
        const entry = chunks.find(chunk => chunk.isEntry)!
        const starts = startPageChunks(chunks)
        const pages = starts.map(start => start.chunk)
        // The stylesheets the shells need before the app's own CSS arrives: the entry's and the pages'.
        const entryCss = cssOf(bundle, entry)
        const cssFiles = [...new Set([...entryCss, ...pages.flatMap(chunk => cssOf(bundle, chunk))])]
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
        // The files of each start page beyond what the entry loads, asked for with the entry's.
        const entryFiles = new Set(staticClosure(bundle, entry).map(chunk => chunk.fileName))
        const pageFiles = Object.fromEntries(starts.map(start => [
          start.route,
          staticClosure(bundle, start.chunk).filter(chunk => !entryFiles.has(chunk.fileName)).map(chunk => `${base}${chunk.fileName}`),
        ]))
        const chooser = shellChooser(shells.map(shell => shell.id), entrySrc, preloads, pageFiles)
        scriptHash = `sha256-${createHash('sha256').update(chooser).digest('base64')}`
        // The entry stylesheet is inlined with the pages' ones: drop its blocking <link>.
        for (const file of entryCss) html = html.replace(new RegExp(`\\s*<link rel="stylesheet"[^>]*href="[^"]*${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`), '')
        // The start pages' own stylesheets are in that <style> too, but their chunks still ask
        // for them when they load (Vite's preloading adds a stylesheet <link> and waits for it):
        // a second download, parse and restyle of the whole page on the first screen. A disabled
        // <link> to each is never fetched, and tells the preloader it is already here.
        const inlined = cssFiles.map(file => `<link rel="stylesheet" href="${base}${file}" disabled>`).join('')
        html = html.replace('</head>', `  <style>${css}</style>\n  ${inlined}\n  </head>`)
        // The policy comes first in <head>, so it covers every element after it.
        const styleHash = `sha256-${createHash('sha256').update(css).digest('base64')}`
        const policy = contentSecurityPolicy({ script: scriptHash, style: styleHash })
        html = html.replace(/<meta charset="UTF-8" \/>/i, match => `${match}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`)
        if (!html.includes('http-equiv="Content-Security-Policy"')) throw new Error('prerender: no <meta charset> to put the policy after')
        // Every shell waits in a <template> before `#app`, and the inline script right after the
        // empty `#app` puts the right one in. Were one of them in `#app` itself, a slow network
        // could let the browser paint it before the script arrived: a returning household would
        // see the welcome page flash.
        const templates = shells.map(shell => `<template id="shell-${shell.id}">${rendered.get(shell)}</template>`).join('')
        html = html.replace('<div id="app"></div>', `${templates}<div id="app"></div><script>${chooser}</script>`)
        page.source = html
        addCompileHints(bundle, pages)
      },
    },
  }
}
