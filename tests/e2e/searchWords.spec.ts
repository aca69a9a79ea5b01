import AxeBuilder from '@axe-core/playwright'
import { localeCodes } from '@local-offer/shared'
import { expect, test, type Page } from '@playwright/test'

import { filterBox, filterCount, resultCount, resultTitles, searchReady } from '../support/search'

/**
 * Issue 11 items 4 and 5: more filters from the data listings hold, with counts that stay right
 * as they combine; search that knows families' words (synonyms, the glossary's other names,
 * misspellings); and what a search that finds nothing offers.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
  expect(results.passes.length).toBeGreaterThan(10)
}

const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`)

/** The numbers beside every option of a group that shows one. */
async function groupCounts(page: Page, legend: string): Promise<number[]> {
  const labels = await page
    .locator('fieldset', { has: page.locator('legend', { hasText: legend }) })
    .locator('.govuk-checkboxes__label')
    .allTextContents()
  return labels.flatMap((text) => {
    const match = /\((\d+)\)\s*$/.exec(text)
    return match ? [Number(match[1])] : []
  })
}

test.describe("families' words", () => {
  test('"respite" finds the short breaks', async ({ page }) => {
    await page.goto('/search/?q=respite')
    await expect(resultTitles(page).first()).toBeVisible()
    const titles = await resultTitles(page).allTextContents()
    expect(titles).toEqual(
      expect.arrayContaining([
        'Brook House overnight short breaks',
        'Shared Care: short breaks with approved family carers',
      ]),
    )
  })

  test('"SALT" finds the speech and language therapy services', async ({ page }) => {
    await page.goto('/search/?q=SALT')
    await expect(resultTitles(page).first()).toBeVisible()
    const titles = await resultTitles(page).allTextContents()
    expect(titles).toEqual(
      expect.arrayContaining([
        'Speech and language therapy for school-age children and young people',
        'Talk Time: speech and language drop-ins for children under 5',
      ]),
    )
  })

  test('"autisim" is put right and finds the autism services, saying so', async ({ page }) => {
    await page.goto('/search/?q=autisim')
    await expect(page.locator('.lo-search__corrected')).toHaveText(
      'There were no results for “autisim”, so these are the results for “autism”.',
    )
    await expect(page.locator('.lo-search__status h2')).toContainText('for “autism”')
    await expect(
      resultTitles(page).filter({
        hasText: 'Autism and ADHD assessment (neurodevelopmental pathway)',
      }),
    ).toHaveCount(1)
    // What the family typed stays theirs.
    await expect(page.getByRole('searchbox')).toHaveValue('autisim')
  })

  test('"speach" is put right too', async ({ page }) => {
    await page.goto('/search/?q=speach')
    await expect(page.locator('.lo-search__status h2')).toContainText('for “speech”')
    await expect(
      resultTitles(page).filter({ hasText: 'Talk Time: speech and language drop-ins' }),
    ).toHaveCount(1)
  })

  test('a Polish synonym finds the Polish listing', async ({ page }) => {
    await page.goto('/pl/search/?q=terapia+mowy')
    await expect(
      resultTitles(page).filter({ hasText: 'Talk Time: konsultacje logopedyczne' }),
    ).toHaveCount(1)
    // "Respite care": the short breaks services, the Short Breaks Card among them (sixth, so
    // after the first five shown).
    await page.goto('/pl/search/?q=opieka+wytchnieniowa')
    await expect(resultTitles(page)).toHaveCount(5)
    await page.getByRole('button', { name: 'Pokaż więcej wyników' }).click()
    await expect(
      resultTitles(page).filter({ hasText: 'Karta Krótkich Przerw Westbridge' }),
    ).toHaveCount(1)
  })
})

test.describe('a search that finds nothing', () => {
  test('says what to try, gives the SENDIASS helpline, and "Tell us" writes the search into the comment form', async ({
    page,
  }) => {
    await page.goto('/search/?q=zzqqxx')
    await expect(page.locator('.lo-search__status h2')).toHaveText('No results for “zzqqxx”')
    const help = page.locator('.lo-no-results')
    await expect(help.getByRole('heading', { name: 'Things to try' })).toBeVisible()
    await expect(help.locator('a[href^="tel:"]')).toHaveText('0300 123 4567')
    await expect(help.getByRole('link', { name: 'About SENDIASS' })).toHaveAttribute(
      'href',
      /^\/services\//,
    )
    await help.getByRole('link', { name: 'Couldn’t find what you need? Tell us' }).click()
    await expect(page).toHaveURL(/\/feedback\/\?search=zzqqxx$/)
    const comment = page.getByRole('textbox', { name: 'Your comment' })
    await expect(comment).toHaveValue(
      'I searched the Local Offer for “zzqqxx” and could not find what I needed.',
    )
    await expect(
      page.getByRole('radio', { name: 'This website: finding and reading information' }),
    ).toBeChecked()
    // The family can change or remove it before sending: nothing was sent.
    await comment.fill('')
    await expect(comment).toHaveValue('')
  })

  test('in Polish, the prefill is Polish', async ({ page }) => {
    await page.goto('/pl/search/?q=zzqqxx')
    await page.locator('.lo-no-results a[href^="/pl/feedback/"]').click()
    await expect(page.locator('textarea[name="comment"]')).toHaveValue(/„zzqqxx”/)
  })
})

test.describe('more filters', () => {
  test('combining filters keeps the counts right', async ({ page }) => {
    await page.goto('/search/')
    await searchReady(page)
    await filterBox(page, 'Open at weekends').check()
    await expect(resultTitles(page).first()).toBeVisible()
    const weekends = await resultCount(page)
    expect(await filterCount(page, 'Open at weekends')).toBe(weekends)

    await filterBox(page, 'Short breaks').check()
    await expect.poll(() => resultCount(page)).toBeLessThan(weekends)
    const weekendBreaks = await resultCount(page)
    expect(weekendBreaks).toBeGreaterThan(0)
    // Each chosen group is counted under the other's choice.
    expect(await filterCount(page, 'Short breaks')).toBe(weekendBreaks)
    expect(await filterCount(page, 'Open at weekends')).toBe(weekendBreaks)
    // Categories are alternatives: their counts under "weekends" add up to every weekend listing.
    const perCategory = await groupCounts(page, 'Category')
    expect(perCategory.reduce((sum, n) => sum + n, 0)).toBe(weekends)

    await filterBox(page, 'You can refer yourself').check()
    await expect
      .poll(() => filterCount(page, 'You can refer yourself'))
      .toBe(await resultCount(page))
    expect(await filterCount(page, 'Short breaks')).toBe(await resultCount(page))
    expect(new URL(page.url()).searchParams.getAll('open')).toEqual(['weekends'])
    expect(new URL(page.url()).searchParams.getAll('access')).toEqual(['self-referral'])
  })

  test('a type of service, a language and venue accessibility filter the results', async ({
    page,
  }) => {
    await page.goto('/search/?subcategory=speech-language-therapy')
    await expect(
      resultTitles(page).filter({ hasText: 'Talk Time: speech and language drop-ins' }),
    ).toHaveCount(1)
    // A chosen type of service opens its folded list.
    await expect(filterBox(page, 'Speech and language therapy')).toBeChecked()
    await expect(filterBox(page, 'Speech and language therapy')).toBeVisible()

    await page.goto('/search/?language=pl')
    await expect(resultTitles(page).first()).toBeVisible()
    const polish = await resultCount(page)
    await page.goto('/search/?language=pl&venue=step-free')
    await expect(resultTitles(page).first()).toBeVisible()
    expect(await resultCount(page)).toBeLessThanOrEqual(polish)
  })

  test('the new filters have Polish and Arabic labels', async ({ page }) => {
    await page.goto('/pl/search/')
    await searchReady(page)
    await filterBox(page, 'Otwarte w weekendy').check()
    await expect(resultTitles(page).first()).toBeVisible()
    await expect(page.getByText('Możesz zgłosić się samodzielnie')).toBeVisible()
    await page.goto('/ar/search/')
    await searchReady(page)
    await filterBox(page, 'يمكنك إحالة نفسك').check()
    await expect(resultTitles(page).first()).toBeVisible()
    await expect(page.getByText('مفتوح في العطل المدرسية')).toBeVisible()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } })

  test('"Filter results" opens the filters, the new ones too', async ({ page }) => {
    await page.goto('/search/')
    const weekends = page.getByRole('checkbox', { name: 'Open at weekends' })
    await expect(weekends).toBeHidden()
    await page.locator('summary.lo-filter-toggle').click()
    await expect(weekends).toBeVisible()
    await expect(page.getByRole('checkbox', { name: 'You can refer yourself' })).toBeVisible()
    await expect(page.getByLabel('Near a postcode (optional)')).toBeVisible()
  })
})

test.describe('the new search states have no WCAG 2.2 AA violations', () => {
  for (const width of [375, 1280]) {
    for (const locale of localeCodes) {
      test(`${locale} at ${width} px: nothing found, a corrected search, the new filters open`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 })
        await page.goto(`${prefix(locale)}/search/?q=zzqqxx`)
        await expect(page.locator('.lo-no-results')).toBeVisible()
        await expectNoViolations(page)

        await page.goto(`${prefix(locale)}/search/?q=speach`)
        await expect(page.locator('.lo-search__corrected')).toBeVisible()
        await expectNoViolations(page)

        await page.goto(`${prefix(locale)}/search/?open=weekends&subcategory=day-activities`)
        await expect(resultTitles(page).first()).toBeVisible()
        if (width === 375) await page.locator('summary.lo-filter-toggle').click()
        await page.locator('.lo-filter-more__summary').last().click()
        await expect(page.locator('.lo-search__filters')).toBeVisible()
        await expectNoViolations(page)
      })
    }
  }
})
