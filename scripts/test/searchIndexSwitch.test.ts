import { contentCacheFor } from '@local-offer/shared/siteBuildManifest'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { linkTarget, LIVE, manifestFileFor, PREVIOUS } from '../src/publish/releases.js'
import { indexOnlyFileFor, switchToNewSearchIndex } from '../src/publish/searchIndexSwitch.js'

const BEFORE = '20261206-090000-000'
const LIVE_RELEASE = '20261206-100000-000'
const LOCALES = ['en', 'pl', 'ar'] as const

const page = (lang: string, words: string) =>
  `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><title>${words}</title></head>` +
  `<body><article data-pagefind-body><h1>${words}</h1><p>${words} for families.</p></article></body></html>`

let dir: string
let indexOnlyFile: string

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'local-offer-search-switch-'))
  // The release served before the publish, and the one the publish has just made live: new
  // pages with the search index of the release before (carried over by its build).
  await mkdir(path.join(dir, BEFORE))
  const live = path.join(dir, LIVE_RELEASE)
  for (const [i, code] of LOCALES.entries()) {
    const folder = path.join(live, i === 0 ? '' : code, 'services', 'speech-drop-in')
    await mkdir(folder, { recursive: true })
    await writeFile(path.join(folder, 'index.html'), page(code, `Speech drop-in ${code}`))
  }
  await mkdir(path.join(live, 'pagefind'))
  await writeFile(path.join(live, 'pagefind', 'pagefind-entry.json'), '{"the":"earlier index"}')
  await mkdir(path.join(live, 'search-places'))
  await writeFile(path.join(live, 'search-places', 'en.json'), '{"en_old":""}')
  await writeFile(manifestFileFor(live), '{"the":"manifest"}')
  await mkdir(contentCacheFor(manifestFileFor(live)))
  await writeFile(path.join(contentCacheFor(manifestFileFor(live)), 'services.json'), '[]')
  await symlink(LIVE_RELEASE, path.join(dir, LIVE), 'dir')
  await symlink(BEFORE, path.join(dir, PREVIOUS), 'dir')
  indexOnlyFile = indexOnlyFileFor(path.join(dir, `.partial-${LIVE_RELEASE}`))
  await writeFile(indexOnlyFile, '{}')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const switchIndex = () =>
  switchToNewSearchIndex({
    releasesDir: dir,
    release: LIVE_RELEASE,
    indexOnlyFile,
    localeCodes: LOCALES,
    // The same millisecond as the live release's name: the new one must still sort after it.
    now: () => new Date('2026-12-06T10:00:00.000Z'),
  })

describe('the second switch: the new pages’ own search index', () => {
  it('makes the index in a copy of the live release and serves that, keeping `previous`', async () => {
    const livePage = path.join(dir, LIVE_RELEASE, 'services', 'speech-drop-in', 'index.html')
    const inode = (await stat(livePage)).ino

    const result = await switchIndex()

    expect(result).toMatchObject({ ok: true, release: '20261206-100000-001' })
    const release = path.join(dir, '20261206-100000-001')
    expect(await linkTarget(dir, LIVE)).toBe('20261206-100000-001')
    // A rollback still goes back to what families saw before the publish.
    expect(await linkTarget(dir, PREVIOUS)).toBe(BEFORE)
    // The pages are the live release's files, linked, not copied.
    expect((await stat(path.join(release, 'services', 'speech-drop-in', 'index.html'))).ino).toBe(
      inode,
    )
    // A new index of every language's pages, and near-me search's places made from it.
    const entry = JSON.parse(
      await readFile(path.join(release, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> }
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'en', 'pl'])
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([1, 1, 1])
    expect(await readFile(path.join(release, 'search-places', 'en.json'), 'utf8')).not.toContain(
      'en_old',
    )
    // What only the indexer reads is not published.
    expect(existsSync(path.join(release, 'search-index-only.json'))).toBe(false)
    expect(existsSync(indexOnlyFile)).toBe(false)
    // The next build reuses from the new release: it has the manifest and content cache.
    expect(await readFile(manifestFileFor(release), 'utf8')).toBe('{"the":"manifest"}')
    expect(await readdir(contentCacheFor(manifestFileFor(release)))).toEqual(['services.json'])
    // The release it replaced is gone, with its records; nothing half-made is left.
    expect((await readdir(dir)).sort()).toEqual(
      [
        BEFORE,
        '20261206-100000-001',
        '20261206-100000-001.content',
        '20261206-100000-001.manifest.json',
        LIVE,
        PREVIOUS,
      ].sort(),
    )
  })

  it('leaves the live release as it is when the index cannot be made', async () => {
    // The indexer reads each page's index-only part from this file: without it, it fails.
    await rm(indexOnlyFile)

    const result = await switchIndex()

    expect(result.ok).toBe(false)
    expect(await linkTarget(dir, LIVE)).toBe(LIVE_RELEASE)
    expect(await linkTarget(dir, PREVIOUS)).toBe(BEFORE)
    expect(
      await readFile(path.join(dir, LIVE_RELEASE, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ).toBe('{"the":"earlier index"}')
    expect(existsSync(manifestFileFor(path.join(dir, LIVE_RELEASE)))).toBe(true)
    expect((await readdir(dir)).sort()).toEqual(
      [
        BEFORE,
        LIVE_RELEASE,
        `${LIVE_RELEASE}.content`,
        `${LIVE_RELEASE}.manifest.json`,
        LIVE,
        PREVIOUS,
      ].sort(),
    )
  })

  it('does nothing when another release has gone live since', async () => {
    await rm(path.join(dir, LIVE))
    await symlink(BEFORE, path.join(dir, LIVE), 'dir')

    const result = await switchIndex()

    expect(result).toMatchObject({ ok: false })
    expect(result.ok ? '' : result.reason).toContain('no longer the live release')
    expect(await linkTarget(dir, LIVE)).toBe(BEFORE)
    expect(existsSync(path.join(dir, LIVE_RELEASE, 'pagefind', 'pagefind-entry.json'))).toBe(true)
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([])
  })
})
