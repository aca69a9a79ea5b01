import { expect, test, type Page } from '@playwright/test'

import { cmsUrl } from '../support/ports'

/**
 * The admin as officers and providers use it on a phone (WCAG 1.4.10): no page they work in
 * scrolls sideways at 375 or 320 CSS pixels. Measured at 375 px before the fix: the officer's
 * dashboard 402 px, a listing's edit page 499 px, invite a provider 509 px, the moderation
 * queue 529 px, the imported records to sort 401 px, the Account page 486 px, a submission's
 * changes 389 px. A provider's dashboard offers only what they can use: no Users or Council
 * settings.
 */
const PASSWORD = 'local-offer-demo'
const OFFICER = 'officer@westbridge.example.gov.uk'
const PROVIDER = 'sarah.khan@northbrookprimary.example.org.uk'

const USERS_LINK = 'a[href$="/admin/collections/users"]'
const COUNCIL_SETTINGS_LINK = 'a[href$="/admin/globals/council-settings"]'

async function signIn(page: Page, email: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(response.status, `signing in as ${email}`).toBe(200)
  const { token } = (await response.json()) as { token: string }
  await page
    .context()
    .addCookies([{ name: 'payload-token', value: token, domain: '127.0.0.1', path: '/' }])
  return token
}

async function firstId(token: string, collection: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/${collection}?limit=1&depth=0&sort=id`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
  const { docs } = (await response.json()) as { docs: Array<{ id: number | string }> }
  expect(docs.length, `at least one document in ${collection}`).toBeGreaterThan(0)
  return String(docs[0]!.id)
}

/** The admin pages every signed-in user can open, and the staff-only ones (a refusal for providers). */
const SHARED_PAGES = [
  '/admin',
  '/admin/collections/services',
  '/admin/collections/organisations',
  '/admin/account',
  '/admin/moderation',
  '/admin/invite-provider',
  '/admin/collections/import-sorting',
  '/admin/local-offer-gaps',
  '/admin/translations',
  '/admin/spreadsheets',
  '/admin/personal-data',
]

/** Visits each page at 375 and 320 px and lists those wider than the screen, and how wide. */
async function pagesScrollingSideways(page: Page, paths: string[]): Promise<string[]> {
  const failures: string[] = []
  for (const width of [375, 320]) {
    await page.setViewportSize({ width, height: 800 })
    failures.push(...(await pagesWiderThanScreen(page, paths)))
  }
  return failures
}

async function pagesWiderThanScreen(page: Page, paths: string[]): Promise<string[]> {
  const failures: string[] = []
  for (const adminPath of paths) {
    const response = await page.goto(`${cmsUrl}${adminPath}`, { waitUntil: 'networkidle' })
    expect(response?.status(), adminPath).toBeLessThan(500)
    await expect(page.locator('h1, .dashboard').first()).toBeVisible()
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }))
    if (widths.scroll > widths.viewport) {
      failures.push(`${adminPath} at ${widths.viewport} px: ${widths.scroll} px wide`)
    }
  }
  return failures
}

test('no admin page an officer works in scrolls sideways at 375 or 320 px', async ({ page }) => {
  test.setTimeout(5 * 60_000)
  const token = await signIn(page, OFFICER)
  const listing = await firstId(token, 'services')
  const organisation = await firstId(token, 'organisations')
  // Each submission the queue opens: its changes are the widest content an officer reads.
  await page.goto(`${cmsUrl}/admin/moderation`)
  const submissions = await page
    .locator('table.moderation-queue__list a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  expect(submissions.length, 'the demo has submissions waiting').toBeGreaterThan(0)
  const failures = await pagesScrollingSideways(page, [
    ...SHARED_PAGES,
    `/admin/collections/services/${listing}`,
    `/admin/collections/organisations/${organisation}`,
    ...submissions.map((href) => new URL(href, cmsUrl).pathname + new URL(href, cmsUrl).search),
  ])
  expect(failures, 'pages wider than the screen').toEqual([])
})

test('no admin page a provider works in scrolls sideways at 375 or 320 px', async ({ page }) => {
  test.setTimeout(5 * 60_000)
  await signIn(page, PROVIDER)
  // Their own listing, from their dashboard's to-do list (not just any listing they may read).
  await page.goto(`${cmsUrl}/admin`)
  const ownListing = page.locator('.provider-dashboard__table th a').first()
  await expect(ownListing).toBeVisible()
  const listingPath = new URL((await ownListing.getAttribute('href')) ?? '', cmsUrl).pathname
  const failures = await pagesScrollingSideways(page, [...SHARED_PAGES, listingPath])
  expect(failures, 'pages wider than the screen').toEqual([])
})

test('a provider’s dashboard offers no Users or Council settings; an officer’s does', async ({
  page,
}) => {
  await signIn(page, PROVIDER)
  await page.goto(`${cmsUrl}/admin`, { waitUntil: 'networkidle' })
  await expect(page.locator('.provider-dashboard')).toBeVisible()
  // What they can use is still there: their listings, their organisation, their account.
  await expect(page.locator('a[href$="/admin/collections/services"]').first()).toBeAttached()
  await expect(page.locator('a[href$="/admin/collections/organisations"]').first()).toBeAttached()
  await expect(page.locator(USERS_LINK)).toHaveCount(0)
  await expect(page.locator(COUNCIL_SETTINGS_LINK)).toHaveCount(0)
  await page.goto(`${cmsUrl}/admin/account`)
  await expect(page.locator('h1')).toContainText(PROVIDER)

  await page.context().clearCookies()
  await signIn(page, OFFICER)
  await page.goto(`${cmsUrl}/admin`, { waitUntil: 'networkidle' })
  await expect(page.locator(USERS_LINK).first()).toBeAttached()
  await expect(page.locator(COUNCIL_SETTINGS_LINK).first()).toBeAttached()
})
