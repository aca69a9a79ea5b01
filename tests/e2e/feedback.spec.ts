import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../support/axe'
import { cms } from '../support/cms'

/** Signs the demo officer in; the shared client throws, naming the status, unless the CMS answers OK. */
async function officerToken(): Promise<string> {
  return cms.login({
    email: 'officer@westbridge.example.gov.uk',
    password: 'local-offer-demo',
  })
}

async function storedCommentsContaining(marker: string): Promise<Array<Record<string, unknown>>> {
  const token = await officerToken()
  const { docs } = await cms.withToken(token).find('comments', {
    where: { comment: { contains: marker } },
    depth: 0,
  })
  return docs
}

test.describe('Tell us what you think', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('a parent sends a comment and sees the thank-you page; it is stored, anonymised', async ({
      page,
    }) => {
      const marker = `marker-${Date.now()}`
      await page.goto('/feedback/')
      await page
        .getByRole('textbox', { name: 'Your comment' })
        .fill(
          `The transport page did not say how to appeal a refusal. Call me on 07700 900123. ${marker}`,
        )
      await page.getByLabel('A parent or carer').check()
      await page.getByLabel('Transport').check()
      await page.getByRole('button', { name: 'Send your comment' }).click()
      await expect(page).toHaveURL(/\/feedback\/thank-you\/$/)
      await expect(page.locator('h1')).toHaveText('Thank you for your comment')

      const stored = await storedCommentsContaining(marker)
      expect(stored).toHaveLength(1)
      expect(stored[0]!.respondent).toBe('parent-carer')
      expect(stored[0]!.topic).toBe('transport')
      expect(String(stored[0]!.anonymisedText)).not.toContain('07700 900123')
    })

    test('a comment that is too short comes back with what to fix', async ({ page }) => {
      await page.goto('/pl/feedback/')
      await page.locator('#comment').fill('Za mało')
      await page.locator('button[type="submit"]').click()
      await expect(page).toHaveURL(/\/pl\/feedback\/error\/\?reason=comment-too-short$/)
      await expect(page.locator('html')).toHaveAttribute('lang', 'pl')
      await expect(page.locator('h1')).toBeVisible()
    })
  })

  test('with JavaScript the error page shows only the problem the CMS named', async ({ page }) => {
    await page.goto('/feedback/error/?reason=comment-too-long')
    await expect(page.locator('#reasons li:visible')).toHaveCount(1)
    await expect(page.locator('#reasons li:visible')).toContainText('3000 characters or fewer')
  })

  test('the Polish form sends the comment in Polish and returns to the Polish thank-you page', async ({
    page,
  }) => {
    const marker = `pl-${Date.now()}`
    await page.goto('/pl/feedback/')
    await page
      .locator('#comment')
      .fill(`Strona o krótkich przerwach jest bardzo pomocna. ${marker}`)
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/pl\/feedback\/thank-you\/$/)
    const stored = await storedCommentsContaining(marker)
    expect(stored).toHaveLength(1)
    expect(stored[0]!.locale).toBe('pl')
  })
})

test.describe('You said, we did', () => {
  test('lists the published years and shows a year with themes, responses and progress', async ({
    page,
  }) => {
    await page.goto('/you-said-we-did/')
    await page.getByRole('link', { name: /2025-26/ }).click()
    await expect(page).toHaveURL(/\/you-said-we-did\/2025-26\/$/)
    const themes = page.locator('.lo-theme')
    expect(await themes.count()).toBeGreaterThanOrEqual(5)
    await expect(themes.first().getByRole('heading', { name: 'You said' })).toBeVisible()
    await expect(themes.first().getByRole('heading', { name: 'Our response' })).toBeVisible()
    await expect(themes.first().locator('.lo-theme__status')).toContainText(
      /Planned|In progress|Done/,
    )
    // Quotes are anonymised: no email address or UK phone number reaches the page.
    const text = await page.locator('main').innerText()
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/)
    expect(text).not.toMatch(/\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/)
  })

  test('the Arabic report is right to left', async ({ page }) => {
    await page.goto('/ar/you-said-we-did/2025-26/')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('.lo-theme').first()).toBeVisible()
  })

  // Issue 15 item 5: the gaps counts, frozen in the report when the seed saved it.
  for (const [locale, heading, rowsName] of [
    ['en', 'The Local Offer in numbers', 'Category'],
    ['pl', 'Local Offer w liczbach', 'Kategoria'],
    ['ar', 'العرض المحلي بالأرقام', 'الفئة'],
  ] as const) {
    test(`shows the Local Offer in numbers as a chart and a table (${locale})`, async ({
      page,
    }) => {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 })
        await page.goto(`${locale === 'en' ? '' : `/${locale}`}/you-said-we-did/2025-26/`)
        const section = page.getByRole('region', { name: heading })
        await expect(section).toBeVisible()
        // The chart is one image named for what it shows, pointing to the table; the table
        // has a caption, column and row headers and the same numbers as the chart's bars.
        const chart = section.getByRole('img')
        await expect(chart).toHaveCount(1)
        const table = section.getByRole('table')
        const caption = (await table.locator('caption').innerText()).trim()
        const title = caption.replace(/: [^:]+$/, '')
        await expect(chart).toHaveAccessibleName(new RegExp(title.replace(/[()]/g, '.')))
        // The corner names the rows' dimension, in the page's language.
        await expect(table.getByRole('columnheader').first()).toHaveText(rowsName)
        expect(await table.getByRole('rowheader').count()).toBe(10)
        const tableNumbers = await table.locator('td').allInnerTexts()
        const barNumbers = await chart
          .locator('text[font-weight="bold"]:not([font-size])')
          .allTextContents()
        expect(barNumbers).toEqual(tableNumbers)
        expect(tableNumbers.some((n) => n !== '0')).toBe(true)
        await expect(page.locator('main script')).toHaveCount(0)
        // Nothing scrolls sideways, on a phone or a laptop.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        )
        if (locale === 'ar') await expect(chart).toHaveAttribute('direction', 'rtl')
        await expectNoAxeViolations(page)
      }
    })
  }
})
