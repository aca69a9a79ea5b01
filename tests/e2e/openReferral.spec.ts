import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { serveWithNginx, type StaticServer } from '@local-offer/scripts/site'
import {
  UK_PROFILE_ENDPOINTS,
  ukProfileValidator,
  walkFeed,
  type WalkedAnswer,
} from '@local-offer/scripts/testing'
import { pageSchema, serviceSchema } from '@local-offer/shared/openReferral'
import { expect, test } from '@playwright/test'

import { publishedServices } from '../support/cms'
import { e2ePorts } from '../support/ports'

const siteDir = () => {
  const dir = process.env.E2E_SITE_DIR
  if (!dir) throw new Error('E2E_SITE_DIR is not set: run through the Playwright global setup')
  return dir
}

/** The Open Referral UK feed the build publishes as static files (docs/open-referral.md). */
test.describe('the Open Referral UK feed', () => {
  test('lists every published listing, 50 a page, and serves each as a full service', async ({
    request,
  }) => {
    const root = await request.get('/openreferral/index.json')
    expect(root.ok()).toBe(true)
    expect(root.headers()['content-type']).toContain('application/json')
    expect(await root.json()).toMatchObject({ version: '3.0' })
    // A host without the rewrite rules still answers the validator's first request.
    expect(await (await request.get('/openreferral/')).json()).toMatchObject({ version: '3.0' })

    const listed = (await publishedServices()).filter((s) => s.reviewStatus !== 'withdrawn')
    const first = pageSchema.parse(
      await (await request.get('/openreferral/services/page/1.json')).json(),
    )
    expect(first.total_items).toBe(listed.length)
    expect(first.total_pages).toBe(Math.ceil(listed.length / 50))
    expect(first).toMatchObject({ page_number: 1, size: 50, first_page: true, empty: false })

    const ids: string[] = []
    for (let n = 1; n <= first.total_pages; n++) {
      const page = pageSchema.parse(
        await (await request.get(`/openreferral/services/page/${n}.json`)).json(),
      )
      expect(page.last_page).toBe(n === first.total_pages)
      ids.push(...page.contents.map((item) => (item as { id: string }).id))
    }
    expect(new Set(ids).size).toBe(listed.length)

    const service = serviceSchema.parse(
      await (await request.get(`/openreferral/services/${ids[0]}.json`)).json(),
    )
    expect(service.id).toBe(ids[0])
    expect(service.organization.name).toBeTruthy()
    expect(service.contacts?.length).toBeGreaterThan(0)
  })

  test('publishes only documents the official UK profile schemas accept', async () => {
    const folder = path.join(siteDir(), 'openreferral')
    const files = (await readdir(folder, { recursive: true })).filter((file) =>
      /\.(json|html)$/.test(file),
    )
    const validator = ukProfileValidator()
    const problems: string[] = []
    for (const file of files) {
      const body: unknown = JSON.parse(await readFile(path.join(folder, file), 'utf8'))
      problems.push(...validator.file(`openreferral/${file}`, body))
    }
    expect(problems).toEqual([])
    for (const endpoint of UK_PROFILE_ENDPOINTS) {
      expect(files, endpoint).toContain(`${endpoint}/page/1.json`)
    }
  })

  test.describe('behind nginx with the documented rules', () => {
    let server: StaticServer
    let answers: WalkedAnswer[]
    test.beforeAll(async () => {
      server = await serveWithNginx(siteDir(), e2ePorts.withHeaders)
      answers = await walkFeed(`${server.url}/openreferral`, UK_PROFILE_ENDPOINTS)
    })
    test.afterAll(async () => server?.close())

    test('walks like the validator: base, first, middle and last pages, each record', async () => {
      const listed = (await publishedServices()).filter((s) => s.reviewStatus !== 'withdrawn')
      const serviceDocuments = answers.filter(
        (a) => a.endpoint === 'services' && a.kind === 'document',
      )
      // Every page of services is the first, middle or last one while there are at most 3.
      expect(serviceDocuments).toHaveLength(listed.length)
      for (const answer of answers) {
        expect([answer.url, answer.status]).toEqual([answer.url, 200])
        expect(answer.contentType, answer.url).toContain('application/json')
        expect(answer.allowOrigin, answer.url).toBe('*')
      }
      const validator = ukProfileValidator()
      const problems = answers.flatMap((answer) =>
        answer.kind === 'root'
          ? validator.root(answer.body)
          : answer.kind === 'page'
            ? validator.page(answer.endpoint!, answer.body)
            : validator.document(answer.endpoint!, answer.body),
      )
      expect(problems).toEqual([])
    })

    test('refuses a filter it cannot apply instead of answering unfiltered', async ({
      request,
    }) => {
      const response = await request.get(`${server.url}/openreferral/services?search=speech`)
      expect(response.status()).toBe(400)
      expect(await response.json()).toMatchObject({ error: 'unsupported_query' })
    })
  })

  test('stays out of the sitemap', async ({ request }) => {
    const index = await (await request.get('/sitemap-index.xml')).text()
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    for (const sitemap of sitemaps) {
      expect(await (await request.get(sitemap)).text()).not.toContain('/openreferral/')
    }
    expect(sitemaps.length).toBeGreaterThan(0)
  })
})
