import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildSite } from '@local-offer/scripts/site'
import { expect, test } from '@playwright/test'

/** Complete council settings, as the CMS sends them with locale=all. */
const COUNCIL_SETTINGS = {
  councilName: { en: 'Anytown Borough Council' },
  shortName: { en: 'Anytown' },
  brandColour: '#005a70',
  examplePostcode: 'SW1A 1AA',
  contact: { email: 'send@anytown.example.gov.uk', phone: '0121 496 0000' },
  sendiass: {
    name: { en: 'Anytown SENDIASS' },
    phone: '0121 496 0001',
    url: 'https://sendiass.anytown.example.org.uk',
  },
  addresses: {
    localOffer: 'https://localoffer.anytown.example.gov.uk',
    cms: 'https://cms.anytown.example.gov.uk',
  },
  accessibility: {
    contactEmail: 'send@anytown.example.gov.uk',
    responseDays: 5,
    enforcement: { en: 'The EHRC enforces the regulations.' },
    lastReviewed: '2026-11-25T12:00:00.000Z',
  },
  footerLinks: [],
}

test.describe('the site build refuses to produce a broken site', () => {
  test.setTimeout(120_000)

  test('when the CMS cannot be reached', async () => {
    // A port that was free a moment ago: nothing answers there.
    const probe = createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const closedPort = (probe.address() as { port: number }).port
    await new Promise((resolve) => probe.close(resolve))
    const outDir = await mkdtemp(path.join(tmpdir(), 'local-offer-refused-'))
    try {
      const build = buildSite({
        cmsUrl: `http://127.0.0.1:${closedPort}`,
        outDir,
        siteUrl: 'http://127.0.0.1:1',
        log: () => undefined,
      })
      await expect(build).rejects.toThrow(
        new RegExp(
          `Could not reach the CMS at http://127\\.0\\.0\\.1:${closedPort} .*ECONNREFUSED`,
        ),
      )
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(false)
    } finally {
      await rm(outDir, { recursive: true, force: true })
    }
  })

  test('when the CMS sends listings the site cannot use', async () => {
    const fakeCms = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      // Valid council settings (the privacy notice and every page need them), so the listing is
      // what fails.
      if (req.url?.startsWith('/api/globals/comment-retention')) {
        res.end(JSON.stringify({ monthsAfterReport: 12, monthsWithoutReport: 24 }))
        return
      }
      if (req.url?.startsWith('/api/globals/council-settings')) {
        res.end(JSON.stringify(COUNCIL_SETTINGS))
        return
      }
      // Valid pages and glossary, and one listing with a category the site does not know.
      const docs = req.url?.startsWith('/api/services')
        ? [{ id: 7, slug: 'broken', name: { en: 'Broken' }, category: 'not-a-category' }]
        : req.url?.startsWith('/api/pages')
          ? [
              {
                id: 1,
                slug: 'about',
                title: { en: 'About' },
                summary: { en: 'About the Local Offer' },
                updatedAt: '2026-11-01T00:00:00.000Z',
              },
            ]
          : []
      res.end(JSON.stringify({ docs, totalDocs: docs.length, totalPages: 1, page: 1 }))
    })
    await new Promise<void>((resolve) => fakeCms.listen(0, '127.0.0.1', resolve))
    const address = fakeCms.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const outDir = await mkdtemp(path.join(tmpdir(), 'local-offer-refused-'))
    try {
      const build = buildSite({
        cmsUrl: `http://127.0.0.1:${port}`,
        outDir,
        siteUrl: 'http://127.0.0.1:1',
        log: () => undefined,
      })
      await expect(build).rejects.toThrow(/services id 7: .*category/)
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(false)
    } finally {
      fakeCms.close()
      await rm(outDir, { recursive: true, force: true })
    }
  })
})
