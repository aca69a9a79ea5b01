/**
 * Issue 14, item 1: incremental publishing. After an officer changes one listing and withdraws
 * another, the real publish command (scripts/bin/publish-site.mjs) against the e2e CMS makes only
 * the changed listing's pages, puts every other listing's pages back from the live release, and
 * the release it makes live is byte for byte what a full build of the same content makes, search
 * index and sitemap included. Three real site builds, in folders of the test's own.
 */
import { mkdtemp, readFile, readlink, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { publishedServices } from '../support/cms'
import { fileHashes } from '../support/fileHashes'
import { officerToken } from '../support/officer'
import { publishSiteCommand, runPublish } from '../support/publishCommand'
import { cmsUrl } from '../support/ports'

const publish = (releasesDir: string, ...args: string[]) =>
  runPublish(releasesDir, publishSiteCommand(...args))

async function patchListing(token: string, id: number | string, data: Record<string, unknown>) {
  const response = await fetch(`${cmsUrl}/api/services/${id}?locale=en&depth=0`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(data),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

/**
 * Waits until the builds the CMS itself runs for these changes (into the e2e site's releases)
 * have finished, so that no two site builds share the site package's folder at once.
 */
async function cmsBuildsSettled(token: string, since: string): Promise<void> {
  const params = new URLSearchParams({
    'where[startAfter][greater_than_equal]': since,
    depth: '0',
  })
  await expect
    .poll(
      async () => {
        const response = await fetch(`${cmsUrl}/api/site-builds?${params}`, {
          headers: { Authorization: `JWT ${token}` },
        })
        const { docs } = (await response.json()) as { docs: { status: string }[] }
        return docs.length > 0 && docs.every((build) => /succeeded|failed/.test(build.status))
      },
      { timeout: 240_000, intervals: [2000] },
    )
    .toBe(true)
}

test('publishing one changed listing makes only its pages, and the same site as a full build', async () => {
  test.setTimeout(600_000)
  const token = await officerToken()
  // The listings the site shows: published, not withdrawn by review.
  const shown = (await publishedServices()).filter(
    (service) => service.reviewStatus !== 'withdrawn',
  )
  const [changed, withdrawn] = shown.filter((service) => service.reviewStatus === 'current')
  expect(changed && withdrawn, 'two current listings in the demo').toBeTruthy()
  const originalSummary = (
    (await (await fetch(`${cmsUrl}/api/services/${changed!.id}?locale=en&depth=0`)).json()) as {
      summary: string
    }
  ).summary
  const dir = await mkdtemp(path.join(tmpdir(), 'local-offer-incremental-'))
  const incremental = path.join(dir, 'incremental')
  const full = path.join(dir, 'full')
  const stamp = Date.now()
  try {
    // The first publish into an empty releases folder makes every page.
    const first = await publish(incremental)
    expect(first.status, first.output).toBe(0)
    expect(first.output).toContain('Every page made: there is no earlier build to reuse pages from')
    expect(first.output).toContain('The search index was made with the pages.')
    const firstRelease = await readlink(path.join(incremental, 'live'))

    // The officer changes one listing and withdraws another.
    const since = new Date().toISOString()
    await patchListing(token, changed!.id, {
      summary: `Changed for the incremental publish ${stamp}.`,
      _status: 'published',
    })
    await patchListing(token, withdrawn!.id, { _status: 'draft' })
    await cmsBuildsSettled(token, since)

    // The next publish makes that listing's pages (its page and its "Report a problem" page in
    // three languages) and reuses the rest.
    const second = await publish(incremental, '--verbose')
    expect(second.status, second.output).toBe(0)
    // It asked the CMS in full only for the changed listing (and any whose text links to
    // another document): the withdrawn one is simply no longer in the CMS's list.
    const read = /(\d+) services from \S+ \((\d+) new or changed of (\d+) read from the CMS/.exec(
      second.output,
    )
    expect(read, second.output).not.toBeNull()
    expect(Number(read![2])).toBeGreaterThanOrEqual(1)
    expect(Number(read![2])).toBeLessThan(Number(read![3]) / 2)
    const made = /Incremental: (\d+) listing pages made, (\d+) unchanged ones reused/.exec(
      second.output,
    )
    expect(made, second.output).not.toBeNull()
    expect(Number(made![1])).toBe(6)
    expect(Number(made![2])).toBe((shown.length - 2) * 6)
    // The build linked them in itself while it made the rest (site/src/incremental/reusedPageLinker.ts).
    const linked = /(\d+) reused pages and files linked in while the rest were made/.exec(
      second.output,
    )
    expect(linked, second.output).not.toBeNull()
    expect(Number(linked![1])).toBeGreaterThan(Number(made![2]))
    // And the Open Referral records' own files: the changed listing's are made, the others reused.
    const records = /(\d+) Open Referral record files made, (\d+) reused/.exec(second.output)
    expect(records, second.output).not.toBeNull()
    expect(Number(records![1])).toBeGreaterThan(0)
    expect(Number(records![2])).toBeGreaterThan(shown.length - 2)
    // And what only the search index needs of each listing page: made again for the changed
    // listing in three languages, the rest the previous build's.
    const parts = /Search index parts of listing pages: made (\d+), reused (\d+)/.exec(
      second.output,
    )
    expect(parts, second.output).not.toBeNull()
    expect(Number(parts![1])).toBe(3)
    expect(Number(parts![2])).toBe((shown.length - 2) * 3)
    // Its pages went live first, with the first release's search index, and its own index
    // followed in a second switch (docs/publishing.md). `previous` is still the first release, so
    // a rollback goes back to what was served before this publish.
    expect(second.output).toContain('(with the search index of the release it replaces')
    expect(second.output).toMatch(/Live after \d+\.\d s\./)
    expect(second.output).toMatch(/\d{8}-\d{6}-\d{3} is live, with its own search index, after/)
    expect(await readlink(path.join(incremental, 'previous'))).toBe(firstRelease)
    expect(await readlink(path.join(incremental, 'live'))).not.toBe(firstRelease)

    // A full build of the same content, elsewhere.
    const third = await publish(full, '--full', '--verbose')
    expect(third.status, third.output).toBe(0)
    expect(third.output).toContain('Every page made: a full build was asked for')
    expect(third.output).toMatch(/\d+ services from \S+ \(every one read from the CMS\)/)
    expect(third.output).toContain(
      `Search index parts of listing pages: made ${(shown.length - 1) * 3}, reused 0`,
    )

    const incrementalLive = path.join(incremental, await readlink(path.join(incremental, 'live')))
    const fullLive = path.join(full, await readlink(path.join(full, 'live')))
    const [incrementalFiles, fullFiles] = await Promise.all([
      fileHashes(incrementalLive),
      fileHashes(fullLive),
    ])
    expect(Object.keys(incrementalFiles).length).toBeGreaterThan(500)
    expect(incrementalFiles).toEqual(fullFiles)

    // It is the new content: the change is on the page, the withdrawn listing is gone.
    const changedPage = await readFile(
      path.join(incrementalLive, 'services', changed!.slug, 'index.html'),
      'utf8',
    )
    expect(changedPage).toContain(`Changed for the incremental publish ${stamp}.`)
    expect(incrementalFiles[path.join('services', withdrawn!.slug, 'index.html')]).toBeUndefined()
  } finally {
    const since = new Date().toISOString()
    await patchListing(token, changed!.id, { summary: originalSummary, _status: 'published' })
    await patchListing(token, withdrawn!.id, { _status: 'published' })
    await cmsBuildsSettled(token, since)
    await rm(dir, { recursive: true, force: true })
  }
})
