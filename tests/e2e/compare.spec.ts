import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../support/axe'
import { publishedServices } from '../support/cms'

/** Compare schools and colleges (issue 11, item 8). */
let school = ''
let otherSchool = ''

test.beforeAll(async () => {
  const services = await publishedServices()
  school = services.find((s) => s.slug === 'northbrook-primary-school')!.slug
  otherSchool = services.find((s) => s.slug.startsWith('the-willows-school'))!.slug
})

test('a family chooses two settings and reads their answers question by question', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/compare/')
  await page.getByLabel('Northbrook Primary School').check()
  await page.getByLabel(/The Willows School/).check()
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(new RegExp(`ids=${school}&ids=${otherSchool}`))
  await expect(page.getByRole('heading', { level: 2, name: /^Comparing/ })).toContainText(
    'Northbrook Primary School and The Willows School',
  )
  const questions = page.locator('.lo-compare__question')
  await expect(questions).toHaveCount(10)
  const answers = questions.first().locator('.lo-compare__answer')
  await expect(answers).toHaveCount(2)
  // Side by side on a wide screen…
  const [wideA, wideB] = [await answers.nth(0).boundingBox(), await answers.nth(1).boundingBox()]
  expect(Math.abs(wideA!.y - wideB!.y)).toBeLessThan(2)
  // …stacked on a phone, with nothing scrolling sideways.
  await page.setViewportSize({ width: 375, height: 800 })
  const [narrowA, narrowB] = [
    await answers.nth(0).boundingBox(),
    await answers.nth(1).boundingBox(),
  ]
  expect(narrowB!.y).toBeGreaterThanOrEqual(narrowA!.y + narrowA!.height - 1)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
})

test('choosing one is refused in words; a tampered address shows what it can', async ({ page }) => {
  await page.goto('/compare/')
  await page.getByLabel('Northbrook Primary School').check()
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page.getByRole('alert')).toHaveText('Choose at least 2 to compare.')
  await page.goto(`/compare/?ids=${school},%3Cimg%20src=x%3E,no-such-school,${otherSchool}`)
  await expect(page.locator('.lo-compare__question')).toHaveCount(10)
  await expect(page.getByRole('status')).toContainText('not in the Local Offer')
})

test('a shortlist with two settings leads to the comparison', async ({ page }) => {
  await page.goto(`/shortlist/?ids=${school},${otherSchool}`)
  await page.getByRole('link', { name: 'Compare the schools and colleges in this list' }).click()
  await expect(page.locator('.lo-compare__question')).toHaveCount(10)
})

test('without JavaScript the page links to each setting’s own answers', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto(`/compare/?ids=${school},${otherSchool}`)
  // Playwright's getByText never matches inside <noscript> (it skips it like <script>), even when
  // JavaScript is off and the browser shows it; the paragraph is found by its text instead.
  await expect(page.locator('noscript p', { hasText: 'needs JavaScript' })).toBeVisible()
  await expect(page.locator(`a[href="/services/${school}/#education-offer"]`)).toBeVisible()
  await context.close()
})

for (const locale of ['en', 'pl', 'ar'] as const) {
  for (const width of [375, 1280]) {
    test(`the comparison has no WCAG 2.2 AA violations (${locale}, ${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 })
      const prefix = locale === 'en' ? '' : `/${locale}`
      await page.goto(`${prefix}/compare/?ids=${school},${otherSchool}`)
      await expect(page.locator('.lo-compare__question')).toHaveCount(10)
      await expectNoAxeViolations(page)
    })
  }
}
