import { readFile } from 'node:fs/promises'

import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

import { WCAG_TAGS } from '../support/axe'
import { tabTo } from '../support/keyboard'
import { cmsUrl } from '../support/ports'

/**
 * Listings in spreadsheets (issue 12 item 8), as an officer uses it in the admin: export, change
 * one listing's summary in the file, import it, read the preview, confirm with the keyboard, and
 * find the change waiting in the moderation queue. A provider is shown the page is not theirs.
 */
const OFFICER = { email: 'officer@westbridge.example.gov.uk', password: 'local-offer-demo' }
const PROVIDER = {
  email: 'sarah.khan@northbrookprimary.example.org.uk',
  password: 'local-offer-demo',
}

async function signIn(page: Page, account: typeof OFFICER): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  })
  expect(response.status, `sign-in as ${account.email}`).toBe(200)
  const { token } = (await response.json()) as { token: string }
  await page
    .context()
    .addCookies([{ name: 'payload-token', value: token, domain: '127.0.0.1', path: '/' }])
  return token
}

/** Our view only: Payload's own admin chrome is not this feature's to fix. */
async function expectViewAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('.listing-spreadsheets')
    .withTags(WCAG_TAGS)
    .analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

const navLink = (page: Page) => page.locator('a.nav__link[href$="/admin/spreadsheets"]')

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  )

interface Listing {
  id: number
  name: string
  summary: string
  moderation: string
  _status: string
}

test('an officer exports listings, imports one change and finds it in the moderation queue', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const token = await signIn(page, OFFICER)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(`${cmsUrl}/admin/spreadsheets`)
  await expect(page.getByRole('heading', { name: 'Listings in spreadsheets' })).toBeVisible()
  // The staff nav link is in the admin navigation (which may start folded away).
  await expect(navLink(page)).toHaveCount(1)
  await expectViewAccessible(page)

  // Export with the keyboard: the download link is reached by Tab and followed with Enter.
  const exportLink = page.getByRole('link', { name: 'Download listings (CSV)' })
  await tabTo(page, exportLink, 120)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ])
  const exported = await readFile((await download.path()) as string, 'utf8')

  // One listing's summary, changed in the file as an officer would in a spreadsheet.
  const listings = (await (
    await fetch(`${cmsUrl}/api/services?draft=true&depth=0&limit=200&locale=en`, {
      headers: { Authorization: `JWT ${token}` },
    })
  ).json()) as { docs: Listing[] }
  const listing = listings.docs.find(
    (l) =>
      l._status === 'published' &&
      l.moderation !== 'submitted' &&
      !l.summary.includes('"') &&
      exported.split(l.summary).length === 2,
  )
  expect(listing, 'a listing whose summary appears once in the export').toBeDefined()
  const { name, summary } = listing as Listing
  const edited = exported.replace(summary, `${summary} Saturday sessions too.`)

  await page.getByLabel('CSV file').setInputFiles({
    name: 'listings.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(edited),
  })
  await tabTo(page, page.getByRole('button', { name: 'Check the file' }))
  await page.keyboard.press('Enter')
  const heading = page.getByRole('heading', { name: 'What importing this file would do' })
  await expect(heading).toBeFocused()
  const changedRow = page.getByRole('row').filter({ hasText: name })
  await expect(changedRow).toContainText('Changed')
  await expect(changedRow).toContainText('Changes: Summary')
  await expect(
    page.getByText(/^Checked listings\.csv: 0 new, 1 changed, \d+ unchanged, 0 rejected/),
  ).toBeVisible()
  await expectViewAccessible(page)
  await page.setViewportSize({ width: 375, height: 800 })
  await noSidewaysScroll(page)
  await expectViewAccessible(page)
  await page.setViewportSize({ width: 1280, height: 900 })

  const importButton = page.getByRole('button', { name: 'Import 1 listing for review' })
  await tabTo(page, importButton)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'What was imported' })).toBeFocused()

  // Waiting for review, not live.
  await page.getByRole('link', { name: 'Open the moderation queue' }).click()
  // The queue lists submissions one line each; the officer opens this one.
  await page
    .getByRole('row')
    .filter({ hasText: name })
    .getByRole('link', { name: /^Review/ })
    .click()
  const submission = page.getByRole('region', { name })
  await expect(submission).toContainText('Saturday sessions too.')
  const live = (await (
    await fetch(`${cmsUrl}/api/services/${listing?.id}?depth=0&locale=en`)
  ).json()) as Listing
  expect(live.summary).toBe(summary)
})

test('a provider is told the spreadsheets page is for LA officers, and has no link to it', async ({
  page,
}) => {
  await signIn(page, PROVIDER)
  await page.goto(`${cmsUrl}/admin/spreadsheets`)
  await expect(
    page.getByText('Only LA officers and administrators can use this page.'),
  ).toBeVisible()
  await expect(navLink(page)).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Download listings (CSV)' })).toHaveCount(0)
})
