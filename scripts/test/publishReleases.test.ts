import { contentCacheFor } from '@local-offer/shared/siteBuildManifest'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  activateRelease,
  linkTarget,
  LIVE,
  listReleases,
  manifestFileFor,
  partialDirFor,
  PREVIOUS,
  promoteRelease,
  pruneReleases,
  releaseNameFor,
  rollBack,
} from '../src/publish/releases.js'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'local-offer-releases-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A finished build in its partial folder, with a home page saying which release it is. */
async function build(name: string) {
  const partial = partialDirFor(dir, name)
  await mkdir(partial, { recursive: true })
  await writeFile(path.join(partial, 'index.html'), `release ${name}`)
}

const served = () => readFile(path.join(dir, LIVE, 'index.html'), 'utf8')

describe('release names', () => {
  it('sort in time order', () => {
    const a = releaseNameFor(new Date('2026-11-25T09:59:59.999Z'))
    const b = releaseNameFor(new Date('2026-11-25T10:00:00.000Z'))
    expect(a).toBe('20261125-095959-999')
    expect([b, a].sort()).toEqual([a, b])
  })
})

describe('promoting, rolling back and pruning releases', () => {
  it('makes a verified build live and keeps the one before as previous', async () => {
    await build('20261125-100000-000')
    await promoteRelease(dir, '20261125-100000-000')
    expect(await served()).toBe('release 20261125-100000-000')
    expect(await linkTarget(dir, PREVIOUS)).toBeNull()

    await build('20261125-110000-000')
    await promoteRelease(dir, '20261125-110000-000')
    expect(await served()).toBe('release 20261125-110000-000')
    expect(await linkTarget(dir, PREVIOUS)).toBe('20261125-100000-000')
    // Nothing half-built is left behind.
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('rolls back to the previous release, and a second rollback undoes the first', async () => {
    for (const name of ['20261125-100000-000', '20261125-110000-000']) {
      await build(name)
      await promoteRelease(dir, name)
    }
    await expect(rollBack(dir)).resolves.toEqual({
      live: '20261125-100000-000',
      previous: '20261125-110000-000',
    })
    expect(await served()).toBe('release 20261125-100000-000')
    await rollBack(dir)
    expect(await served()).toBe('release 20261125-110000-000')
  })

  it('refuses to roll back when there is no previous release, changing nothing', async () => {
    await build('20261125-100000-000')
    await promoteRelease(dir, '20261125-100000-000')
    await expect(rollBack(dir)).rejects.toThrow(/no previous release/)
    expect(await served()).toBe('release 20261125-100000-000')
  })

  it('keeps the newest releases plus live and previous, and clears leftovers', async () => {
    const names = [1, 2, 3, 4, 5, 6].map((n) => `20261125-1${n}0000-000`)
    for (const name of names) {
      await build(name)
      await promoteRelease(dir, name)
    }
    // Roll back so that live is an older release than the newest ones.
    await rollBack(dir) // live = 5, previous = 6
    await activateRelease(dir, names[0] as string) // live = 1, previous = 5
    await mkdir(partialDirFor(dir, '20261125-170000-000'))

    const removed = await pruneReleases(dir, 2)
    expect(removed.sort()).toEqual([names[1], names[2], names[3]])
    expect((await listReleases(dir)).sort()).toEqual([names[0], names[4], names[5]])
    expect(await served()).toBe(`release ${names[0]}`)
    expect(await linkTarget(dir, PREVIOUS)).toBe(names[4])
    expect((await readdir(dir)).some((name) => name.startsWith('.partial-'))).toBe(false)
  })

  it("removes a pruned release's build record and content cache with it, and a killed build's", async () => {
    const names = [1, 2, 3, 4].map((n) => `20261125-1${n}0000-000`)
    const cacheOf = (release: string) => contentCacheFor(manifestFileFor(release))
    for (const name of names) {
      await build(name)
      await promoteRelease(dir, name)
      await writeFile(manifestFileFor(path.join(dir, name)), '{}')
      await mkdir(cacheOf(path.join(dir, name)))
      await writeFile(path.join(cacheOf(path.join(dir, name)), 'services.devalue'), '[]')
    }
    const killed = partialDirFor(dir, '20261125-170000-000')
    await mkdir(killed)
    await writeFile(manifestFileFor(killed), '{}')
    await mkdir(cacheOf(killed))

    const removed = await pruneReleases(dir, 1)
    // Kept: the newest (also live) and previous.
    expect(removed.sort()).toEqual([names[0], names[1]])
    expect((await readdir(dir)).filter((name) => name.endsWith('.manifest.json')).sort()).toEqual(
      [names[2], names[3]].map((name) => `${name}.manifest.json`),
    )
    expect((await readdir(dir)).filter((name) => name.endsWith('.content')).sort()).toEqual(
      [names[2], names[3]].map((name) => `${name}.content`),
    )
  })
})
