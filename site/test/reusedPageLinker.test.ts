import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { reusedPageLinker } from '../src/incremental/reusedPageLinker'

let dir: string
let earlier: string
let out: string

async function put(root: string, file: string, text: string) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true })
  await writeFile(path.join(root, file), text)
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reused-page-linker-'))
  earlier = path.join(dir, 'earlier')
  out = path.join(dir, 'out')
  for (let i = 0; i < 40; i++) {
    await put(earlier, `services/listing-${i}/index.html`, `listing ${i}`)
    await put(earlier, `pl/services/listing-${i}/index.html`, `usługa ${i}`)
  }
  await put(earlier, 'openreferral/services/7.json', '{"id":"7"}')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('linking reused pages while the build makes the rest', () => {
  it('links each page or file it is given, as the same file as the earlier release’s', async () => {
    const linker = reusedPageLinker(earlier, out)
    for (let i = 0; i < 40; i++) {
      linker.link(`/services/listing-${i}/`)
      linker.link(`/pl/services/listing-${i}/`)
    }
    linker.link('/openreferral/services/7.json')

    expect(await linker.finished()).toBe(81)
    const page = 'pl/services/listing-39/index.html'
    expect(await readFile(path.join(out, page), 'utf8')).toBe('usługa 39')
    expect((await stat(path.join(out, page))).ino).toBe((await stat(path.join(earlier, page))).ino)
    expect(await readFile(path.join(out, 'openreferral/services/7.json'), 'utf8')).toBe(
      '{"id":"7"}',
    )
  })

  it('takes a link back, linked or not yet, so the build writes a file of its own', async () => {
    const linker = reusedPageLinker(earlier, out)
    for (let i = 0; i < 40; i++) linker.link(`/services/listing-${i}/`)
    // The first is linked or being linked by now; the last is still waiting its turn.
    await linker.unlink('/services/listing-0/')
    await linker.unlink('/services/listing-39/')

    expect(await linker.finished()).toBe(38)
    expect(existsSync(path.join(out, 'services/listing-0/index.html'))).toBe(false)
    expect(existsSync(path.join(out, 'services/listing-39/index.html'))).toBe(false)
    expect(await readFile(path.join(earlier, 'services/listing-0/index.html'), 'utf8')).toBe(
      'listing 0',
    )
  })

  it('fails the build, naming the file, when the earlier release does not have a page', async () => {
    const linker = reusedPageLinker(earlier, out)
    linker.link('/services/listing-1/')
    linker.link('/services/withdrawn-long-ago/')

    await expect(linker.finished()).rejects.toThrow(
      `The earlier release ${earlier} has no services/withdrawn-long-ago/index.html, which this build reuses: publish again with a full build (--full).`,
    )
  })

  it('never links over a page the build has made', async () => {
    await put(out, 'services/listing-2/index.html', 'made by this build')
    const linker = reusedPageLinker(earlier, out)
    linker.link('/services/listing-2/')

    await expect(linker.finished()).rejects.toThrow('was made by this build and reused too')
    expect(await readFile(path.join(out, 'services/listing-2/index.html'), 'utf8')).toBe(
      'made by this build',
    )
  })

  it('has nothing to wait for when it was given nothing', async () => {
    expect(await reusedPageLinker(earlier, out).finished()).toBe(0)
  })
})
