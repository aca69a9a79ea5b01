import type { Locator, Page } from '@playwright/test'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A search filter checkbox by its label; the label may end with the result count, "Health (9)". */
export function filterBox(page: Page, label: string): Locator {
  return page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)}( \\(\\d+\\))?$`) })
}

export const resultTitles = (page: Page): Locator =>
  page.locator('.lo-search__results .lo-card__title a')

/** Waits until the search island has taken over the page (its no-JavaScript note is gone). */
export async function searchReady(page: Page): Promise<void> {
  await page.locator('.lo-search__status').waitFor()
  await page.waitForFunction(() => !document.querySelector('.lo-search__results .govuk-inset-text'))
}
