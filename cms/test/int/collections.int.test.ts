import { describe, expect, it } from 'vitest'

import { pngFile, richText, validPage, validService } from '../helpers/fixtures'
import { startTestPayload } from '../helpers/testPayload'
import { useTestWorld } from '../helpers/useTestWorld'

const context = useTestWorld()

describe('services', () => {
  it('gives a listing a stable Open Referral id: made on create, kept on update, never shared', async () => {
    const { payload } = context.t
    const made = await payload.create({
      collection: 'services',
      data: { ...validService(context.world.orgA.id), _status: 'published' },
    })
    expect(made.openReferralId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    const updated = await payload.update({
      collection: 'services',
      id: made.id,
      data: { summary: 'A changed summary.' },
    })
    expect(updated.openReferralId).toBe(made.openReferralId)
    const given = '0b6c8a4e-3f1d-4c2b-9a7e-5d8f1e2c3b4a'
    const imported = await payload.create({
      collection: 'services',
      data: { ...validService(context.world.orgA.id), openReferralId: given.toUpperCase() },
      draft: true,
    })
    expect(imported.openReferralId).toBe(given)
    await expect(
      payload.create({
        collection: 'services',
        data: { ...validService(context.world.orgA.id), openReferralId: given },
        draft: true,
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'services',
        data: { ...validService(context.world.orgA.id), openReferralId: 'listing-17' },
        draft: true,
      }),
    ).rejects.toThrow(/Open Referral id/)
    expect(context.world.orgA.openReferralId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('creates, reads, updates and deletes a listing', async () => {
    const { payload } = context.t
    const created = await payload.create({
      collection: 'services',
      data: {
        ...validService(context.world.orgA.id, { name: 'Portage home visiting' }),
        _status: 'published',
      },
    })
    expect(created.slug).toBe('portage-home-visiting')
    expect(created.locations?.[0]?.postcode).toBe('WB1 2AB')

    const read = await payload.findByID({ collection: 'services', id: created.id })
    expect(read.name).toBe('Portage home visiting')
    expect(read.ageRange).toEqual({ minimum: 0, maximum: 5 })

    const updated = await payload.update({
      collection: 'services',
      id: created.id,
      data: { ageRange: { minimum: 0, maximum: 4 }, contacts: [{ phone: '0113 496 0500' }] },
    })
    expect(updated.ageRange.maximum).toBe(4)
    expect(updated.contacts?.[0]?.phone).toBe('0113 496 0500')

    await payload.delete({ collection: 'services', id: created.id })
    const after = await payload.find({
      collection: 'services',
      where: { id: { equals: created.id } },
    })
    expect(after.totalDocs).toBe(0)
  })

  it('normalises postcodes to the standard form', async () => {
    const created = await context.t.payload.create({
      collection: 'services',
      data: validService(context.world.orgA.id, {
        locations: [
          {
            addressLine1: '2 Mill Lane',
            town: 'Westbridge',
            postcode: 'wb37qt',
            locality: 'eastfield',
          },
        ],
      }),
    })
    expect(created.locations?.[0]?.postcode).toBe('WB3 7QT')
  })

  it('keeps a draft beside the published version until it is published', async () => {
    const { payload } = context.t
    const published = await payload.create({
      collection: 'services',
      data: {
        ...validService(context.world.orgA.id, { name: 'Stay and play' }),
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'services',
      id: published.id,
      data: { name: 'Stay and play (new times)' },
      draft: true,
    })
    const live = await payload.findByID({ collection: 'services', id: published.id })
    expect(live.name).toBe('Stay and play')
    const draft = await payload.findByID({ collection: 'services', id: published.id, draft: true })
    expect(draft.name).toBe('Stay and play (new times)')
    const versions = await payload.findVersions({
      collection: 'services',
      where: { parent: { equals: published.id } },
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  })
})

describe('organisations', () => {
  it('creates, reads, updates and deletes an organisation', async () => {
    const { payload } = context.t
    const org = await payload.create({
      collection: 'organisations',
      data: {
        name: 'Riverside Youth Trust',
        type: 'charity',
        phone: '020 7946 0321',
        address: { line1: '3 Quay Road', town: 'Westbridge', postcode: 'wb9 1ab' },
      },
    })
    expect(org.slug).toBe('riverside-youth-trust')
    expect(org.address?.postcode).toBe('WB9 1AB')
    const updated = await payload.update({
      collection: 'organisations',
      id: org.id,
      data: { type: 'independent' },
    })
    expect(updated.type).toBe('independent')
    await payload.delete({ collection: 'organisations', id: org.id })
    await expect(payload.findByID({ collection: 'organisations', id: org.id })).rejects.toThrow()
  })
})

describe('pages', () => {
  it('creates, reads, updates and deletes an information page', async () => {
    const { payload } = context.t
    const page = await payload.create({
      collection: 'pages',
      data: { ...validPage({ title: 'Personal budgets' }), _status: 'published' },
    })
    expect(page.slug).toBe('personal-budgets')
    const updated = await payload.update({
      collection: 'pages',
      id: page.id,
      data: {
        content: richText('A personal budget is an amount of money…', 'https://www.gov.uk/'),
      },
    })
    expect(JSON.stringify(updated.content)).toContain('https://www.gov.uk/')
    await payload.delete({ collection: 'pages', id: page.id })
    const after = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'personal-budgets' } },
    })
    expect(after.totalDocs).toBe(0)
  })
})

describe('glossary terms', () => {
  it('creates, reads, updates and deletes a term with aliases', async () => {
    const { payload } = context.t
    const term = await payload.create({
      collection: 'glossary-terms',
      data: {
        term: 'Education, Health and Care plan',
        definition: 'A legal document that describes a child’s needs and the help they must get.',
        aliases: [{ alias: 'EHCP' }, { alias: 'EHC plan' }],
      },
    })
    expect(term.slug).toBe('education-health-and-care-plan')
    expect(term.aliases?.map((a) => a.alias)).toEqual(['EHCP', 'EHC plan'])
    const updated = await payload.update({
      collection: 'glossary-terms',
      id: term.id,
      data: { definition: 'A legal document setting out a child’s needs and support.' },
    })
    expect(updated.definition).toMatch(/legal document/)
    await payload.delete({ collection: 'glossary-terms', id: term.id })
  })
})

describe('media', () => {
  it('stores an image with responsive WebP sizes and required alt text', async () => {
    const { payload } = context.t
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Children playing in a sensory room' },
      file: await pngFile(1600, 900, 'sensory-room.png'),
    })
    expect(media.mimeType).toBe('image/webp')
    expect(media.width).toBe(1600)
    expect(media.sizes?.thumbnail?.width).toBe(320)
    expect(media.sizes?.card?.width).toBe(640)
    expect(media.sizes?.feature?.width).toBe(1280)
    expect(media.sizes?.card?.mimeType).toBe('image/webp')
    const updated = await payload.update({
      collection: 'media',
      id: media.id,
      data: { alt: 'Two children in a sensory room with lights' },
    })
    expect(updated.alt).toMatch(/sensory room/)
    await payload.delete({ collection: 'media', id: media.id })
  })
})

describe('users', () => {
  it('creates, reads, updates and deletes a user', async () => {
    const { payload } = context.t
    const user = await payload.create({
      collection: 'users',
      data: {
        name: 'Amira Haddad',
        email: 'amira.haddad@westbridge.example.gov.uk',
        password: 'a long passphrase for testing',
        role: 'officer',
      },
    })
    expect(user.role).toBe('officer')
    const login = await payload.login({
      collection: 'users',
      data: {
        email: 'amira.haddad@westbridge.example.gov.uk',
        password: 'a long passphrase for testing',
      },
    })
    expect(login.token).toBeTruthy()
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      data: { name: 'Amira Haddad-Smith' },
    })
    expect(updated.name).toBe('Amira Haddad-Smith')
    await payload.delete({ collection: 'users', id: user.id })
  })
})

describe('a new installation', () => {
  it('makes the first account an administrator', async () => {
    const fresh = await startTestPayload()
    try {
      const first = await fresh.payload.create({
        collection: 'users',
        data: {
          name: 'First Person',
          email: 'first@westbridge.example.gov.uk',
          password: 'a long passphrase here',
          role: 'provider',
        },
      })
      expect(first.role).toBe('admin')
      const org = await fresh.payload.create({
        collection: 'organisations',
        data: { name: 'Second org', type: 'charity' },
      })
      const second = await fresh.payload.create({
        collection: 'users',
        data: {
          name: 'Second Person',
          email: 'second@example.org.uk',
          password: 'a long passphrase here',
          role: 'provider',
          organisation: org.id,
        },
      })
      expect(second.role).toBe('provider')
    } finally {
      await fresh.shutdown()
    }
  })
})
