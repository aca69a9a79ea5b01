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
  await page.waitForFunction(() => !document.querySelector('.lo-search__results .lo-inset-text'))
}

/** The number shown beside a filter option, "Health (9)" → 9. */
export async function filterCount(page: Page, label: string): Promise<number> {
  const text = await filterBox(page, label).evaluate(
    (box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '',
  )
  const match = /\((\d+)\)\s*$/.exec(text)
  if (!match) throw new Error(`The "${label}" filter shows no count: "${text}"`)
  return Number(match[1])
}

/** The number of results the search status heading announces. */
export async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('.lo-search__status h2').textContent()) ?? ''
  const match = /\d+/.exec(text)
  if (!match) throw new Error(`The search status shows no count: "${text}"`)
  return Number(match[0])
}
