import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../support/axe'

/** Guidance pages lead somewhere (issue 11, item 9). */
const PAGE = '/information/request-an-ehc-needs-assessment/'

test('an information page shows the listings an officer chose, with labelled online links', async ({
  page,
}) => {
  await page.goto(PAGE)
  const related = page.getByRole('region', { name: 'Services that can help' })
  await expect(related.locator('.lo-card')).toHaveCount(3)
  await expect(related.getByRole('link', { name: /Make a request online/ })).toBeVisible()
})

test('a glossary term opens its meaning in place with the keyboard', async ({ page }) => {
  await page.goto(PAGE)
  const term = page.locator('button.lo-term').first()
  await expect(term).toHaveAttribute('aria-expanded', 'false')
  await term.focus()
  await page.keyboard.press('Enter')
  await expect(term).toHaveAttribute('aria-expanded', 'true')
  const meaning = page.locator(`#${await term.getAttribute('aria-controls')}`)
  await expect(meaning).toBeVisible()
  await expect(meaning.getByRole('link', { name: /in the glossary$/ })).toHaveAttribute(
    'href',
    /\/glossary\/#/,
  )
  await page.keyboard.press('Space')
  await expect(meaning).toBeHidden()
})

test('without JavaScript the glossary terms stay links', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto(PAGE)
  await expect(page.locator('a.glossary-link').first()).toBeVisible()
  await context.close()
})

for (const locale of ['en', 'pl', 'ar'] as const) {
  test(`an opened meaning has no WCAG 2.2 AA violations (${locale})`, async ({ page }) => {
    await page.goto(`${locale === 'en' ? '' : `/${locale}`}${PAGE}`)
    await page.locator('button.lo-term').first().click()
    await expectNoAxeViolations(page)
  })
}
