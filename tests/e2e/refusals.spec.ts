/**
 * Refusals explain themselves in the CMS as it really runs: the production build, whose minified
 * error classes once made Payload answer "An unknown error occurred." to every refusal (the
 * integration suite, which runs the source, could not see it).
 */
import { expect, test, type Page } from '@playwright/test'

import { cmsUrl } from '../support/ports'

const PROVIDER = {
  email: 'sarah.khan@northbrookprimary.example.org.uk',
  password: 'local-offer-demo',
}

interface ErrorBody {
  errors?: { message?: string }[]
}

async function messageOf(response: Response): Promise<string | undefined> {
  return ((await response.json()) as ErrorBody).errors?.[0]?.message
}

test.describe('refusals from the running CMS', () => {
  test('someone signed out who asks to submit a listing is told to sign in', async () => {
    const response = await fetch(`${cmsUrl}/api/services/1/submit`, { method: 'POST' })
    expect(response.status).toBe(401)
    expect(await messageOf(response)).toBe('Sign in to do this.')
  })

  test('a provider who tries to publish is told to save a draft and submit it for review', async () => {
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(PROVIDER),
    })
    expect(login.status, 'provider sign-in').toBe(200)
    const { token, user } = (await login.json()) as {
      token: string
      user: { organisation: number | { id: number } }
    }
    const auth = { Authorization: `JWT ${token}` }
    const organisation =
      typeof user.organisation === 'object' ? user.organisation.id : user.organisation
    const own = await fetch(
      `${cmsUrl}/api/services?depth=0&limit=1&where[organisation][equals]=${organisation}`,
      { headers: auth },
    )
    const listing = ((await own.json()) as { docs: { id: number }[] }).docs[0]
    expect(listing, 'a listing of the provider’s own organisation').toBeDefined()

    const publish = await fetch(`${cmsUrl}/api/services/${listing?.id}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(publish.status).toBe(403)
    expect(await messageOf(publish)).toMatch(
      /save your changes as a draft and submit it for review/i,
    )
  })
})

/** Signs the provider in for the admin (its session cookie) and returns their API token. */
async function providerSignedIn(page: Page): Promise<{ token: string; organisation: number }> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(PROVIDER),
  })
  expect(login.status, 'provider sign-in').toBe(200)
  const { token, user } = (await login.json()) as {
    token: string
    user: { organisation: number | { id: number } }
  }
  await page
    .context()
    .addCookies([{ name: 'payload-token', value: token, domain: '127.0.0.1', path: '/' }])
  const organisation =
    typeof user.organisation === 'object' ? user.organisation.id : user.organisation
  return { token, organisation }
}

test.describe('refusals in the admin, as a provider sees them', () => {
  test('restoring a published version onto the live listing says to restore it as a draft', async ({
    page,
  }) => {
    const { token, organisation } = await providerSignedIn(page)
    const auth = { Authorization: `JWT ${token}` }
    const own = await fetch(
      `${cmsUrl}/api/services?depth=0&limit=1&draft=true&where[organisation][equals]=${organisation}`,
      { headers: auth },
    )
    const listing = ((await own.json()) as { docs: { id: number }[] }).docs[0]
    expect(listing, 'a listing of the provider’s own organisation').toBeDefined()
    const versions = await fetch(
      `${cmsUrl}/api/services/versions?depth=0&limit=1&sort=-updatedAt&where[parent][equals]=${listing?.id}&where[version._status][equals]=published`,
      { headers: auth },
    )
    const version = ((await versions.json()) as { docs: { id: string | number }[] }).docs[0]
    expect(version, 'a published version of the listing').toBeDefined()

    await page.goto(`${cmsUrl}/admin/collections/services/${listing?.id}/versions/${version?.id}`)
    await page.getByRole('button', { name: 'Restore this version', exact: true }).click()
    await page.getByRole('button', { name: 'Confirm', exact: true }).click()
    // Payload's own words here were "There was a problem restoring this version", whatever the
    // server said (cms/src/config/adminTranslations.ts): the explanation must reach the provider.
    await expect(
      page.getByText(/Providers cannot restore a version onto the live listing/),
    ).toBeVisible()
    await expect(page.getByText(/Restore as draft/).first()).toBeVisible()
    await expect(page.getByText('An unknown error occurred.')).toHaveCount(0)
  })
})
