import { createServer } from 'node:http'
import compression from 'compression'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built `dist/` as a static host would, on 127.0.0.1 (a secure context, so the service
 * worker registers): `gzip: true` compresses responses like most CDNs, `false` is a plain host that
 * sends the files as they are. Unknown paths get a 404, as on a host without rewrite rules.
 */
export async function serveStatic(dir: string, options: { gzip: boolean, port?: number }): Promise<StaticServer> {
  const files = sirv(dir, { dev: false, etag: true })
  const compress = compression({ threshold: 512 })
  const server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404).end()
    }
    if (!options.gzip) return files(req, res, notFound)
    compress(req as never, res as never, () => files(req, res, notFound))
  })
  await new Promise<void>(resolve => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('server did not start')
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
