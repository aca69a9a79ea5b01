import type { Payload } from 'payload'
import sharp from 'sharp'

import type { CouncilSetting, Organisation, Page, Service, User } from '../../src/payload-types'

type ServiceInput = Omit<Service, 'id' | 'createdAt' | 'updatedAt' | 'slug'> & { slug?: string }

let counter = 0
const next = () => ++counter

/** A listing that passes every validation rule; override what a test is about. */
export function validService(
  organisation: Organisation['id'],
  overrides: Partial<ServiceInput> = {},
): ServiceInput {
  const n = next()
  return {
    name: `Speech and language drop-in ${n}`,
    summary: 'Free advice sessions for parents worried about their child’s talking.',
    category: 'health',
    subCategories: ['speech-language-therapy'],
    ageRange: { minimum: 0, maximum: 5 },
    areasOfNeed: ['communication-interaction'],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: 'Come along to any session; no appointment needed.',
    },
    cost: { type: 'free' },
    contacts: [
      { name: 'Therapy team', phone: '0121 496 0123', email: 'therapy@nhs.example.nhs.uk' },
    ],
    website: 'https://www.example.nhs.uk/therapies',
    locations: [
      {
        addressLine1: '1 High Street',
        town: 'Westbridge',
        postcode: 'WB1 2AB',
      },
    ],
    openingTimes: [{ days: ['monday'], opens: '09:00', closes: '12:00' }],
    organisation,
    lastReviewed: new Date().toISOString(),
    ...overrides,
  }
}

/** Council settings with every required value (a fictional council: tests may name one). */
export function validCouncilSettings(
  overrides: Partial<Omit<CouncilSetting, 'id' | 'createdAt' | 'updatedAt'>> = {},
) {
  return {
    councilName: 'Testshire County Council',
    shortName: 'Testshire',
    brandColour: '#1d4f91',
    examplePostcode: 'TE1 1ST',
    contact: { email: 'send@testshire.example.gov.uk', phone: '0121 496 0000' },
    sendiass: {
      name: 'Testshire SENDIASS',
      phone: '0121 496 0001',
      url: 'https://sendiass.testshire.example.org.uk',
    },
    addresses: {
      localOffer: 'https://localoffer.testshire.example.gov.uk',
      cms: 'https://cms.localoffer.testshire.example.gov.uk',
    },
    accessibility: {
      contactEmail: 'send@testshire.example.gov.uk',
      responseDays: 5,
      enforcement: 'The Equality and Human Rights Commission enforces the regulations.',
      lastReviewed: '2026-11-25T12:00:00.000Z',
    },
    ...overrides,
  } satisfies Omit<CouncilSetting, 'id' | 'createdAt' | 'updatedAt'>
}

export function validPage(overrides: Partial<Omit<Page, 'id' | 'createdAt' | 'updatedAt'>> = {}) {
  const n = next()
  return {
    title: `How to request an EHC needs assessment ${n}`,
    summary: 'Who can ask, what happens next and how long it takes.',
    content: richText(
      'You, your child’s school or a professional can ask the council to assess your child.',
    ),
    ...overrides,
  }
}

/** A minimal Lexical document with one paragraph (and optionally a link). */
export function richText(text: string, link?: string) {
  const textNode = {
    type: 'text',
    text,
    version: 1,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
  }
  const children: unknown[] = [textNode]
  if (link) {
    children.push({
      type: 'link',
      version: 3,
      fields: { linkType: 'custom', url: link, newTab: false },
      children: [{ ...textNode, text: 'more' }],
      direction: 'ltr',
      format: '',
      indent: 0,
    })
  }
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          children,
        },
      ],
    },
  }
}

/** A small real PNG, made with sharp, for upload tests. */
export async function pngFile(width = 1600, height = 900, name = 'photo.png') {
  const data = await sharp({
    create: { width, height, channels: 3, background: { r: 30, g: 110, b: 160 } },
  })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export interface World {
  orgA: Organisation
  orgB: Organisation
  admin: User
  officer: User
  providerA: User
  providerB: User
  publishedA: Service
  draftA: Service
  publishedB: Service
  draftB: Service
  publishedPage: Page
  draftPage: Page
}

/** The password of every user createWorld makes. */
export const WORLD_PASSWORD = 'correct horse battery staple'

const withCollection = (user: User) => ({ ...user, collection: 'users' as const })

/** Two provider organisations, one user per role, and published + draft content for each. */
export async function createWorld(payload: Payload): Promise<World> {
  const orgA = await payload.create({
    collection: 'organisations',
    data: {
      name: `Northbrook Primary ${next()}`,
      type: 'school',
      email: 'office@northbrook.example.org.uk',
    },
  })
  const orgB = await payload.create({
    collection: 'organisations',
    data: { name: `Eastfield Therapies ${next()}`, type: 'nhs' },
  })
  const user = (role: User['role'], organisation?: Organisation) =>
    payload
      .create({
        collection: 'users',
        data: {
          name: `${role} ${next()}`,
          email: `${role}-${next()}@example.org.uk`,
          password: WORLD_PASSWORD,
          role,
          organisation: organisation?.id,
        },
      })
      .then(withCollection)
  // One at a time: on an empty database the first account becomes an administrator.
  const admin = await user('admin')
  const officer = await user('officer')
  const providerA = await user('provider', orgA)
  const providerB = await user('provider', orgB)
  const service = (org: Organisation, status: 'draft' | 'published') =>
    payload.create({
      collection: 'services',
      data: { ...validService(org.id), _status: status },
      draft: status === 'draft',
    })
  const [publishedA, draftA, publishedB, draftB] = await Promise.all([
    service(orgA, 'published'),
    service(orgA, 'draft'),
    service(orgB, 'published'),
    service(orgB, 'draft'),
  ])
  const publishedPage = await payload.create({
    collection: 'pages',
    data: { ...validPage(), _status: 'published' },
  })
  const draftPage = await payload.create({
    collection: 'pages',
    data: { ...validPage(), _status: 'draft' },
    draft: true,
  })
  return {
    orgA,
    orgB,
    admin,
    officer,
    providerA,
    providerB,
    publishedA,
    draftA,
    publishedB,
    draftB,
    publishedPage,
    draftPage,
  }
}
