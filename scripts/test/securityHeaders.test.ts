import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'

import { nginxSecurityHeaders, siteSecurityHeaders } from '../src/site/securityHeaders.js'
import { serveStatic, type StaticServer } from '../src/site/staticServer.js'
import { workspaceRoot } from '../src/site/workspacePaths.js'

const docsOrigin = 'https://cms.localoffer.westbridge.gov.uk'

it('the nginx snippet in docs/production.md is the one securityHeaders.ts writes', async () => {
  const docs = await readFile(path.join(workspaceRoot, 'docs/production.md'), 'utf8')
  const block = /<!-- site-security-headers:start -->\s*```nginx\n([\s\S]*?)\n```/.exec(docs)
  expect(block, 'the marked nginx block in docs/production.md').not.toBeNull()
  expect(block![1]).toBe(nginxSecurityHeaders({ cmsOrigin: docsOrigin }))
})

it('the policy allows Pagefind’s WebAssembly and the comment form’s post, and nothing inline', () => {
  const csp = siteSecurityHeaders({ cmsOrigin: docsOrigin })['Content-Security-Policy']!
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name!, values] as const
    }),
  )
  expect(directives.get('script-src')).toContain("'wasm-unsafe-eval'")
  expect(directives.get('script-src')).not.toContain("'unsafe-inline'")
  expect(directives.get('script-src')).not.toContain("'unsafe-eval'")
  expect(directives.get('form-action')).toEqual(["'self'", docsOrigin])
  expect(directives.get('frame-ancestors')).toEqual(["'none'"])
})

let server: StaticServer | undefined
let dir: string | undefined
afterEach(async () => {
  await server?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

it('the static server sends the headers it is given, on pages and on the 404 page', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'local-offer-headers-'))
  await writeFile(path.join(dir, 'index.html'), 'home')
  await writeFile(path.join(dir, '404.html'), 'missing')
  const headers = siteSecurityHeaders({ cmsOrigin: docsOrigin })
  server = await serveStatic(dir, 0, { headers })
  for (const url of [`${server.url}/`, `${server.url}/nowhere/`]) {
    const response = await fetch(url)
    expect(response.headers.get('content-security-policy')).toBe(headers['Content-Security-Policy'])
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  }
})
