import { expect, test } from '@playwright/test'

import { publishedServices } from '../support/cms'

test.describe('a listing page', () => {
  test('shows the out-of-date notice when the review is overdue, and not otherwise', async ({
    page,
  }) => {
    const services = await publishedServices()
    // The CMS's review job marks listings overdue on their due date (the demo has six).
    const overdue = services.filter((s) => s.reviewStatus === 'overdue')
    const current = services.filter((s) => s.reviewStatus === 'current')
    expect(overdue.length).toBeGreaterThan(0)
    expect(current.length).toBeGreaterThan(0)

    await page.goto(`/services/${overdue[0]!.slug}/`)
    await expect(page.locator('.lo-overdue')).toContainText(
      'This information may be out of date: it was last checked on',
    )
    await page.goto(`/pl/services/${overdue[0]!.slug}/`)
    await expect(page.locator('.lo-overdue')).toContainText('mogą być nieaktualne')

    await page.goto(`/services/${current[0]!.slug}/`)
    await expect(page.locator('.lo-overdue')).toHaveCount(0)
  })

  test('shows the provider logo as a responsive WebP image with its size and alt text', async ({
    page,
  }) => {
    await page.goto('/services/childrens-occupational-therapy/')
    const img = page.locator('.lo-provider img')
    await expect(img).toHaveAttribute('src', /^\/_astro\/.+\.webp$/)
    await expect(img).toHaveAttribute('srcset', /\.webp 1x, .+\.webp 2x$/)
    await expect(img).toHaveAttribute('width', '72')
    await expect(img).toHaveAttribute('height', '72')
    await expect(img).toHaveAttribute('alt', /logo$/)
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0)
  })

  // With JavaScript an information page opens a term's meaning in place (informationPages.spec);
  // without it, and as the markup every reader starts from, the term is a link to the glossary.
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('links the first use of a glossary term to its definition, never inside another link', async ({
      page,
    }) => {
      await page.goto('/information/request-an-ehc-needs-assessment/')
      const termLinks = page.locator('main a.glossary-link')
      expect(await termLinks.count()).toBeGreaterThan(0)
      const hrefs = await Promise.all(
        (await termLinks.all()).map((link) => link.getAttribute('href')),
      )
      expect(new Set(hrefs).size).toBe(hrefs.length)
      expect(await page.locator('main a a').count()).toBe(0)
      const first = termLinks.first()
      const target = (await first.getAttribute('href'))!
      await first.click()
      await expect(page).toHaveURL(new RegExp(`${target.replace(/[/#]/g, '\\$&')}$`))
      await expect(page.locator(target.slice(target.indexOf('#')))).toBeVisible()
    })
  })
})
