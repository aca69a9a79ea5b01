/**
 * Serves a built site folder on 127.0.0.1 the way a static host does: files, directory
 * index.html, and 404.html with status 404 for anything missing.
 *
 * Every request looks the file up afresh under `dir` (sirv's dev mode caches nothing), so when
 * `dir` is a releases folder's `live` link, a publish or rollback that switches the link is
 * served from the next request on, with no restart.
 */
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export interface ServeStaticOptions {
  /** Send a file's `.gz` sibling, gzip-encoded, to browsers that accept it (as hosts compress). */
  precompressed?: boolean
  /** Headers sent with every response, as a host configured with them would (securityHeaders.ts). */
  headers?: Record<string, string>
}

export async function serveStatic(
  dir: string,
  port: number,
  options: ServeStaticOptions = {},
): Promise<StaticServer> {
  const files = sirv(dir, {
    dev: true,
    etag: true,
    dotfiles: false,
    gzip: options.precompressed ?? false,
  })
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value)
    files(req, res, () => {
      readFile(path.join(dir, '404.html'))
        .then((body) => {
          res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
          res.end(body)
        })
        .catch(() => {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
          res.end('Not found')
        })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
