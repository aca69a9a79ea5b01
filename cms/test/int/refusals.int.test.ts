import { handleEndpoints } from 'payload'
import { describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '../../src/collections/Media'
import { moderationStrings } from '../../src/moderation/strings'
import type { Service } from '../../src/payload-types'
import { pngFile, richText, validService, WORLD_PASSWORD } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * Issue 16, item 5: every refusal explains itself. Each refusal is made through Payload's HTTP
 * handler (what the admin and REST clients get) and its exact words are checked: never
 * "Something went wrong." or a message that gives away whether an account exists.
 */
const context = useTestWorld()

type Errors = {
  docs?: unknown[]
  errors?: { message: string; data?: { errors?: { message: string }[] } }[]
  message?: string
}
const messagesOf = (body: Errors) => (body.errors ?? []).map((e) => e.message)

async function publishedWithDraft(): Promise<{ listing: Service; versionId: string | number }> {
  const { t, world } = context
  const listing = await t.payload.create({
    collection: 'services',
    data: { ...validService(world.orgA.id), _status: 'published' },
  })
  await t.payload.update({
    collection: 'services',
    id: listing.id,
    data: { summary: 'An older wording the provider wants back.' },
    draft: true,
  })
  const { docs } = await t.payload.findVersions({
    collection: 'services',
    where: { parent: { equals: listing.id } },
    sort: '-updatedAt',
    limit: 1,
  })
  return { listing, versionId: docs[0]!.id }
}

describe('a provider’s refused publish, approve or restore says what to do instead', () => {
  it('publishing through the API (as the admin’s Publish does) is refused with the way forward', async () => {
    const { t, world } = context
    const { listing } = await publishedWithDraft()
    const response = await rest<Errors>(t, 'PATCH', `/api/services/${listing.id}?draft=true`, {
      as: world.providerA,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect(messagesOf(response.body)).toEqual([moderationStrings.providerCannotPublish])
    expect(moderationStrings.providerCannotPublish).toMatch(
      /Save your changes as a draft and submit it for review/,
    )
  })

  it('a bulk publish from the list view names the reason for each listing', async () => {
    const { t, world } = context
    const { listing } = await publishedWithDraft()
    const response = await rest<Errors>(
      t,
      'PATCH',
      `/api/services?where[id][in]=${listing.id}&draft=true`,
      { as: world.providerA, body: { _status: 'published' } },
    )
    expect(response.status).toBe(400)
    expect(messagesOf(response.body)).toEqual([moderationStrings.providerCannotPublish])
    // The list view's Publish drawer reads `docs.length` before the errors: without `docs` it
    // would throw and toast "An unknown error occurred." instead of each error's message.
    expect(response.body.docs).toEqual([])
  })

  it('a save that is not a draft is refused with the way forward', async () => {
    const { t, world } = context
    const { listing } = await publishedWithDraft()
    const response = await rest<Errors>(t, 'PATCH', `/api/services/${listing.id}`, {
      as: world.providerA,
      body: { summary: 'Straight to the live listing' },
    })
    expect(response.status).toBe(403)
    expect(messagesOf(response.body)).toEqual([moderationStrings.providerSavesDrafts])
  })

  it('approving is refused with the way forward', async () => {
    const { t, world } = context
    const { listing } = await publishedWithDraft()
    const response = await rest<Errors>(t, 'POST', `/api/services/${listing.id}/approve`, {
      as: world.providerA,
    })
    expect(response.status).toBe(403)
    expect(messagesOf(response.body)).toEqual([moderationStrings.providerCannotApprove])
    expect(moderationStrings.providerCannotApprove).toMatch(
      /save .*as a draft and submit it for review/i,
    )
  })

  it('restoring a version onto the live listing is refused with the way forward', async () => {
    const { t, world } = context
    const { listing, versionId } = await publishedWithDraft()
    const response = await rest<Errors>(
      t,
      'POST',
      `/api/services/versions/${versionId}?draft=false`,
      {
        as: world.providerA,
      },
    )
    expect(response.status).toBe(403)
    expect(messagesOf(response.body)).toEqual([moderationStrings.providerRestoresAsDrafts])
    const live = await t.payload.findByID({ collection: 'services', id: listing.id })
    expect(live.summary).toBe(listing.summary)
  })

  it('restoring a version as a draft works for a provider (it was a 500 "Something went wrong.")', async () => {
    const { t, world } = context
    const { listing, versionId } = await publishedWithDraft()
    const response = await rest<Errors & { doc?: Service }>(
      t,
      'POST',
      `/api/services/versions/${versionId}?draft=true`,
      { as: world.providerA },
    )
    expect(messagesOf(response.body)).toEqual([])
    expect(response.status).toBe(200)
    const live = await t.payload.findByID({ collection: 'services', id: listing.id })
    expect(live.summary).toBe(listing.summary) // the live listing is untouched
    const latest = await t.payload.findByID({ collection: 'services', id: listing.id, draft: true })
    expect(latest.summary).toBe('An older wording the provider wants back.')
  })
})

describe('signing in: a locked account is answered like a wrong password', () => {
  const signIn = async (email: string, password: string) => {
    const { t } = context
    const response = await handleEndpoints({
      config: t.payload.config,
      payloadInstanceCacheKey: t.key,
      request: new Request('http://localhost:3000/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }),
    })
    return { status: response.status, body: (await response.json()) as Errors }
  }

  it('after five wrong passwords, the answer does not change, even with the right password', async () => {
    const { world } = context
    const wrongPassword = await signIn(world.providerB.email, 'not the password')
    const noSuchAccount = await signIn('nobody-here@example.org.uk', 'not the password')
    expect(wrongPassword).toEqual(noSuchAccount)
    expect(wrongPassword.status).toBe(401)
    expect(messagesOf(wrongPassword.body)).toEqual(['The email or password provided is incorrect.'])
    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn(world.providerB.email, 'not the password')
    }
    expect(await signIn(world.providerB.email, 'not the password')).toEqual(noSuchAccount)
    // Still locked: the right password is refused too, in the same words.
    expect(await signIn(world.providerB.email, WORLD_PASSWORD)).toEqual(noSuchAccount)
  })
})

describe('an oversized upload says the limit', () => {
  it('through REST (the admin’s upload posts the same multipart form)', async () => {
    const { t, world } = context
    const image = await pngFile(40, 40, 'huge.png')
    const padded = Buffer.concat([image.data, Buffer.alloc(MAX_UPLOAD_BYTES + 1024)])
    const form = new FormData()
    form.append('file', new Blob([padded], { type: 'image/png' }), 'huge.png')
    form.append('_payload', JSON.stringify({ alt: 'A very large photograph of the sensory room' }))
    const { token } = await t.payload.login({
      collection: 'users',
      data: { email: world.officer.email, password: WORLD_PASSWORD },
    })
    const response = await handleEndpoints({
      config: t.payload.config,
      payloadInstanceCacheKey: t.key,
      request: new Request('http://localhost:3000/api/media', {
        method: 'POST',
        headers: { Authorization: `JWT ${token}` },
        body: form,
      }),
    })
    const text = await response.text()
    expect(response.status).toBe(413)
    expect(text).toContain('The file is larger than 10 MB.')
  })
})

describe('rich-text links: an unsafe address is refused on internal links as on external ones', () => {
  const withLink = (link: Record<string, unknown>, wrap: 'paragraph' | 'list' = 'paragraph') => {
    const doc = richText('See')
    const linkNode = {
      type: 'link',
      version: 3,
      fields: link,
      children: [
        { type: 'text', text: 'here', version: 1, format: 0, detail: 0, mode: 'normal', style: '' },
      ],
    }
    const paragraph = doc.root.children[0] as { children: unknown[] }
    if (wrap === 'paragraph') paragraph.children.push(linkNode)
    else
      doc.root.children.push({
        type: 'list',
        listType: 'bullet',
        version: 1,
        children: [{ type: 'listitem', version: 1, value: 1, children: [linkNode] }],
      } as never)
    return doc
  }

  const save = (description: unknown) =>
    rest<Errors>(context.t, 'PATCH', `/api/services/${context.world.draftA.id}?draft=true`, {
      as: context.world.officer,
      body: { description },
    })

  const refusal = (url: string) =>
    `The link "${url}" is not allowed. Links must start with https://, http://, mailto: or tel:, or be a path on this site starting with /`

  it.each([
    ['an external link', { linkType: 'custom', url: 'javascript:alert(1)' }, 'paragraph'],
    ['an external link in a list', { linkType: 'custom', url: 'data:text/html,<b>x</b>' }, 'list'],
    [
      'an internal link with a doc and a javascript: url',
      { linkType: 'internal', url: 'javascript:alert(1)', doc: { relationTo: 'pages', value: 1 } },
      'paragraph',
    ],
    [
      'an internal link in a list with a vbscript: url',
      { linkType: 'internal', url: 'vbscript:msgbox(1)', doc: { relationTo: 'pages', value: 1 } },
      'list',
    ],
  ] as const)('%s', async (_name, link, wrap) => {
    const response = await save(withLink(link, wrap))
    expect(response.status).toBe(400)
    const fieldMessages = (response.body.errors ?? []).flatMap((e) =>
      (e.data?.errors ?? []).map((d) => d.message),
    )
    expect(fieldMessages).toEqual([refusal(link.url)])
  })

  it('an unsafe link written for every locale at once is found too', async () => {
    const response = await rest<Errors>(
      context.t,
      'PATCH',
      `/api/services/${context.world.draftA.id}?draft=true&locale=all`,
      {
        as: context.world.officer,
        body: {
          description: {
            en: withLink({ linkType: 'custom', url: 'https://example.org' }),
            pl: withLink({
              linkType: 'internal',
              url: 'javascript:alert(1)',
              doc: { relationTo: 'pages', value: 1 },
            }),
          },
        },
      },
    )
    expect(response.status).toBe(400)
  })

  it('an internal link to a document, with no url or a site path, is accepted', async () => {
    const { world } = context
    const page = world.publishedPage.id
    const doc = withLink({ linkType: 'internal', doc: { relationTo: 'pages', value: page } })
    expect((await save(doc)).status).toBe(200)
    const withPath = withLink({
      linkType: 'internal',
      url: '/pages/x',
      doc: { relationTo: 'pages', value: page },
    })
    expect((await save(withPath)).status).toBe(200)
  })
})
