import { expect, test } from '@playwright/test'

import { filterBox, filterCount, resultCount, resultTitles, searchReady } from '../support/search'

test.describe('search', () => {
  test('finds a listing by what it does, in English', async ({ page }) => {
    await page.goto('/search/?q=wheelchair+basketball')
    await expect(resultTitles(page).first()).toContainText('Westbridge Wheelers')
    await expect(page.locator('.lo-search__status h2')).toContainText('for “wheelchair basketball”')
  })

  test('a filter combination narrows to the matching listing, and the filters are in the URL', async ({
    page,
  }) => {
    await page.goto('/search/')
    await searchReady(page)
    await filterBox(page, 'Short breaks').check()
    await filterBox(page, 'There is a charge').check()
    await filterBox(page, 'Outside the area').check()
    await expect(resultTitles(page)).toHaveCount(1)
    await expect(resultTitles(page).first()).toContainText('Hollow Beck')
    expect(new URL(page.url()).searchParams.getAll('category')).toEqual(['short-breaks'])
    expect(new URL(page.url()).searchParams.getAll('cost')).toEqual(['charged'])
    expect(new URL(page.url()).searchParams.getAll('locality')).toEqual(['out-of-area'])

    // The back button undoes the last filter.
    await page.goBack()
    await expect(filterBox(page, 'Outside the area')).not.toBeChecked()
    await expect(resultTitles(page).first()).toBeVisible()
    expect(await resultTitles(page).count()).toBeGreaterThan(1)
  })

  test('the counts in a chosen group say how many results each further choice adds', async ({
    page,
  }) => {
    await page.goto('/search/')
    await searchReady(page)
    await filterBox(page, 'Short breaks').check()
    await expect(resultTitles(page).first()).toBeVisible()
    const shortBreaks = await resultCount(page)
    // Other categories are alternatives, so they are counted as if chosen, not as 0.
    expect(await filterCount(page, 'Short breaks')).toBe(shortBreaks)
    const health = await filterCount(page, 'Health')
    expect(health).toBeGreaterThan(0)
    await filterBox(page, 'Health').check()
    await expect.poll(() => resultCount(page)).toBe(shortBreaks + health)
  })

  test('shows five results, ten more at a time, and "Show more results" continues from the first new one', async ({
    page,
  }) => {
    await page.goto('/search/?age=5-11')
    await expect(resultTitles(page)).toHaveCount(5)
    const total = await resultCount(page)
    expect(total).toBeGreaterThan(5)
    await page.getByRole('button', { name: 'Show more results' }).click()
    await expect(resultTitles(page)).toHaveCount(Math.min(total, 15))
    await expect(resultTitles(page).nth(5)).toBeFocused()
  })

  test('a shared search URL restores the query and filters', async ({ page }) => {
    await page.goto('/search/?q=therapy&category=health&age=0-5')
    await expect(
      page.getByRole('searchbox', { name: 'Search for a service or advice' }),
    ).toHaveValue('therapy')
    await expect(filterBox(page, 'Health')).toBeChecked()
    await expect(filterBox(page, '0 to 5 years')).toBeChecked()
    await expect(resultTitles(page).filter({ hasText: 'occupational therapy' })).toHaveCount(1)
    // Results show the summary, category and ages.
    const card = page
      .locator('.lo-search__results .lo-card')
      .filter({ hasText: 'occupational therapy' })
    await expect(card.locator('.lo-card__summary')).not.toBeEmpty()
    await expect(card.locator('.lo-card__meta')).toContainText('Health')
    await expect(card.locator('.lo-card__meta')).toContainText('Ages 0 to 19')
  })

  test('finds a listing by a Polish word on the Polish site', async ({ page }) => {
    await page.goto('/pl/search/?q=p%C5%82ywania')
    await expect(resultTitles(page).first()).toContainText('lekcje pływania')
    await expect(resultTitles(page).first()).toHaveAttribute('href', /^\/pl\/services\//)
  })

  test('marks a listing not yet translated as English in the Polish results', async ({ page }) => {
    await page.goto('/pl/search/?q=mowy')
    // Translated: in the page's own language, nothing added.
    const translated = page
      .locator('.lo-search__results .lo-card')
      .filter({ hasText: 'konsultacje logopedyczne' })
    await expect(translated.locator('.lo-card__title')).not.toHaveAttribute('lang')
    await expect(translated.locator('.lo-card__summary')).not.toHaveAttribute('lang')
    // Not translated: its English name and summary say they are English (WCAG 3.1.2).
    const english = page
      .locator('.lo-search__results .lo-card')
      .filter({ hasText: 'Speech and language therapy for school-age children' })
    await expect(english.locator('.lo-card__title')).toHaveAttribute('lang', 'en')
    await expect(english.locator('.lo-card__summary')).toHaveAttribute('lang', 'en')
  })

  test('filters on the Polish site, with Polish labels', async ({ page }) => {
    await page.goto('/pl/search/')
    await searchReady(page)
    await filterBox(page, 'Zdrowie').check()
    await filterBox(page, '0–5 lat').check()
    await filterBox(page, 'Northbrook').check()
    await expect(resultTitles(page).filter({ hasText: 'konsultacje logopedyczne' })).toHaveCount(1)
    for (const href of await resultTitles(page).evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')),
    )) {
      expect(href).toMatch(/^\/pl\/services\//)
    }
  })
})
