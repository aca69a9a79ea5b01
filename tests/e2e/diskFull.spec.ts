/**
 * Issue 14, item 8: a write that fails during a site build (a full disk) leaves the live site as
 * it was.
 *
 * The real publish command (scripts/bin/publish-site.mjs: check the CMS, astro build + Pagefind
 * into a `.partial-` folder, verify, swap `live`) runs against the e2e CMS with a file-size limit
 * (`ulimit -f`, RLIMIT_FSIZE, 64 KB) on it and everything it starts: the first file the build
 * writes past 64 KB fails with EFBIG, as a write on a full disk fails with ENOSPC. The live release
 * is there before the build; afterwards `live` points at it, every file in it is byte for byte the
 * same, and the half-written build folder is gone.
 *
 * What this does not prove: that the command copes with a disk that *stays* full (its clean-up
 * and report writes here are small and succeed). A real full filesystem was tried first, a tmpfs
 * mounted as the releases folder, and found that no build can succeed with the releases folder on
 * another filesystem than the site's sources: Astro moves its prerendered assets into the output
 * folder with rename(2), which fails with EXDEV across filesystems (docs/publishing.md).
 */
import { cp, mkdir, mkdtemp, readdir, readlink, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { fileHashes } from '../support/fileHashes'
import { publishSiteCommand, runPublish } from '../support/publishCommand'

const LIVE_RELEASE = '20260101T000000Z'

/** 64 KB in the shell's 512-byte blocks: larger than most pages, smaller than the search index. */
const FILE_SIZE_LIMIT_BLOCKS = 128

function publish(releasesDir: string) {
  // --verbose: the build's own log, so the test can see that the disk was what stopped it.
  const command = publishSiteCommand('--verbose')
  const limited = `ulimit -f ${FILE_SIZE_LIMIT_BLOCKS} && exec "$0" "$1" "$2"`
  return runPublish(releasesDir, ['sh', '-c', limited, ...command])
}

test('a write that fails during a site build (a full disk) leaves the live site as it was', async () => {
  test.setTimeout(300_000)
  const siteDir = process.env.E2E_SITE_DIR
  expect(siteDir, 'the global setup built the demo site').toBeTruthy()
  const dir = await mkdtemp(path.join(tmpdir(), 'local-offer-disk-full-'))
  const releasesDir = path.join(dir, 'releases')
  await mkdir(releasesDir)
  try {
    await cp(siteDir!, path.join(releasesDir, LIVE_RELEASE), { recursive: true })
    await symlink(LIVE_RELEASE, path.join(releasesDir, 'live'), 'dir')
    const before = await fileHashes(path.join(releasesDir, LIVE_RELEASE))

    const started = Date.now()
    const result = await publish(releasesDir)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const reason = /Not published:.*/.exec(result.output)?.[0]
    console.log(
      `Write refused (RLIMIT_FSIZE): the publish command failed after ${seconds} s. ${reason}`,
    )
    await test.info().attach('publish command output', { body: result.output })

    expect(result.status, result.output).toBe(1)
    // The build stopped because a write was refused, not for any other reason.
    expect(result.output).toMatch(/EFBIG|file too large/i)
    expect(result.output).toContain('The live site was not changed.')
    expect(await readlink(path.join(releasesDir, 'live'))).toBe(LIVE_RELEASE)
    expect(await fileHashes(path.join(releasesDir, LIVE_RELEASE))).toEqual(before)
    // The half-written build is gone: nothing but the live release and its link.
    expect((await readdir(releasesDir)).filter((name) => name !== '.publish.lock').sort()).toEqual(
      [LIVE_RELEASE, 'live'].sort(),
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
