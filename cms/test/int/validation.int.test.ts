import { describe, expect, it } from 'vitest'

import type { Service } from '../../src/payload-types'
import { richText, validCouncilSettings, validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

const context = useTestWorld()

const countServices = async () =>
  (await context.t.payload.count({ collection: 'services' })).totalDocs

/** Expects a Payload ValidationError whose errors name `path` with a message matching `message`. */
async function expectFieldError(action: Promise<unknown>, path: string, message: RegExp) {
  const error = (await action.then(
    () => undefined,
    (e: unknown) => e,
  )) as
    { status?: number; data?: { errors?: Array<{ path: string; message: string }> } } | undefined
  expect(error, 'the change should have been refused').toBeDefined()
  expect(error?.status).toBe(400)
  const fieldError = error?.data?.errors?.find((e) => e.path === path)
  expect(
    fieldError,
    `an error on ${path}; got ${JSON.stringify(error?.data?.errors)}`,
  ).toBeDefined()
  expect(fieldError?.message).toMatch(message)
}

type Bad = {
  name: string
  path: string
  message: RegExp
  data: (orgId: number | string) => Partial<Service>
}

const badInputs: Bad[] = [
  {
    name: 'an invalid contact email',
    path: 'contacts.0.email',
    message: /email address in the correct format/,
    data: () => ({ contacts: [{ email: 'parents-at-school' }] }),
  },
  {
    name: 'an invalid phone number',
    path: 'contacts.0.phone',
    message: /UK phone number/,
    data: () => ({ contacts: [{ phone: '12345' }] }),
  },
  {
    name: 'a website without https://',
    path: 'website',
    message: /starting with https:\/\//,
    data: () => ({ website: 'www.example.org.uk' }),
  },
  {
    name: 'a javascript: website',
    path: 'website',
    message: /starting with https:\/\//,
    data: () => ({ website: 'javascript:alert(1)' }),
  },
  {
    name: 'an invalid postcode',
    path: 'locations.0.postcode',
    message: /full UK postcode/,
    data: () => ({
      locations: [
        {
          addressLine1: '1 Road',
          town: 'Westbridge',
          postcode: 'NOT A CODE',
          locality: 'eastfield',
        },
      ],
    }),
  },
  {
    name: 'a minimum age above the maximum',
    path: 'ageRange.maximum',
    message: /highest age \(5\) must be the same as or more than the lowest age \(11\)/,
    data: () => ({ ageRange: { minimum: 11, maximum: 5 } }),
  },
  {
    name: 'an age above 25',
    path: 'ageRange.maximum',
    message: /from 0 to 25/,
    data: () => ({ ageRange: { minimum: 16, maximum: 30 } }),
  },
  {
    name: 'an unknown category',
    path: 'category',
    message: /is not a Local Offer category\. Choose one of: education/,
    data: () => ({ category: 'astrology' as Service['category'], subCategories: [] }),
  },
  {
    name: 'a sub-category from another category',
    path: 'subCategories',
    message: /“holiday-schemes” does not belong to the category Health/,
    data: () => ({ category: 'health', subCategories: ['holiday-schemes'] }),
  },
  {
    name: 'a closing time before the opening time',
    path: 'openingTimes.0.closes',
    message: /must be later than the opening time/,
    data: () => ({ openingTimes: [{ days: ['monday'], opens: '15:00', closes: '09:00' }] }),
  },
  {
    name: 'a malformed opening time',
    path: 'openingTimes.0.opens',
    message: /24-hour format/,
    data: () => ({ openingTimes: [{ days: ['monday'], opens: '9am', closes: '17:00' }] }),
  },
  {
    name: 'a javascript: link in the description',
    path: 'description',
    message: /not allowed.*https:\/\//,
    data: () => ({
      description: richText('Click', 'javascript:alert(document.cookie)') as Service['description'],
    }),
  },
]

describe('bad input on create is refused, naming the field, and nothing is written', () => {
  it.each(badInputs)('$name', async ({ data, path, message }) => {
    const before = await countServices()
    await expectFieldError(
      context.t.payload.create({
        collection: 'services',
        data: { ...validService(context.world.orgA.id), ...data(context.world.orgA.id) },
      }),
      path,
      message,
    )
    expect(await countServices()).toBe(before)
  })

  it('drafts are validated too', async () => {
    const before = await countServices()
    await expectFieldError(
      context.t.payload.create({
        collection: 'services',
        data: { ...validService(context.world.orgA.id), website: 'not a url', _status: 'draft' },
        draft: true,
      }),
      'website',
      /starting with https:\/\//,
    )
    expect(await countServices()).toBe(before)
  })
})

describe('bad input on update is refused and the stored listing is unchanged', () => {
  it.each(badInputs)('$name', async ({ data, path, message }) => {
    const original = await context.t.payload.findByID({
      collection: 'services',
      id: context.world.publishedB.id,
    })
    await expectFieldError(
      context.t.payload.update({
        collection: 'services',
        id: context.world.publishedB.id,
        data: { name: 'Half-written?', ...data(context.world.orgB.id) },
      }),
      path,
      message,
    )
    const after = await context.t.payload.findByID({
      collection: 'services',
      id: context.world.publishedB.id,
    })
    expect(after).toEqual(original)
  })

  it('checks the age range against the stored value when only one end changes', async () => {
    const doc = await context.t.payload.create({
      collection: 'services',
      data: validService(context.world.orgA.id, { ageRange: { minimum: 3, maximum: 8 } }),
    })
    await expectFieldError(
      context.t.payload.update({
        collection: 'services',
        id: doc.id,
        data: { ageRange: { minimum: 12, maximum: 8 } },
      }),
      'ageRange.maximum',
      /highest age/,
    )
    const after = await context.t.payload.findByID({ collection: 'services', id: doc.id })
    expect(after.ageRange).toEqual({ minimum: 3, maximum: 8 })
  })
})

describe('providers and organisations', () => {
  const asProviderA = () => ({
    overrideAccess: false,
    user: { ...context.world.providerA, collection: 'users' as const },
  })

  it('a provider cannot create a listing for another organisation', async () => {
    const before = await countServices()
    await expectFieldError(
      context.t.payload.create({
        collection: 'services',
        data: { ...validService(context.world.orgB.id), _status: 'draft' },
        draft: true,
        ...asProviderA(),
      }),
      'organisation',
      /only add or move listings to your own organisation/,
    )
    expect(await countServices()).toBe(before)
  })

  it('a provider cannot move its listing to another organisation', async () => {
    const original = await context.t.payload.findByID({
      collection: 'services',
      id: context.world.publishedA.id,
      draft: true,
    })
    await expectFieldError(
      context.t.payload.update({
        collection: 'services',
        id: context.world.publishedA.id,
        data: { organisation: context.world.orgB.id },
        draft: true,
        ...asProviderA(),
      }),
      'organisation',
      /only add or move listings to your own organisation/,
    )
    const after = await context.t.payload.findByID({
      collection: 'services',
      id: context.world.publishedA.id,
      draft: true,
    })
    expect(after.organisation).toEqual(original.organisation)
  })

  it('a provider’s new listing is put in its own organisation when none is given', async () => {
    const { organisation: _omit, ...withoutOrganisation } = validService(context.world.orgA.id)
    const created = await context.t.payload.create({
      collection: 'services',
      data: { ...withoutOrganisation, _status: 'draft' } as ReturnType<typeof validService>,
      draft: true,
      ...asProviderA(),
    })
    const orgId =
      typeof created.organisation === 'object' ? created.organisation.id : created.organisation
    expect(String(orgId)).toBe(String(context.world.orgA.id))
  })

  it('a provider trying to publish is told to save a draft instead', async () => {
    const before = await countServices()
    await expect(
      context.t.payload.create({
        collection: 'services',
        data: { ...validService(context.world.orgA.id), _status: 'published' },
        ...asProviderA(),
      }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/Save your changes as a draft/),
    })
    expect(await countServices()).toBe(before)
  })

  it('a provider user must belong to an organisation', async () => {
    await expectFieldError(
      context.t.payload.create({
        collection: 'users',
        data: {
          name: 'No org',
          email: 'no-org@example.org.uk',
          password: 'a long passphrase here',
          role: 'provider',
        },
      }),
      'role',
      /must belong to an organisation/,
    )
  })

  it('an organisation’s contact details are validated', async () => {
    await expectFieldError(
      context.t.payload.create({
        collection: 'organisations',
        data: { name: 'Bad phone org', type: 'charity', phone: '999' },
      }),
      'phone',
      /UK phone number/,
    )
  })

  it('images need meaningful alternative text', async () => {
    const { pngFile } = await import('../helpers/fixtures')
    await expectFieldError(
      context.t.payload.create({
        collection: 'media',
        data: { alt: 'IMG_2231.jpg' },
        file: await pngFile(50, 50),
      }),
      'alt',
      /describe the image/,
    )
  })

  it('uploads over 10 MB are refused before anything is stored', async () => {
    const { pngFile } = await import('../helpers/fixtures')
    const file = await pngFile(60, 60, 'huge.png')
    const oversized = { ...file, size: 11 * 1024 * 1024 }
    await expect(
      context.t.payload.create({
        collection: 'media',
        data: { alt: 'A very large photograph' },
        file: oversized,
      }),
    ).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/larger than 10 MB/) })
    expect(
      (
        await context.t.payload.count({
          collection: 'media',
          where: { filename: { like: 'huge' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('uploads that are not images are refused', async () => {
    const file = {
      data: Buffer.from('%PDF-1.4 not an image'),
      mimetype: 'application/pdf',
      name: 'policy.pdf',
      size: 21,
    }
    await expect(
      context.t.payload.create({
        collection: 'media',
        data: { alt: 'Transport policy document' },
        file,
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(
      (
        await context.t.payload.count({
          collection: 'media',
          where: { filename: { equals: 'policy.pdf' } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('council settings', () => {
  const save = (data: ReturnType<typeof validCouncilSettings>) =>
    context.t.payload.updateGlobal({ slug: 'council-settings', data })

  it('saves a complete set of settings', async () => {
    await expect(save(validCouncilSettings())).resolves.toMatchObject({ shortName: 'Testshire' })
  })

  it('refuses a brand colour that white text cannot be read on, saying what to change', async () => {
    await expectFieldError(
      save(validCouncilSettings({ brandColour: '#f3d400' })),
      'brandColour',
      /contrast of 1\.\d+:1; WCAG AA needs at least 4\.5:1\. Choose a darker colour/,
    )
  })

  it('refuses settings without the council’s name, naming it', async () => {
    await expectFieldError(
      save(validCouncilSettings({ councilName: '' })),
      'councilName',
      /council’s full name/,
    )
  })

  it('refuses a SENDIASS web address that is not one', async () => {
    await expectFieldError(
      save(
        validCouncilSettings({
          sendiass: { name: 'SENDIASS', phone: '0121 496 0001', url: 'sendiass' },
        }),
      ),
      'sendiass.url',
      /full web address/,
    )
  })
})
