import AxeBuilder from '@axe-core/playwright'
import { localeCodes } from '@local-offer/shared'
import { expect, test, type Page } from '@playwright/test'

import { tabTo } from '../support/keyboard'
import { resultTitles } from '../support/search'

/**
 * Issue 11 items 1–3 and 6: near-me search on the static site (postcode → coordinates from the
 * published postcode files), the results map, the phone-first filter panel.
 * The demo's postcodes are fictional (scripts/src/seed/data/westbridge-postcodes.csv).
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
  expect(results.passes.length).toBeGreaterThan(10)
}

const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`)

/** Presses "Show more results" until every result is on the page, each time waiting for more. */
async function showAll(page: Page) {
  const more = page.getByRole('button', { name: 'Show more results' })
  for (let i = 0; i < 30 && (await more.isVisible()); i++) {
    const before = await resultTitles(page).count()
    await more.click()
    await expect.poll(() => resultTitles(page).count()).toBeGreaterThan(before)
  }
}

// Three venues at known distances from WB1 8HN (Westbridge Pools, 0 miles): Riverside Leisure
// (WB7 2PX, about 2 miles) and Kingsmead Hospital (KT2 6PL, about 5 miles).
const WHEELERS = 'Westbridge Wheelers'
const SWIMMING = 'Inclusive swimming lessons'
const HEARING = 'hearing clinic'

test.describe('near me', () => {
  test('orders three known venues by distance from a postcode, with the distance shown', async ({
    page,
  }) => {
    await page.goto('/search/?near=WB1+8HN&within=10')
    await expect(page.locator('.lo-search__status h2')).toContainText('nearest to WB1 8HN first')
    await expect(resultTitles(page).first()).toBeVisible()
    await showAll(page)
    const titles = await resultTitles(page).allTextContents()
    const at = (text: string) => titles.findIndex((title) => title.includes(text))
    expect(at(WHEELERS)).toBeGreaterThanOrEqual(0)
    expect(at(WHEELERS)).toBeLessThan(at(SWIMMING))
    expect(at(SWIMMING)).toBeLessThan(at(HEARING))
    const card = (text: string) =>
      page.locator('.lo-search__results .lo-card').filter({ hasText: text }).first()
    await expect(card(WHEELERS).locator('.lo-card__distance')).toHaveText('0.1 miles away')
    await expect(card(SWIMMING).locator('.lo-card__distance')).toHaveText(/^[12]\.\d miles away$/)
    await expect(card(HEARING).locator('.lo-card__distance')).toHaveText(/^[45]\.\d miles away$/)
    // Phone lines and outreach stay in the results, marked as having no venue.
    await expect(
      page
        .locator('.lo-card__distance', { hasText: 'No venue: by phone, online or at home' })
        .first(),
    ).toBeVisible()
  })

  test('"within" leaves out venues further away, and the choice is in the URL', async ({
    page,
  }) => {
    await page.goto('/search/?near=wb18hn')
    await expect(resultTitles(page).first()).toBeVisible()
    await page.getByLabel('Distance').selectOption('1')
    await expect(page).toHaveURL(/near=WB1\+8HN&within=1$/)
    await showAll(page)
    await expect(resultTitles(page).filter({ hasText: WHEELERS })).toHaveCount(1)
    await expect(resultTitles(page).filter({ hasText: HEARING })).toHaveCount(0)
  })

  test('an unknown or malformed postcode says so and keeps the other choices', async ({ page }) => {
    // Well formed, in a published district (WB1), but not a postcode there. (ZZ9 9ZZ is not well
    // formed: Z is never an outward code's second letter, so it is refused as malformed.)
    await page.goto('/search/?q=speech&category=health&near=WB1+9ZZ&within=3')
    await expect(page.locator('.govuk-error-message')).toContainText(
      'We could not find the postcode WB1 9ZZ',
    )
    await expect(
      page.getByRole('searchbox', { name: 'Search for a service or advice' }),
    ).toHaveValue('speech')
    await expect(page.getByRole('checkbox', { name: /^Health/ })).toBeChecked()
    await expect(resultTitles(page).first()).toBeVisible()

    await page.goto('/search/?near=%3Cscript%3Ealert(1)%3C%2Fscript%3E&within=banana')
    await expect(page.locator('.govuk-error-message')).toContainText(
      'Enter a full postcode, like WB1 2AB',
    )
    await page.goto('/pl/search/?near=XX1')
    await expect(page.locator('.govuk-error-message')).toContainText('Wpisz pełny kod pocztowy')
  })

  test('the map lists each result as a link, and the page works without map tiles', async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto('/search/?near=WB1+8HN&within=3')
    await expect(resultTitles(page).first()).toBeVisible()
    const toggle = page.getByRole('button', { name: 'Show results on a map' })
    await toggle.click()
    await expect(page.getByRole('region', { name: 'Map of the results' })).toBeVisible()
    const marker = page.getByRole('button', { name: /Westbridge Wheelers/ }).first()
    await marker.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('.leaflet-popup a', { hasText: WHEELERS })).toBeVisible()
    expect(errors).toEqual([])
  })
})

test.describe('phone first', () => {
  test.use({ viewport: { width: 375, height: 800 } })

  test('results come first; "Filter results" says how many are active and opens the filters', async ({
    page,
  }) => {
    await page.goto('/search/?category=health&age=0-5')
    // A <details>: it opens and closes without JavaScript too.
    const panel = page.locator('details.lo-search__filter-area')
    const toggle = panel.locator('summary.lo-filter-toggle')
    await expect(toggle).toContainText('Filter results')
    await expect(toggle).toContainText('(2 active)')
    await expect(panel).not.toHaveAttribute('open')
    await expect(page.getByRole('checkbox', { name: /^Health/ })).toBeHidden()
    await expect(page.getByLabel('Near a postcode (optional)')).toBeHidden()
    // The first result is on the first screen at 375 x 800.
    const first = resultTitles(page).first()
    await expect(first).toBeInViewport()
    const top = await first.evaluate((link) => link.getBoundingClientRect().top)
    expect(top).toBeLessThan(800)
    await toggle.click()
    await expect(panel).toHaveAttribute('open')
    await expect(page.getByRole('checkbox', { name: /^Health/ })).toBeVisible()
    await expect(page.getByLabel('Near a postcode (optional)')).toBeVisible()
    await toggle.click()
    await expect(page.getByRole('checkbox', { name: /^Health/ })).toBeHidden()
  })

  test('keyboard only: filters → postcode → a filter → map toggle → listing', async ({ page }) => {
    await page.goto('/search/')
    const filters = page.locator('summary.lo-filter-toggle')
    await tabTo(page, filters)
    await page.keyboard.press('Enter')
    const postcode = page.getByLabel('Near a postcode (optional)')
    await tabTo(page, postcode)
    await page.keyboard.type('WB1 8HN')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/near=WB1\+8HN/)
    await expect(resultTitles(page).first()).toBeVisible()
    const leisure = page.getByRole('checkbox', { name: /^Childcare and leisure/ })
    await tabTo(page, leisure)
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/category=childcare-leisure/)
    const mapToggle = page.getByRole('button', { name: 'Show results on a map' })
    await tabTo(page, mapToggle)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('region', { name: 'Map of the results' })).toBeVisible()
    const first = resultTitles(page).first()
    await tabTo(page, first, 120)
    const title = (await first.textContent()) ?? ''
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  })

  test('no page of search scrolls sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    for (const path of ['/search/?q=zzqqxx', '/pl/search/?q=speach', '/ar/search/?open=weekends']) {
      await page.goto(path)
      await expect(page.locator('.lo-search__status h2')).toBeVisible()
      await page.locator('summary.lo-filter-toggle').click()
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(320)
    }
  })
})

test.describe('near-me states have no WCAG 2.2 AA violations', () => {
  for (const width of [375, 1280]) {
    for (const locale of localeCodes) {
      test(`${locale} at ${width} px: results by distance, a bad postcode, the open filters`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 })
        await page.goto(`${prefix(locale)}/search/?near=WB1+8HN&within=5`)
        await expect(resultTitles(page).first()).toBeVisible()
        await expect(page.locator('.lo-card__distance').first()).not.toBeEmpty()
        await expectNoViolations(page)

        // On a phone the folded panel opens by itself to show the postcode's error.
        await page.goto(`${prefix(locale)}/search/?q=speech&near=ZZ9+9ZZ`)
        await expect(page.locator('.govuk-error-message')).toBeVisible()
        await expectNoViolations(page)

        if (width === 375) {
          await page.goto(`${prefix(locale)}/search/?near=WB1+8HN&within=5`)
          await expect(resultTitles(page).first()).toBeVisible()
          await page.locator('.lo-filter-toggle').click()
          await expect(page.locator('.lo-search__filters')).toBeVisible()
          await expectNoViolations(page)
        } else {
          await page.goto(`${prefix(locale)}/search/?near=WB1+8HN&within=3`)
          await page.locator('.lo-map-toggle').click()
          await expect(page.locator('.lo-map__canvas .leaflet-marker-icon').first()).toBeVisible()
          await expectNoViolations(page)
        }
      })
    }
  }
})
