import { expect, test, type Page } from '@playwright/test'

import { expectNoAxeViolations } from '../support/axe'
import { publishedServices } from '../support/cms'

/**
 * The shortlist (issue 11, item 7): save listings in the browser, see them at /shortlist/ with
 * their contact details, share the list as a link that a second browser opens and saves, send it
 * by e-mail, and print it without navigation.
 */
let school = ''
let otherSchool = ''

test.beforeAll(async () => {
  const services = await publishedServices()
  school = services.find((s) => s.slug === 'northbrook-primary-school')!.slug
  otherSchool = services.find((s) => s.slug.startsWith('the-willows-school'))!.slug
})

async function save(page: Page, slug: string) {
  await page.goto(`/services/${slug}/`)
  await page.getByRole('button', { name: 'Save to shortlist' }).click()
  await expect(page.getByRole('status')).toHaveText('Saved to your shortlist.')
  await expect(page.getByRole('button', { name: 'Remove from shortlist' })).toBeVisible()
}

test('a family saves two listings, sees them at /shortlist/, shares the link, and it opens elsewhere', async ({
  page,
  browser,
}) => {
  await save(page, school)
  await save(page, otherSchool)
  await page.getByRole('link', { name: 'View your shortlist' }).click()
  await expect(page).toHaveURL(/\/shortlist\/$/)
  const items = page.locator('.lo-shortlist__item')
  await expect(items).toHaveCount(2)
  await expect(items.first().getByRole('heading', { level: 2 })).toContainText('Northbrook')
  await expect(items.first().locator('a[href^="tel:"]').first()).toBeVisible()
  await expect(items.first().locator('address').first()).toBeVisible()

  const shareLink = await page.getByLabel('Link to this list').inputValue()
  expect(shareLink).toMatch(new RegExp(`/shortlist/\\?ids=${school},${otherSchool}$`))
  const mail = await page.getByRole('link', { name: 'Send by e-mail' }).getAttribute('href')
  expect(mail).toMatch(/^mailto:\?subject=/)
  expect(decodeURIComponent(mail!)).toContain(shareLink)

  // Removing one keeps the other and says so.
  await items
    .nth(1)
    .getByRole('button', { name: /Remove from shortlist/ })
    .click()
  await expect(items).toHaveCount(1)
  await expect(page.getByRole('status').first()).toHaveText('Removed from your shortlist.')

  // Someone else opens the shared link in their own browser and saves it.
  const other = await browser.newContext()
  const theirs = await other.newPage()
  await theirs.goto(shareLink)
  await expect(theirs.locator('.lo-shortlist__item')).toHaveCount(2)
  await theirs.getByRole('button', { name: 'Save these to my shortlist' }).click()
  await expect(theirs.getByRole('status').first()).toHaveText('Saved to your shortlist.')
  await theirs.goto('/shortlist/')
  await expect(theirs.locator('.lo-shortlist__item')).toHaveCount(2)
  await other.close()
})

test('a tampered share link never breaks the page', async ({ page }) => {
  await page.goto('/shortlist/?ids=%3Cscript%3Ealert(1)%3C/script%3E,no-such-listing,,' + school)
  await expect(page.locator('.lo-shortlist__item')).toHaveCount(1)
  await expect(page.locator('script:not([src])', { hasText: 'alert' })).toHaveCount(0)
  await expect(page.getByRole('status').first()).toContainText('no longer listed')
})

test('the shortlist and a listing print without navigation, with the page address', async ({
  page,
}, testInfo) => {
  await page.goto(`/shortlist/?ids=${school},${otherSchool}`)
  await expect(page.locator('.lo-shortlist__item')).toHaveCount(2)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.lo-nav')).toBeHidden()
  await expect(page.locator('.lo-footer')).toBeHidden()
  await expect(page.getByRole('button', { name: /Remove from shortlist/ }).first()).toBeHidden()
  await expect(page.locator('.lo-print-only')).toBeVisible()
  await expect(page.locator('.lo-print-only')).toContainText(
    `/shortlist/?ids=${school},${otherSchool}`,
  )
  await page.screenshot({ path: testInfo.outputPath('shortlist-print.png'), fullPage: true })

  await page.goto(`/services/${school}/`)
  await expect(page.locator('.lo-header')).toBeHidden()
  await expect(page.locator('.lo-print-only')).toContainText(`/services/${school}/`)
  await expect(page.getByRole('heading', { name: 'Contact' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('listing-print.png'), fullPage: true })
})

test('without JavaScript the listing has no shortlist button and the shortlist page says why', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto(`/services/${school}/`)
  await expect(page.getByRole('button', { name: 'Save to shortlist' })).toBeHidden()
  await page.goto('/shortlist/')
  // Playwright's getByText never matches inside <noscript> (it skips it like <script>), even when
  // JavaScript is off and the browser shows it; the paragraph is found by its text instead.
  await expect(
    page.locator('noscript p', { hasText: 'Your shortlist is kept in your browser' }),
  ).toBeVisible()
  await context.close()
})

for (const locale of ['en', 'pl', 'ar'] as const) {
  for (const width of [375, 1280]) {
    test(`the shortlist has no WCAG 2.2 AA violations (${locale}, ${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 })
      const prefix = locale === 'en' ? '' : `/${locale}`
      await page.goto(`${prefix}/shortlist/?ids=${school},${otherSchool}`)
      await expect(page.locator('.lo-shortlist__item')).toHaveCount(2)
      await expectNoAxeViolations(page)
      await page.goto(`${prefix}/services/${school}/`)
      await expect(page.locator('[data-shortlist-save]')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
}
