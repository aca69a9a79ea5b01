import { localeCodes } from '@local-offer/shared'
import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../support/axe'
import { cmsUrl } from '../support/ports'

/**
 * "Ask for an account" (issue 12 item 4): an organisation asks for a provider account from a
 * plain HTML form on the site, which posts to the CMS and comes back to a thank-you or error
 * page in the requester's language. No JavaScript needed. The request waits for an officer.
 */
const OFFICER = { email: 'officer@westbridge.example.gov.uk', password: 'local-offer-demo' }
const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`)

async function requestsFrom(email: string): Promise<Array<Record<string, unknown>>> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(OFFICER),
  })
  const { token } = (await login.json()) as { token: string }
  const query = new URLSearchParams({ 'where[email][equals]': email, depth: '0' })
  const response = await fetch(`${cmsUrl}/api/account-requests?${query}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: Array<Record<string, unknown>> }).docs
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('an organisation finds the form from the home page, asks, and is thanked', async ({
    page,
  }) => {
    const email = `e2e-en-${Date.now()}@riverside.example.org`
    await page.goto('/')
    await page.getByRole('link', { name: 'Run a service? Ask for an account' }).click()
    await expect(page).toHaveURL(/\/ask-for-an-account\/$/)
    await expect(page.locator('h1')).toHaveText('Ask for an account for your organisation')
    await page.getByLabel('Organisation name').fill('Riverside Play Group')
    await page.getByLabel('Your name').fill('Amira Haddad')
    await page.getByLabel('Your e-mail address').fill(email)
    await page.getByLabel('Phone number (optional)').fill('0121 496 0123')
    await page
      .getByLabel('What does your organisation offer?')
      .fill('Saturday play sessions for children with SEND aged 4 to 11.')
    await page.getByLabel('Registration, Ofsted or charity number (optional)').fill('EY123456')
    await page.getByRole('button', { name: 'Send your request' }).click()
    await expect(page).toHaveURL(/\/ask-for-an-account\/thank-you\/$/)
    await expect(page.locator('h1')).toHaveText('Your request has been sent')

    const [request, ...others] = await requestsFrom(email)
    expect(others).toHaveLength(0)
    expect(request).toMatchObject({
      organisationName: 'Riverside Play Group',
      contactName: 'Amira Haddad',
      phone: '0121 496 0123',
      registrationNumber: 'EY123456',
      status: 'waiting',
      locale: 'en',
    })
  })

  test('in Polish: a wrong form comes back in Polish naming the fields, then a right one', async ({
    page,
  }) => {
    const email = `e2e-pl-${Date.now()}@stowarzyszenie.example.org`
    await page.goto('/pl/ask-for-an-account/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl')
    await page.getByLabel('Twoje imię i nazwisko').fill('Anna Nowak')
    await page.getByLabel('Twój adres e-mail').fill('to nie jest adres')
    await page.getByRole('button', { name: 'Wyślij prośbę' }).click()

    await expect(page).toHaveURL(/\/pl\/ask-for-an-account\/error\/\?/)
    const reasons = new URL(page.url()).searchParams.getAll('reason')
    expect(reasons).toEqual(['organisation-name-missing', 'email-invalid', 'offer-missing'])
    await expect(page.locator('h1')).toHaveText('Twoja prośba nie została wysłana')
    await expect(page.locator('#reasons')).toContainText(
      'Nazwa organizacji: wpisz nazwę swojej organizacji',
    )
    await expect(page.locator('#reasons')).toContainText('Adres e-mail: wpisz go w poprawnym')
    expect(await requestsFrom('to nie jest adres')).toHaveLength(0)

    await page.getByRole('link', { name: 'Wróć do formularza' }).click()
    await expect(page).toHaveURL(/\/pl\/ask-for-an-account\/$/)
    await page.getByLabel('Nazwa organizacji').fill('Stowarzyszenie Razem')
    await page.getByLabel('Twoje imię i nazwisko').fill('Anna Nowak')
    await page.getByLabel('Twój adres e-mail').fill(email)
    await page
      .getByLabel('Co oferuje Twoja organizacja?')
      .fill('Zajęcia sobotnie dla dzieci z SEND w wieku 4–11 lat.')
    await page.getByRole('button', { name: 'Wyślij prośbę' }).click()
    await expect(page).toHaveURL(/\/pl\/ask-for-an-account\/thank-you\/$/)
    await expect(page.locator('h1')).toHaveText('Twoja prośba została wysłana')
    const [request] = await requestsFrom(email)
    expect(request).toMatchObject({ organisationName: 'Stowarzyszenie Razem', locale: 'pl' })
  })
})

test('with JavaScript the error page shows only the fields the CMS named', async ({ page }) => {
  await page.goto('/ar/ask-for-an-account/error/?reason=email-invalid')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('#reasons li:visible')).toHaveCount(1)
  await expect(page.locator('#reasons li:visible')).toContainText('البريد الإلكتروني')
})

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } })
    for (const locale of localeCodes) {
      for (const [name, path] of [
        ['form', '/ask-for-an-account/'],
        ['thank-you page', '/ask-for-an-account/thank-you/'],
        ['error page', '/ask-for-an-account/error/?reason=offer-missing'],
      ] as const) {
        test(`${locale}: the ${name} has no WCAG 2.2 AA violations and no sideways scrolling`, async ({
          page,
        }) => {
          const response = await page.goto(`${prefix(locale)}${path}`)
          expect(response?.status()).toBe(200)
          await expectNoAxeViolations(page)
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(overflow).toBeLessThanOrEqual(0)
          if (name === 'form' && process.env.E2E_SCREENSHOTS) {
            await page.screenshot({
              path: `${process.env.E2E_SCREENSHOTS}/account-${locale}-${width}.png`,
              fullPage: true,
            })
          }
        })
      }
    }
  })
}
