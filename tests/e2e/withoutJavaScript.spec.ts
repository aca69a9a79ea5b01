import { expect, test } from '@playwright/test'

test.use({ javaScriptEnabled: false })

test.describe('without JavaScript', () => {
  test('a family can find every listing through the categories', async ({ page }) => {
    await page.goto('/')
    const categoryLinks = page.locator('.lo-category h3 a')
    await expect(categoryLinks).toHaveCount(10)
    let total = 0
    for (const href of await categoryLinks.evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')),
    )) {
      await page.goto(href!)
      total += await page.locator('.lo-cards .lo-card').count()
    }
    await page.goto('/a-z/')
    await expect(page.locator('.lo-cards .lo-card')).toHaveCount(total)
    expect(total).toBeGreaterThan(50)
  })

  test('a listing page is complete and its contact links work', async ({ page }) => {
    await page.goto('/services/childrens-occupational-therapy/')
    await expect(page.locator('h1')).toHaveText('Children’s occupational therapy')
    await expect(page.getByRole('heading', { name: 'Contact' })).toBeVisible()
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible()
  })

  test('the search page says how to find things without JavaScript', async ({ page }) => {
    await page.goto('/search/?q=therapy')
    await expect(page.locator('.lo-search__results .lo-inset-text')).toContainText('A to Z')
    await expect(page.getByRole('link', { name: 'A to Z of services' }).last()).toBeVisible()
  })
})
