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

/**
 * Signs the provider in and returns their API token and organisation; given a page, for the admin
 * too (its session cookie).
 */
async function providerSignedIn(page?: Page): Promise<{ token: string; organisation: number }> {
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
    ?.context()
    .addCookies([{ name: 'payload-token', value: token, domain: '127.0.0.1', path: '/' }])
  const organisation =
    typeof user.organisation === 'object' ? user.organisation.id : user.organisation
  return { token, organisation }
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
    const { token, organisation } = await providerSignedIn()
    const auth = { Authorization: `JWT ${token}` }
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

const OFFICER = { email: 'officer@westbridge.example.gov.uk', password: 'local-offer-demo' }

/** A PNG's first bytes, then padding past the CMS's 10 MB upload limit. */
const oversizedImage = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.alloc(10 * 1024 * 1024 + 4096),
])
const LIMIT_MESSAGE = /^The file is larger than 10 MB\./

test.describe('an oversized upload says the limit', () => {
  // The built CMS answered "An unknown error occurred." here: Payload's upload parser refuses the
  // file with our words, but its minified error class lost them (cms/src/hooks/keepRefusalMessages.ts).
  test('through REST and in the admin', async ({ page }) => {
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(OFFICER),
    })
    const { token } = (await login.json()) as { token: string }
    const form = new FormData()
    form.append('file', new Blob([oversizedImage], { type: 'image/png' }), 'huge.png')
    form.append('_payload', JSON.stringify({ alt: 'A very large photograph of the sensory room' }))
    const response = await fetch(`${cmsUrl}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(response.status).toBe(413)
    expect(await messageOf(response)).toMatch(LIMIT_MESSAGE)

    await page
      .context()
      .addCookies([{ name: 'payload-token', value: token, domain: '127.0.0.1', path: '/' }])
    await page.goto(`${cmsUrl}/admin/collections/media/create`)
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: oversizedImage })
    await page.getByLabel(/Alternative text/).fill('A very large photograph of the sensory room')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(
      page.locator('[data-sonner-toast]').filter({ hasText: LIMIT_MESSAGE }),
    ).toBeVisible()
    await expect(page.getByText('An unknown error occurred.')).toHaveCount(0)
  })
})

/** A one-paragraph rich text whose only link has these fields (Lexical's JSON, as the admin saves). */
function textWithLink(fields: Record<string, unknown>) {
  const text = (words: string) => ({
    type: 'text',
    text: words,
    version: 1,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
  })
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          textFormat: 0,
          children: [
            text('See '),
            {
              type: 'link',
              version: 3,
              fields,
              format: '',
              indent: 0,
              direction: 'ltr',
              children: [text('here')],
            },
          ],
        },
      ],
    },
  }
}

test('an internal rich-text link to javascript: is refused with the reason beside the field', async () => {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(OFFICER),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}` }
  const services = await fetch(`${cmsUrl}/api/services?depth=0&limit=1`, { headers: auth })
  const listing = ((await services.json()) as { docs: { id: number }[] }).docs[0]
  const pages = await fetch(`${cmsUrl}/api/pages?depth=0&limit=1`, { headers: auth })
  const page = ((await pages.json()) as { docs: { id: number }[] }).docs[0]
  const response = await fetch(`${cmsUrl}/api/services/${listing?.id}?draft=true`, {
    method: 'PATCH',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      description: textWithLink({
        linkType: 'internal',
        url: 'javascript:alert(1)',
        doc: { relationTo: 'pages', value: page?.id },
      }),
    }),
  })
  expect(response.status).toBe(400)
  const body = (await response.json()) as {
    errors?: { data?: { errors?: { message?: string }[] } }[]
  }
  expect(body.errors?.[0]?.data?.errors?.map((e) => e.message)).toEqual([
    'The link "javascript:alert(1)" is not allowed. Links must start with https://, http://, mailto: or tel:, or be a path on this site starting with /',
  ])
})

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
