import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'

import { activateRelease, LIVE } from '../src/publish/releases.js'
import { serveStatic, type StaticServer } from '../src/site/staticServer.js'

let dir: string
let server: StaticServer | undefined

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'local-offer-serve-'))
})
afterEach(async () => {
  await server?.close()
  await rm(dir, { recursive: true, force: true })
})

async function release(name: string) {
  await mkdir(path.join(dir, name, 'a'), { recursive: true })
  await writeFile(path.join(dir, name, 'a', 'index.html'), `page from ${name}`)
  await writeFile(path.join(dir, name, '404.html'), `not found in ${name}`)
}

it('serves whichever release the live link points at, from the next request on', async () => {
  await release('20261125-100000-000')
  await release('20261125-110000-000')
  await activateRelease(dir, '20261125-100000-000')
  server = await serveStatic(path.join(dir, LIVE), 0)

  const get = async (pathname: string) => {
    const response = await fetch(`${server?.url}${pathname}`)
    return `${response.status} ${await response.text()}`
  }
  expect(await get('/a/')).toBe('200 page from 20261125-100000-000')
  await activateRelease(dir, '20261125-110000-000')
  expect(await get('/a/')).toBe('200 page from 20261125-110000-000')
  expect(await get('/missing/')).toBe('404 not found in 20261125-110000-000')
})
