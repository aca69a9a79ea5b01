import { pageSchema, serviceSchema } from '@local-offer/shared/openReferral'
import { expect, test } from '@playwright/test'

import { publishedServices } from '../support/cms'

/** The Open Referral UK feed the build publishes as static files (docs/open-referral.md). */
test.describe('the Open Referral UK feed', () => {
  test('lists every published listing, 50 a page, and serves each as a full service', async ({
    request,
  }) => {
    const root = await request.get('/openreferral/index.json')
    expect(root.ok()).toBe(true)
    expect(root.headers()['content-type']).toContain('application/json')
    expect(await root.json()).toMatchObject({ version: '3.0' })

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

  test('stays out of the sitemap', async ({ request }) => {
    const index = await (await request.get('/sitemap-index.xml')).text()
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    for (const sitemap of sitemaps) {
      expect(await (await request.get(sitemap)).text()).not.toContain('/openreferral/')
    }
    expect(sitemaps.length).toBeGreaterThan(0)
  })
})
