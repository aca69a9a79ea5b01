import { expect, test } from '@playwright/test'

import { publishedServices } from '../support/cms'

test.describe('languages', () => {
  test('English is at the root with lang="en" and dir="ltr"', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  })

  test('Arabic pages are right to left', async ({ page }) => {
    await page.goto('/ar/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    // The layout really is mirrored: the heading starts at the right.
    const direction = await page.locator('h1').evaluate((el) => getComputedStyle(el).direction)
    expect(direction).toBe('rtl')
    const box = await page.locator('h1').boundingBox()
    const width = page.viewportSize()!.width
    expect(box!.x + box!.width).toBeGreaterThan(width / 2)
  })

  test('the language switcher keeps you on the same page', async ({ page }) => {
    await page.goto('/services/childrens-occupational-therapy/')
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Polski' })
      .click()
    await expect(page).toHaveURL(/\/pl\/services\/childrens-occupational-therapy\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl')
    await expect(page.locator('h1')).toHaveText('Terapia zajęciowa dla dzieci')
    await page
      .getByRole('navigation', { name: 'Język' })
      .getByRole('link', { name: 'العربية' })
      .click()
    await expect(page).toHaveURL(/\/ar\/services\/childrens-occupational-therapy\/$/)
  })

  test('untranslated listing text is shown in English, marked lang="en", with a translated notice', async ({
    page,
  }) => {
    const services = await publishedServices()
    const untranslated = services.find((s) => !s.name.pl)
    expect(untranslated, 'the demo has listings without a Polish translation').toBeDefined()
    await page.goto(`/pl/services/${untranslated!.slug}/`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl')
    const heading = page.locator('h1')
    await expect(heading).toHaveText(untranslated!.name.en!)
    await expect(heading).toHaveAttribute('lang', 'en')
    await expect(page.locator('.lo-untranslated')).toContainText(
      'nie zostały jeszcze przetłumaczone',
    )

    // On an Arabic page, English text is also marked left to right.
    await page.goto(`/ar/services/${untranslated!.slug}/`)
    await expect(page.locator('h1')).toHaveAttribute('lang', 'en')
    await expect(page.locator('h1')).toHaveAttribute('dir', 'ltr')
  })

  test('a translated listing has no fallback notice and no English-marked heading', async ({
    page,
  }) => {
    await page.goto('/pl/services/childrens-occupational-therapy/')
    await expect(page.locator('h1')).not.toHaveAttribute('lang', 'en')
    await expect(page.locator('.lo-untranslated')).toHaveCount(0)
  })

  test('canonical and hreflang links name every language version', async ({ page }) => {
    await page.goto('/pl/glossary/')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/pl\/glossary\/$/)
    const alternates: Array<[string, string]> = [
      ['en', '/glossary/'],
      ['pl', '/pl/glossary/'],
      ['ar', '/ar/glossary/'],
      ['x-default', '/glossary/'],
    ]
    for (const [lang, path] of alternates) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
        'href',
        new RegExp(`${path.replace(/\//g, '\\/')}$`),
      )
    }
  })
})
