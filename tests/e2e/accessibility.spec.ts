import AxeBuilder from '@axe-core/playwright'
import { localeCodes } from '@local-offer/shared'
import { expect, test, type Page } from '@playwright/test'

import { publishedPageSlugs, publishedServices } from '../support/cms'

/** WCAG 2.2 AA: every rule axe-core has for levels A and AA of WCAG 2.0, 2.1 and 2.2. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
  // axe really ran its WCAG rules on the page.
  expect(results.passes.length).toBeGreaterThan(10)
}

const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`)

test.describe('every page template in every locale has no WCAG 2.2 AA violations', () => {
  let listing = ''
  let page = ''
  test.beforeAll(async () => {
    const services = await publishedServices()
    // A listing with locations, opening times and an organisation logo: the fullest template.
    listing =
      services.find((s) => s.slug === 'early-help-family-support')?.slug ?? services[0]!.slug
    const pages = await publishedPageSlugs()
    page = pages.includes('request-an-ehc-needs-assessment')
      ? 'request-an-ehc-needs-assessment'
      : pages[0]!
  })

  const templates: Array<[name: string, path: () => string]> = [
    ['home', () => '/'],
    ['category', () => '/categories/health/'],
    ['listing', () => `/services/${listing}/`],
    ['information page', () => `/information/${page}/`],
    ['A to Z', () => '/a-z/'],
    ['glossary', () => '/glossary/'],
    ['accessibility statement', () => '/accessibility/'],
    ['comment form', () => '/feedback/'],
    ['comment thank-you page', () => '/feedback/thank-you/'],
    ['comment error page', () => '/feedback/error/?reason=comment-too-short'],
    ['You said, we did index', () => '/you-said-we-did/'],
    ['You said, we did year', () => '/you-said-we-did/2025-26/'],
  ]

  for (const locale of localeCodes) {
    for (const [name, path] of templates) {
      test(`${locale}: ${name}`, async ({ page: browser }) => {
        const response = await browser.goto(`${prefix(locale)}${path()}`)
        expect(response?.status()).toBe(200)
        await expectNoViolations(browser)
      })
    }

    test(`${locale}: search with results and filters`, async ({ page: browser }) => {
      await browser.goto(`${prefix(locale)}/search/?category=health&age=0-5`)
      await expect(browser.locator('.lo-search__results .lo-card').first()).toBeVisible()
      await expectNoViolations(browser)
    })
  }

  test('404 page', async ({ page: browser }) => {
    const response = await browser.goto('/no-such-page/')
    expect(response?.status()).toBe(404)
    await expect(browser.locator('h1')).toHaveText('Page not found')
    await expectNoViolations(browser)
  })
})
