/**
 * The EHC timeline and the growing-up journey (issue 15, items 1 and 2), as families and young
 * people use them: every state without WCAG 2.2 AA violations in three languages at phone and
 * desktop widths, the timeline by keyboard, without JavaScript, in print, and without sending
 * anything anywhere.
 */
import AxeBuilder from '@axe-core/playwright'
import { localeCodes } from '@local-offer/shared'
import { expect, test, type Page } from '@playwright/test'

import { tabTo } from '../support/keyboard'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']
const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`)
const WIDTHS = [375, 1280]

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
  expect(results.passes.length).toBeGreaterThan(10)
}

/** Sets a date field the way the page's script reads it (the field's own value, yyyy-mm-dd). */
async function enterDate(page: Page, name: string, value: string) {
  await page.locator(`input[name="${name}"]`).fill(value)
}

async function openOptionalDates(page: Page) {
  const details = page.locator('.lo-timeline__optional')
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open)))
    await details.locator('summary').click()
}

test.describe('the EHC timeline and the growing-up journey have no WCAG 2.2 AA violations', () => {
  for (const width of WIDTHS) {
    for (const locale of localeCodes) {
      test(`${locale} at ${width}px: timeline, empty, filled in and with a mistake`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 })
        const response = await page.goto(`${prefix(locale)}/ehc-timeline/`)
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr')
        await expect(page.locator('input[name="requestDate"]')).toBeVisible()
        await expectNoViolations(page)

        await enterDate(page, 'requestDate', '2026-01-12')
        await openOptionalDates(page)
        await enterDate(page, 'draftPlanDate', '2026-04-20')
        await enterDate(page, 'decisionDate', '2026-02-20')
        await enterDate(page, 'mediationCertificateDate', '2026-04-01')
        await expect(page.locator('[data-step="appeal"]')).toBeVisible()
        await expect(page.locator('.lo-timeline__passed').first()).toBeVisible()
        await expectNoViolations(page)

        await enterDate(page, 'draftPlanDate', '2025-12-01')
        await expect(page.locator('.lo-error-message')).toBeVisible()
        await expectNoViolations(page)
      })

      test(`${locale} at ${width}px: growing up from 14 to 25`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 })
        const response = await page.goto(`${prefix(locale)}/preparing-for-adulthood/`)
        expect(response?.status()).toBe(200)
        await expectNoViolations(page)
      })
    }
  }
})

test.describe('the EHC timeline', () => {
  test.use({ locale: 'en-GB', timezoneId: 'Europe/London' })

  test('is linked from the guidance on asking for an assessment and from the home page', async ({
    page,
  }) => {
    await page.goto('/information/request-an-ehc-needs-assessment/')
    await page.getByRole('link', { name: 'Work out your dates' }).click()
    await expect(page).toHaveURL(/\/ehc-timeline\/$/)
    await page.goto('/')
    await page.getByRole('link', { name: 'Work out your EHC needs assessment dates' }).click()
    await expect(page).toHaveURL(/\/ehc-timeline\/$/)
  })

  test('can be used with the keyboard alone', async ({ page }) => {
    await page.goto('/ehc-timeline/')
    const request = page.getByLabel('Date the council received your request')
    await tabTo(page, request)
    // Chromium's date field takes the day, month and year as typed digits, in the order of its
    // own interface language (dd/mm or mm/dd): 1 January and 2 February read the same either way.
    await page.keyboard.type('01012026')
    await expect(page.locator('[data-step="finalPlan"]')).toContainText(/21 May 2026/)

    const summary = page.locator('.lo-timeline__optional summary')
    await tabTo(page, summary)
    await page.keyboard.press('Enter')
    await tabTo(page, page.getByLabel('Date you received the draft plan'))
    await page.keyboard.type('02022026')
    await expect(page.locator('[data-step="draftPlanComments"]')).toContainText(/16 February 2026/)

    await tabTo(page, page.getByRole('button', { name: 'Print these dates' }))
    const passedLink = page.locator('[data-step="decisionToAssess"] .lo-timeline__passed a')
    await expect(passedLink).toBeVisible()
    await passedLink.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#if-a-date-passes$/)
  })

  test('sends nothing anywhere once the page has loaded', async ({ page }) => {
    await page.goto('/ehc-timeline/')
    await page.waitForLoadState('networkidle')
    const requests: string[] = []
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`))
    await enterDate(page, 'requestDate', '2026-01-12')
    await openOptionalDates(page)
    await enterDate(page, 'decisionDate', '2026-02-20')
    await enterDate(page, 'draftPlanDate', '2026-04-20')
    await enterDate(page, 'mediationCertificateDate', '2026-04-01')
    await page.locator('input[name="requestDate"]').press('Enter')
    await expect(page.locator('[data-step="appeal"]')).toBeVisible()
    await page.waitForTimeout(500)
    expect(requests).toEqual([])
    expect(
      await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
    ).toEqual([0, 0, ''])
    // The typed dates never reach the address bar either.
    expect(page.url()).not.toContain('2026')
  })

  test('prints the dates without the site navigation or the print button', async ({ page }) => {
    await page.goto('/ehc-timeline/')
    await enterDate(page, 'requestDate', '2026-01-12')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('[data-step="finalPlan"]')).toBeVisible()
    await expect(page.locator('.lo-nav')).toBeHidden()
    await expect(page.getByRole('button', { name: 'Print these dates' })).toBeHidden()
  })

  test('its script is loaded by no other page', async ({ page }) => {
    const islandScripts = async (path: string) => {
      await page.goto(path)
      return page.locator('astro-island[component-url*="EhcTimeline"]').count()
    }
    expect(await islandScripts('/ehc-timeline/')).toBe(1)
    expect(await islandScripts('/information/request-an-ehc-needs-assessment/')).toBe(0)
    expect(await islandScripts('/services/childrens-occupational-therapy/')).toBe(0)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the timeline shows the same steps counted in weeks, and no date fields', async ({
    page,
  }) => {
    await page.goto('/ehc-timeline/')
    const steps = page.locator('.lo-timeline__step')
    await expect(steps).toHaveCount(5)
    await expect(steps.nth(0)).toContainText('6 weeks after the council receives your request')
    await expect(steps.nth(1)).toContainText('16 weeks after the council receives your request')
    await expect(steps.nth(2)).toContainText('At least 15 days')
    await expect(steps.nth(3)).toContainText('20 weeks after the council receives your request')
    await expect(steps.nth(4)).toContainText('2 months after the decision letter')
    await expect(page.locator('input[type="date"]')).toHaveCount(0)
    await expect(page.locator('.lo-timeline__no-script')).toContainText('turn on JavaScript')
  })

  test('the Polish and Arabic timelines count in their own words', async ({ page }) => {
    await page.goto('/pl/ehc-timeline/')
    await expect(page.locator('.lo-timeline__step').first()).toContainText('6 tygodni')
    await page.goto('/ar/ehc-timeline/')
    await expect(page.locator('.lo-timeline__step').nth(3)).toContainText('20 أسبوعًا')
  })
})

test.describe('the timeline as served, before its script runs', () => {
  // axe needs JavaScript in the page, so the no-JavaScript markup is checked with JavaScript on
  // and the site's own scripts refused: the island stays as the server rendered it.
  for (const locale of localeCodes) {
    test(`${locale}: the steps in weeks have no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.route('**/_astro/**/*.js', (route) => route.abort())
      await page.goto(`${prefix(locale)}/ehc-timeline/`)
      await expect(page.locator('.lo-timeline__no-script')).toBeVisible()
      await expect(page.locator('input[type="date"]')).toHaveCount(0)
      await expectNoViolations(page)
    })
  }
})

test.describe('growing up from 14 to 25', () => {
  test('goes from the Year 9 review to 25, each step with the listings its rule chooses', async ({
    page,
  }) => {
    await page.goto('/preparing-for-adulthood/')
    const steps = page.locator('.lo-adulthood > li')
    await expect(steps).toHaveCount(7)
    await expect(steps.first()).toContainText('Ages 13 to 14')
    await expect(steps.last()).toContainText('Ages 19 to 25')
    // Every step has at least one listing or says where to get help instead.
    for (const step of await steps.all()) {
      const cards = await step.locator('.lo-card').count()
      if (cards === 0) await expect(step).toContainText('SENDIASS')
    }
    // Post-16 lists colleges; the work step lists supported internships.
    const post16 = page.locator('#post-16')
    await expect(post16.locator('.lo-card').first()).toBeVisible()
    const links = await page
      .locator('.lo-adulthood a')
      .evaluateAll((anchors) => [...new Set(anchors.map((a) => a.getAttribute('href')!))])
    expect(links.length).toBeGreaterThan(10)
    for (const href of links) {
      const response = await page.request.get(href)
      expect(response.status(), href).toBe(200)
    }
  })

  test('is linked from the preparing-for-adulthood guidance page', async ({ page }) => {
    await page.goto('/information/preparing-for-adulthood/')
    await page.getByRole('link', { name: 'See the steps from age 14 to 25' }).click()
    await expect(page).toHaveURL(/\/preparing-for-adulthood\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })
})
