import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../support/axe'
import { publishedServices } from '../support/cms'
import { cmsUrl } from '../support/ports'

/**
 * The officer's tools seen where they show (issue 12 item 7): a temporarily closed listing on the
 * public site, in every language, and the moderation queue as a compact list that opens one
 * submission at a time.
 */
const OFFICER = { email: 'officer@westbridge.example.gov.uk', password: 'local-offer-demo' }

const closedNotice = {
  en: 'Temporarily closed. It expects to reopen on',
  pl: 'Tymczasowo zamknięte. Planowane ponowne otwarcie:',
  ar: 'مغلقة مؤقتًا. من المتوقع أن تُفتح من جديد في',
} as const

async function wheelersPath(): Promise<string> {
  const services = await publishedServices()
  const wheelers = services.find((service) => service.name.en?.startsWith('Westbridge Wheelers'))
  expect(wheelers, 'the demo’s temporarily closed listing').toBeDefined()
  return `/services/${wheelers?.slug}/`
}

for (const locale of ['en', 'pl', 'ar'] as const) {
  for (const width of [375, 1280]) {
    test(`a temporarily closed listing says so, with its reopening day (${locale}, ${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 })
      const prefix = locale === 'en' ? '' : `/${locale}`
      await page.goto(`${prefix}${await wheelersPath()}`)
      const notice = page.locator('.lo-closed')
      await expect(notice).toContainText(closedNotice[locale])
      await expect(notice).toContainText('sports hall floor')
      await expectNoAxeViolations(page)
    })
  }
}

test('the closure shows in lists too, in words', async ({ page }) => {
  await page.goto('/categories/childcare-leisure/')
  const card = page.locator('.lo-card', { hasText: 'Westbridge Wheelers' })
  await expect(card).toContainText('Temporarily closed')
})

test('the moderation queue lists submissions one line each and opens one at a time', async ({
  page,
}) => {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(OFFICER),
  })
  expect(response.status).toBe(200)
  const { token } = (await response.json()) as { token: string }
  await page
    .context()
    .addCookies([{ name: 'payload-token', value: token, domain: '127.0.0.1', path: '/' }])
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(`${cmsUrl}/admin/moderation`)
  const table = page.locator('table.moderation-queue__list')
  const rows = table.locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  const total = await rows.count()
  expect(total).toBeGreaterThan(0)
  // No diff until one is opened.
  await expect(page.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0)

  // Filter by the first row's organisation: every row left is theirs.
  const organisation = (await rows.first().locator('td').first().textContent())?.trim() ?? ''
  const option = page.locator('#queue-organisation option', { hasText: `${organisation} (` })
  await page
    .getByLabel('Organisation')
    .selectOption((await option.first().getAttribute('value')) ?? '')
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(/organisation=/)
  for (const cell of await rows.locator('td:first-of-type').allTextContents())
    expect(cell.trim()).toBe(organisation)

  // Open one: its diff and the decision, and the way back keeps the filter.
  const name = (await rows.first().locator('th').textContent())?.trim() ?? ''
  await rows
    .first()
    .getByRole('link', { name: /Review/ })
    .click()
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Approve and publish' })).toHaveCount(1)
  await page.screenshot({ path: 'test-results/moderation-one.png', fullPage: false })
  await page.getByRole('link', { name: 'Back to the moderation queue' }).click()
  await expect(page).toHaveURL(/organisation=/)
  await expect(page).not.toHaveURL(/id=/)

  // Return it with a comment: back on the queue (filter kept), the decision is confirmed in
  // words and the listing is no longer waiting (it used to say only "no longer waiting").
  await rows
    .first()
    .getByRole('link', { name: /Review/ })
    .click()
  await page.getByLabel(/Comment for the provider/).fill('Please add your opening times.')
  await page.getByRole('button', { name: /^Return to provider/ }).click()
  await expect(page).toHaveURL(/done=returned/)
  await expect(page).toHaveURL(/organisation=/)
  await expect(page.getByRole('status').filter({ hasText: name })).toContainText(
    `‘${name}’ is returned to its provider with your comment.`,
  )
  await expect(table.locator('tbody th', { hasText: name })).toHaveCount(0)
})
