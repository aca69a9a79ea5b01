import { createHash } from 'node:crypto'

import { expect, test, type Page } from '@playwright/test'

import {
  allowedInlineScriptHashes,
  serveStatic,
  siteSecurityHeaders,
  type StaticServer,
} from '@local-offer/scripts/site'

import { cmsUrl, e2ePorts } from '../support/ports'
import { filterBox, resultTitles, searchReady } from '../support/search'

/**
 * Issue 16, item 6: the public site still works under the security headers its host sends
 * (scripts/src/site/securityHeaders.ts, the nginx snippet in docs/production.md): search, the
 * map, the shortlist and the comment form; and the CMS sends its own. Any Content-Security-Policy violation in the console fails the test.
 */
const siteUrl = `http://127.0.0.1:${e2ePorts.withHeaders}`
// The CMS (configured for the first site server) redirects a comment back to that server.
const headers = siteSecurityHeaders({
  cmsOrigin: new URL(cmsUrl).origin,
  extraFormActionOrigins: [`http://127.0.0.1:${e2ePorts.site}`],
})

let server: StaticServer

test.beforeAll(async () => {
  const dir = process.env.E2E_SITE_DIR
  if (!dir) throw new Error('E2E_SITE_DIR is not set: run through the Playwright global setup')
  server = await serveStatic(dir, e2ePorts.withHeaders, { headers })
})
test.afterAll(async () => server?.close())

/** Console messages and page errors that report a CSP violation. */
function watchViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) {
      violations.push(message.text())
    }
  })
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message)
  })
  return violations
}

/** SHA-256 hashes of the inline scripts in the page that the policy does not allow. */
async function unlistedInlineScripts(page: Page): Promise<string[]> {
  const sources = await page.$$eval('script:not([src])', (scripts) =>
    scripts
      .map((s) => ({ type: s.getAttribute('type') ?? '', text: s.textContent ?? '' }))
      .filter((s) => s.type === '' || s.type === 'module' || s.type === 'text/javascript')
      .map((s) => s.text),
  )
  return sources
    .map((source) => `sha256-${createHash('sha256').update(source).digest('base64')}`)
    .filter((hash) => !allowedInlineScriptHashes.includes(hash))
}

test('the site sends the documented headers', async ({ request }) => {
  const response = await request.get(`${siteUrl}/`)
  for (const [name, value] of Object.entries(headers)) {
    expect(response.headers()[name.toLowerCase()]).toBe(value)
  }
})

test('search works under the policy: a query, its results and a filter', async ({ page }) => {
  const violations = watchViolations(page)
  await page.goto(`${siteUrl}/search/?q=wheelchair+basketball`, { waitUntil: 'networkidle' })
  // Named first, so a failure says which inline script or resource the policy blocked.
  expect(await unlistedInlineScripts(page)).toEqual([])
  expect(violations).toEqual([])
  await expect(resultTitles(page).first()).toContainText('Westbridge Wheelers')
  await page.goto(`${siteUrl}/search/`)
  await searchReady(page)
  await filterBox(page, 'Short breaks').check()
  await expect(resultTitles(page).first()).toBeVisible()
  expect(await unlistedInlineScripts(page)).toEqual([])
  expect(violations).toEqual([])
})

test('the map works under the policy: its markers, a popup and the link to a listing', async ({
  page,
}) => {
  const violations = watchViolations(page)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${siteUrl}/search/?near=WB1+8HN&within=3`)
  await expect(resultTitles(page).first()).toBeVisible()
  await page.getByRole('button', { name: 'Show results on a map' }).click()
  await expect(page.getByRole('region', { name: 'Map of the results' })).toBeVisible()
  await expect(page.locator('.lo-map__canvas .leaflet-marker-icon').first()).toBeVisible()
  const marker = page.getByRole('button', { name: /Westbridge Wheelers/ }).first()
  await marker.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.leaflet-popup a', { hasText: 'Westbridge Wheelers' })).toBeVisible()
  expect(await unlistedInlineScripts(page)).toEqual([])
  expect(violations).toEqual([])
  expect(errors).toEqual([])
})

test('the shortlist works under the policy: save a listing, then see it at /shortlist/', async ({
  page,
}) => {
  const violations = watchViolations(page)
  await page.goto(`${siteUrl}/services/northbrook-primary-school/`)
  await page.getByRole('button', { name: 'Save to shortlist' }).click()
  await expect(page.getByRole('status')).toHaveText('Saved to your shortlist.')
  await page.getByRole('link', { name: 'View your shortlist' }).click()
  await expect(page).toHaveURL(/\/shortlist\/$/)
  await expect(page.locator('.lo-shortlist__item')).toHaveCount(1)
  await expect(page.locator('.lo-shortlist__item h2').first()).toContainText('Northbrook')
  expect(await unlistedInlineScripts(page)).toEqual([])
  expect(violations).toEqual([])
})

test('the comment form posts to the CMS under the policy', async ({ page }) => {
  const violations = watchViolations(page)
  await page.goto(`${siteUrl}/feedback/`)
  await page
    .getByRole('textbox', { name: 'Your comment' })
    .fill(`The search page helped us find a holiday club. marker-${Date.now()}`)
  await page.getByLabel('A parent or carer').check()
  await page.getByLabel('Transport').check()
  await page.getByRole('button', { name: 'Send your comment' }).click()
  await expect(page).toHaveURL(/\/feedback\/thank-you\/$/)
  expect(await unlistedInlineScripts(page)).toEqual([])
  expect(violations).toEqual([])
  // The error page's script (which shows only the reasons named in the address) runs too.
  await page.goto(`${siteUrl}/feedback/error/?reason=missing-comment`, { waitUntil: 'networkidle' })
  expect(await unlistedInlineScripts(page)).toEqual([])
  expect(violations).toEqual([])
})

test('the CMS sends its security headers on the admin and the API', async ({ request }) => {
  for (const path of ['/admin/login', '/api/services?limit=1']) {
    const response = await request.get(`${cmsUrl}${path}`)
    const sent = response.headers()
    expect(sent['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(sent['x-content-type-options'], path).toBe('nosniff')
    expect(sent['x-frame-options'], path).toBe('DENY')
    expect(sent['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
  }
})
