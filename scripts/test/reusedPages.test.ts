import type { SiteBuildManifest } from '@local-offer/shared/siteBuildManifest'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { linkTree, putBackReusedPages } from '../src/site/reusedPages.js'

let dir: string
let previous: string
let out: string

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'local-offer-reused-'))
  previous = path.join(dir, 'previous')
  out = path.join(dir, 'out')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function put(root: string, file: string, text: string) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true })
  await writeFile(path.join(root, file), text)
}

const manifest = (overrides: Partial<SiteBuildManifest> = {}): SiteBuildManifest => ({
  version: 1,
  code: 'code',
  siteInputs: 'inputs',
  mode: 'incremental',
  itemPages: {
    '/services/a/': { inputs: 'a', assets: ['/_astro/a.webp', '/_astro/site.css'] },
    '/pl/services/a/': { inputs: 'a-pl', assets: ['/_astro/a.webp'] },
    '/services/b/': { inputs: 'b2', assets: ['/_astro/b2.webp'] },
    '/openreferral/services/1.json': { inputs: 'record-a', assets: [] },
    '/openreferral/services/2.json': { inputs: 'record-b2', assets: [] },
  },
  reused: ['/openreferral/services/1.json', '/pl/services/a/', '/services/a/'],
  ...overrides,
})

describe('putting back the pages an incremental build reused', () => {
  it('links the reused pages and their images from the previous release, and keeps what the build made', async () => {
    await put(previous, 'services/a/index.html', 'A en')
    await put(previous, 'pl/services/a/index.html', 'A pl')
    await put(previous, 'services/b/index.html', 'B old')
    await put(previous, '_astro/a.webp', 'image a')
    await put(previous, '_astro/site.css', 'old css')
    await put(previous, '_astro/b1.webp', 'an image nobody uses now')
    await put(previous, 'openreferral/services/1.json', '{"id":"1"}')
    await put(previous, 'openreferral/services/2.json', '{"id":"2","old":true}')
    // What the incremental build made: listing b's new page and record, this build's styles.
    await put(out, 'services/b/index.html', 'B new')
    await put(out, 'openreferral/services/2.json', '{"id":"2"}')
    await put(out, '_astro/site.css', 'css')

    const report = await putBackReusedPages(manifest(), previous, out)

    expect(report).toEqual({ pages: 2, files: 1, assets: 1 })
    // An Open Referral record's file is put back under its own name, not as a folder's index.
    expect(await readFile(path.join(out, 'openreferral/services/1.json'), 'utf8')).toBe(
      '{"id":"1"}',
    )
    expect(await readFile(path.join(out, 'openreferral/services/2.json'), 'utf8')).toBe(
      '{"id":"2"}',
    )
    expect(await readFile(path.join(out, 'services/a/index.html'), 'utf8')).toBe('A en')
    expect(await readFile(path.join(out, 'pl/services/a/index.html'), 'utf8')).toBe('A pl')
    expect(await readFile(path.join(out, 'services/b/index.html'), 'utf8')).toBe('B new')
    expect(await readFile(path.join(out, '_astro/site.css'), 'utf8')).toBe('css')
    // Hard links: the same file, not a copy.
    const [from, to] = await Promise.all([
      stat(path.join(previous, '_astro/a.webp')),
      stat(path.join(out, '_astro/a.webp')),
    ])
    expect(to.ino).toBe(from.ino)
    // An image only a page that changed used is not carried over.
    await expect(stat(path.join(out, '_astro/b1.webp'))).rejects.toThrow()
  })

  it('puts back only the images when the build linked the pages in itself', async () => {
    await put(previous, '_astro/a.webp', 'image a')
    await put(previous, '_astro/site.css', 'old css')
    // The build linked listing a's pages and record file while it made the rest.
    await put(out, 'services/a/index.html', 'A en')
    await put(out, 'pl/services/a/index.html', 'A pl')
    await put(out, 'openreferral/services/1.json', '{"id":"1"}')
    await put(out, '_astro/site.css', 'css')

    const report = await putBackReusedPages(manifest({ reusedLinked: true }), previous, out)

    // Counted, not linked again (the previous release has none of them here: linking would fail).
    expect(report).toEqual({ pages: 2, files: 1, assets: 1 })
    expect(await readFile(path.join(out, '_astro/a.webp'), 'utf8')).toBe('image a')
  })

  it('does nothing after a full build', async () => {
    await put(previous, 'services/a/index.html', 'A en')
    expect(await putBackReusedPages(manifest({ mode: 'full' }), previous, out)).toEqual({
      pages: 0,
      files: 0,
      assets: 0,
    })
    await expect(stat(path.join(out, 'services/a/index.html'))).rejects.toThrow()
  })

  it('fails, naming the file, when the previous release lacks a page it should reuse', async () => {
    await put(previous, 'services/a/index.html', 'A en')
    await put(previous, 'openreferral/services/1.json', '{"id":"1"}')
    await expect(putBackReusedPages(manifest(), previous, out)).rejects.toThrow(
      /has no pl\/services\/a\/index.html, which this build reuses: publish again with a full build \(--full\)/,
    )
  })
})

describe('a copy of a release made of links', () => {
  it('links every file, at every depth, but the folders it leaves out', async () => {
    await put(previous, 'index.html', 'home')
    await put(previous, 'services/speech/index.html', 'speech')
    await put(previous, 'pl/services/speech/report-a-problem/index.html', 'zgłoś')
    await put(previous, 'pagefind/pagefind-entry.json', '{}')
    await put(previous, 'pagefind-notes/kept.txt', 'a folder whose name only starts the same')

    expect(await linkTree(previous, out, ['pagefind'])).toBe(4)

    const deep = 'pl/services/speech/report-a-problem/index.html'
    expect(await readFile(path.join(out, deep), 'utf8')).toBe('zgłoś')
    expect((await stat(path.join(out, deep))).ino).toBe((await stat(path.join(previous, deep))).ino)
    expect((await readdir(out)).sort()).toEqual(['index.html', 'pagefind-notes', 'pl', 'services'])
  })

  it('refuses to link over a file that is there already', async () => {
    await put(previous, 'services/speech/index.html', 'speech')
    await put(out, 'services/speech/index.html', 'another')

    await expect(linkTree(previous, out)).rejects.toThrow('is there already')
    expect(await readFile(path.join(out, 'services/speech/index.html'), 'utf8')).toBe('another')
  })
})
