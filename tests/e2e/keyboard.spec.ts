import { expect, test } from '@playwright/test'

import { tabTo } from '../support/keyboard'
import { filterBox, searchReady } from '../support/search'

test('keyboard only: home → search → filter → listing → contact link', async ({ page }) => {
  await page.goto('/')
  // The skip link is the first thing a keyboard user reaches.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()

  const searchBox = page.getByRole('searchbox', { name: 'Search for a service or advice' })
  await tabTo(page, searchBox)
  await page.keyboard.type('therapy')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\/\?q=therapy$/)
  await searchReady(page)
  const results = page.locator('.lo-search__results .lo-card__title a')
  await expect(results.first()).toBeVisible()

  const filter = filterBox(page, '0 to 5 years')
  await tabTo(page, filter)
  await page.keyboard.press('Space')
  await expect(filter).toBeChecked()
  await expect(page).toHaveURL(/age=0-5/)

  const listing = results.filter({ hasText: 'occupational therapy' })
  await expect(listing).toHaveCount(1)
  await tabTo(page, listing)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/services\/childrens-occupational-therapy\/$/)
  await expect(page.locator('h1')).toContainText('occupational therapy')

  const contact = page.locator('a[href^="tel:"]').first()
  await tabTo(page, contact)
  // Focus is visible: GOV.UK's yellow focus background.
  const background = await contact.evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(background).toBe('rgb(255, 221, 0)')
})
