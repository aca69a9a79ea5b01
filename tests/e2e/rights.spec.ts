import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../support/axe'
import { tabTo } from '../support/keyboard'

/**
 * Rights marked as rights, step-by-step processes and "See also" (issue 15 item 3), as the demo
 * content uses them: the EHC page (translated) and the disagreement page (English only).
 */
const EHC = '/information/request-an-ehc-needs-assessment/'
const MEDIATION = '/information/mediation-and-disagreement-resolution/'
const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`)

test('a marked duty is labelled in words, with its source as a link', async ({ page }) => {
  await page.goto(EHC)
  const duty = page.getByRole('note', { name: /^Your right/ }).first()
  await expect(duty).toContainText('the council must carry out an EHC needs assessment')
  await expect(duty.getByRole('link', { name: /section 36\(8\)/ })).toHaveAttribute(
    'href',
    'https://www.legislation.gov.uk/ukpga/2014/6/section/36',
  )
  await expect(page.getByRole('note', { name: /^Good practice/ })).toHaveCount(1)
})

test('a branch of a process takes the keyboard to the step it names', async ({ page }) => {
  await page.goto(EHC)
  const steps = page.getByRole('region', { name: 'Asking for an assessment, step by step' })
  await expect(steps.getByRole('heading', { level: 3 })).toHaveCount(7)
  const branch = steps.getByRole('link', { name: 'go to step 7: If you disagree with a decision' })
  await expect(branch).toHaveCount(3)
  await tabTo(page, branch.first(), 200)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#step-7$/)
  await expect(page.locator('#step-7')).toBeFocused()
  // Tab goes on from the step, not from the top of the page.
  await page.keyboard.press('Tab')
  const after = await page.evaluate(
    () =>
      (document.querySelector('#step-7')!.compareDocumentPosition(document.activeElement!) &
        Node.DOCUMENT_POSITION_FOLLOWING) !==
      0,
  )
  expect(after).toBe(true)
})

test('"See also" links the pages an officer chose, and the Your rights page', async ({ page }) => {
  await page.goto(MEDIATION)
  const seeAlso = page.getByRole('navigation', { name: 'See also' })
  await expect(seeAlso.getByRole('link', { name: 'Appealing to the SEND Tribunal' })).toBeVisible()
  await seeAlso.getByRole('link', { name: /^Your rights/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your rights' })).toBeVisible()
})

test('Your rights lists the duties by page, each linking back to its passage', async ({ page }) => {
  await page.goto('/pl/your-rights/')
  const ehc = page.getByRole('region', { name: 'Wniosek o ocenę potrzeb EHC' })
  await expect(ehc.getByRole('listitem')).toHaveCount(3)
  await expect(ehc).toContainText('samorząd musi przeprowadzić ocenę potrzeb EHC')
  // A page not yet translated gives its duties in English, marked as English.
  const mediation = page.getByRole('region', { name: 'Mediation and disagreement resolution' })
  await expect(mediation.getByRole('listitem').first().locator('p').first()).toHaveAttribute(
    'lang',
    'en',
  )
  const back = ehc.getByRole('link', { name: /Przeczytaj to na stronie/ }).first()
  await back.click()
  await expect(page).toHaveURL(/\/pl\/information\/request-an-ehc-needs-assessment\/#right-1$/)
  await expect(page.locator('#right-1')).toContainText('Twoje prawo')
})

for (const locale of ['en', 'pl', 'ar'] as const) {
  for (const width of [375, 1280]) {
    for (const path of ['/your-rights/', EHC, MEDIATION]) {
      test(`${locale} ${path} at ${width} px: no WCAG 2.2 AA violations, no sideways scrolling`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 })
        const response = await page.goto(`${prefix(locale)}${path}`)
        expect(response?.status()).toBe(200)
        await expectNoAxeViolations(page)
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
        }))
        expect(widths.scroll).toBeLessThanOrEqual(widths.viewport)
      })
    }
  }
}

test('the steps print as text', async ({ page }) => {
  await page.goto(EHC)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('#step-1')).toBeVisible()
  await expect(page.locator('#step-7')).toContainText('If you disagree with a decision')
})
