import { localeCodes } from '@local-offer/shared'
import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../support/axe'
import { cms, publishedServices } from '../support/cms'

/**
 * "Report a problem with this page" (issue 12 item 6): a link on every listing to the listing's
 * own report page, a plain HTML form that posts to the CMS and comes back to a thank-you or error
 * page in the family's language.
 */
const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`)
let slug = ''

test.beforeAll(async () => {
  const services = await publishedServices()
  slug = services.find((s) => s.slug.includes('willows'))?.slug ?? services[0]!.slug
})

async function reportsOn(listingSlug: string): Promise<Array<Record<string, unknown>>> {
  const token = await cms.login({
    email: 'officer@westbridge.example.gov.uk',
    password: 'local-offer-demo',
  })
  const { docs } = await cms.withToken(token).find('problem-reports', {
    where: { 'listing.slug': { equals: listingSlug } },
    depth: 0,
    limit: 100,
  })
  return docs
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a parent reports a closed service from the listing and is thanked; it is stored, redacted', async ({
    page,
  }) => {
    const before = (await reportsOn(slug)).length
    await page.goto(`/services/${slug}/`)
    await page.getByRole('link', { name: 'Report a problem with this page' }).click()
    await expect(page).toHaveURL(new RegExp(`/services/${slug}/report-a-problem/$`))
    await expect(page.locator('h1')).toHaveText('Report a problem with this page')
    await page.getByLabel('The service has closed').check()
    await page
      .getByRole('textbox', { name: 'Tell us more (optional)' })
      .fill('The building is boarded up. Ring me on 07700 900123.')
    await page.getByRole('button', { name: 'Send your report' }).click()
    await expect(page).toHaveURL(/\/report-a-problem\/thank-you\/$/)
    await expect(page.locator('h1')).toHaveText('Thank you for your report')

    const reports = await reportsOn(slug)
    expect(reports).toHaveLength(before + 1)
    const report = reports.find((r) => r.problem === 'service-closed')
    expect(report?.status).toBe('open')
    expect(String(report?.details)).toContain('boarded up')
    expect(String(report?.details)).not.toContain('07700 900123')
  })

  test('the Arabic form answers in Arabic, right to left', async ({ page }) => {
    await page.goto(`/ar/services/${slug}/report-a-problem/`)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/ar\/report-a-problem\/thank-you\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  })
})

test('with JavaScript the error page shows only the problem the CMS named', async ({ page }) => {
  await page.goto('/pl/report-a-problem/error/?reason=listing-unknown')
  await expect(page.locator('#reasons li:visible')).toHaveCount(1)
  await expect(page.locator('#reasons li:visible')).toContainText('Zgłaszanego wpisu nie ma')
})

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } })
    for (const locale of localeCodes) {
      for (const [name, path] of [
        ['report form', () => `/services/${slug}/report-a-problem/`],
        ['thank-you page', () => '/report-a-problem/thank-you/'],
        ['error page', () => '/report-a-problem/error/?reason=problem-invalid'],
      ] as const) {
        test(`${locale}: ${name} has no WCAG 2.2 AA violations and no sideways scrolling`, async ({
          page,
        }) => {
          const response = await page.goto(`${prefix(locale)}${path()}`)
          expect(response?.status()).toBe(200)
          await expectNoAxeViolations(page)
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(overflow).toBeLessThanOrEqual(0)
        })
      }
    }
  })
}
