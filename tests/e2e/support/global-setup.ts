import type { TestProject } from 'vitest/node'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sirv from 'sirv'
import { build } from 'vite'

/** Where the app is mounted: not the root, to prove the build works under any path. */
export const MOUNT = '/sorthero'

/** The version label of the second build, which the update test "deploys". */
export const NEXT_VERSION = '0.0.0-next'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** The served production build, for tests that inspect what ships. */
    distDir: string
  }
}

/**
 * Builds the production app once for all browser tests and serves it on 127.0.0.1 (a secure
 * context, so the service worker registers), as any static host would.
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), 'sorthero-e2e-'))
  const current = join(root, 'current')
  const next = join(root, 'next')
  // Vitest runs with NODE_ENV=test, which Vite would bake into the bundle (Vue's development
  // build, warnings and all): the browser tests must test what ships.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: current, emptyOutDir: true } })
  // A second build with another version label, for the "new version — reload" test.
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: next, emptyOutDir: true }, define: { __APP_VERSION__: JSON.stringify(NEXT_VERSION) } })
  process.env.NODE_ENV = nodeEnv
  const builds = { current: sirv(current, { dev: false, etag: true }), next: sirv(next, { dev: false, etag: true }) }
  let deployed: keyof typeof builds = 'current'

  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    // Test-only control: which build the "host" serves (`?build=next` or `?build=current`).
    if (url.startsWith('/__deploy')) {
      deployed = new URL(url, 'http://x').searchParams.get('build') === 'next' ? 'next' : 'current'
      res.writeHead(204).end()
      return
    }
    if (url === MOUNT) {
      res.writeHead(301, { Location: `${MOUNT}/` }).end()
      return
    }
    if (!url.startsWith(`${MOUNT}/`)) {
      res.writeHead(404).end()
      return
    }
    req.url = url.slice(MOUNT.length)
    builds[deployed](req, res, () => {
      res.writeHead(404).end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('server did not start')
  project.provide('baseUrl', `http://127.0.0.1:${address.port}${MOUNT}/`)
  project.provide('distDir', current)

  return async () => {
    await new Promise(resolve => server.close(resolve))
    await rm(root, { recursive: true, force: true })
  }
}
