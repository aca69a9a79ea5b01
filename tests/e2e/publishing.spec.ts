import { spawnSync } from 'node:child_process'
import { readdir, readlink } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'

import { scriptsDir, serveStatic, type StaticServer } from '@local-offer/scripts/site'
import { expect, test } from '@playwright/test'

import { firstPublishedPage, publishedServices } from '../support/cms'
import { officerToken } from '../support/officer'
import { cmsUrl, e2ePorts } from '../support/ports'

/**
 * The real publishing pipeline: an officer's burst of publishes in the running CMS makes exactly
 * one rebuild (the CMS runs the publish command after its 3 s debounce), whose release goes live
 * and is served; then a publish that fails (the CMS cannot be reached) leaves that site served,
 * unchanged; and a build the CMS runs for a page with a broken link fails its checks, leaves the
 * site served unchanged and is shown to officers with the reason. Two real site builds.
 */
interface SiteBuildRecord {
  id: number
  status: 'queued' | 'running' | 'succeeded' | 'failed'
  changes: number
  trigger: string
  release?: string | null
  pages?: number | null
  failureReason?: string | null
  heldBack?: { collection: string; slug?: string | null; reason: string }[] | null
}

async function buildsSince(token: string, since: string): Promise<SiteBuildRecord[]> {
  // Every build that includes a change made since then starts after it (another spec's waiting
  // build would have been joined and pushed back, so it counts too).
  const params = new URLSearchParams({
    'where[startAfter][greater_than_equal]': since,
    sort: 'requestedAt',
    depth: '0',
  })
  const response = await fetch(`${cmsUrl}/api/site-builds?${params}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: SiteBuildRecord[] }).docs
}

/** A Lexical document with one paragraph ending in a link. */
const paragraphWithLink = (text: string, url: string) => {
  const textNode = (value: string) => ({
    type: 'text',
    text: value,
    version: 1,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
  })
  const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
  return {
    root: {
      ...block,
      type: 'root',
      children: [
        {
          ...block,
          type: 'paragraph',
          textFormat: 0,
          children: [
            textNode(`${text}: `),
            {
              ...block,
              type: 'link',
              version: 3,
              fields: { linkType: 'custom', url, newTab: false },
              children: [textNode('this page')],
            },
          ],
        },
      ],
    },
  }
}

const closedPort = async () => {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const port = (probe.address() as { port: number }).port
  await new Promise((resolve) => probe.close(resolve))
  return port
}

test.describe('publishing the site from the CMS', () => {
  test.setTimeout(300_000)
  let server: StaticServer | undefined
  test.afterAll(async () => server?.close())

  test('a burst of publishes makes one rebuild that goes live; a page that fails the checks is held back while the rest goes live', async ({
    page,
  }) => {
    const releasesDir = process.env.E2E_RELEASES_DIR
    expect(releasesDir, 'globalSetup sets E2E_RELEASES_DIR').toBeTruthy()
    const live = path.join(releasesDir as string, 'live')
    const token = await officerToken()
    const since = new Date().toISOString()
    const listings = (await publishedServices())
      .filter((service) => service.reviewStatus === 'current')
      .slice(0, 3)
    expect(listings).toHaveLength(3)

    // The officer publishes three changed listings, one after another.
    const stamp = Date.now()
    for (const [i, listing] of listings.entries()) {
      const response = await fetch(`${cmsUrl}/api/services/${listing.id}?locale=en&depth=0`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({
          summary: `Published in a burst ${stamp}-${i}.`,
          _status: 'published',
        }),
      })
      expect(response.status, await response.clone().text()).toBe(200)
    }

    // Exactly one build absorbs the burst and publishes it.
    let builds: SiteBuildRecord[] = []
    await expect
      .poll(
        async () => {
          builds = await buildsSince(token, since)
          return builds.map((build) => build.status).join(',')
        },
        { timeout: 240_000, intervals: [2000] },
      )
      .toMatch(/^(succeeded|failed)$/)
    const [build] = builds
    expect(build?.failureReason ?? null).toBeNull()
    expect(build?.status).toBe('succeeded')
    expect(build?.changes).toBeGreaterThanOrEqual(3)
    expect(build?.trigger).toContain('published')
    expect(build?.pages).toBeGreaterThan(100)

    // The live release is that build, and a static server on `live` serves the change.
    expect(path.basename(await readlink(live))).toBe(build?.release)
    server = await serveStatic(live, e2ePorts.releases)
    const listingPage = async () =>
      (await fetch(`${server?.url}/services/${listings[0]?.slug}/`)).text()
    expect(await listingPage()).toContain(`Published in a burst ${stamp}-0.`)

    // A publish that fails (the CMS cannot be reached) changes nothing that is served.
    const result = spawnSync(process.execPath, [path.join(scriptsDir, 'bin', 'publish-site.mjs')], {
      env: {
        ...process.env,
        CMS_URL: `http://127.0.0.1:${await closedPort()}`,
        SITE_RELEASES_DIR: releasesDir,
        SITE_URL: `http://127.0.0.1:${e2ePorts.site}`,
      },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(result.status, result.stdout + result.stderr).toBe(1)
    expect(result.stderr).toMatch(/Not published: The CMS at .* could not be reached/)
    expect(result.stderr).toContain('The live site was not changed.')
    expect(path.basename(await readlink(live))).toBe(build?.release)
    expect(await listingPage()).toContain(`Published in a burst ${stamp}-0.`)
    expect(
      (await readdir(releasesDir as string)).filter((name) => name.startsWith('.partial')),
    ).toEqual([])
    // And the CMS ran no other build.
    expect(await buildsSince(token, since)).toHaveLength(1)

    // Officers see the outcome on the admin dashboard, in words.
    await page
      .context()
      .addCookies([{ name: 'payload-token', value: token, domain: '127.0.0.1', path: '/' }])
    await page.goto(`${cmsUrl}/admin`)
    const notice = page.getByRole('region', { name: 'The public site' })
    await expect(notice).toContainText(`The site was last published`)
    await expect(notice).toContainText(`(${build?.pages} pages)`)
    await expect(notice.getByRole('button', { name: 'Rebuild the site now' })).toBeVisible()

    // An officer publishes a page that links to a page that does not exist: the build holds that
    // page back (the site keeps its previous version), everything else goes live, and officers are
    // told which page and why (issue 14: one bad item never blocks the site).
    const brokenSince = new Date().toISOString()
    const missing = `/information/no-such-page-${stamp}/`
    const informationPage = await firstPublishedPage()
    const broken = await fetch(`${cmsUrl}/api/pages/${informationPage?.id}?locale=en&depth=0`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        content: paragraphWithLink('Read more', missing),
        _status: 'published',
      }),
    })
    expect(broken.status, await broken.clone().text()).toBe(200)
    let heldBuild: SiteBuildRecord | undefined
    await expect
      .poll(
        async () => {
          ;[heldBuild] = await buildsSince(token, brokenSince)
          return heldBuild?.status
        },
        { timeout: 240_000, intervals: [2000] },
      )
      .toMatch(/^(succeeded|failed)$/)
    expect(heldBuild?.status, heldBuild?.failureReason ?? '').toBe('succeeded')
    const held = heldBuild?.heldBack ?? []
    expect(held.map((item) => item.collection)).toEqual(['pages'])
    expect(held[0]?.reason).toContain(missing)
    expect(path.basename(await readlink(live))).toBe(heldBuild?.release)
    expect(await listingPage()).toContain(`Published in a burst ${stamp}-0.`)

    await page.goto(`${cmsUrl}/admin`)
    await expect(page.getByRole('region', { name: 'The public site' })).toContainText(
      'Held back from the public site',
    )
  })
})
