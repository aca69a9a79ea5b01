/**
 * CMS-shaped documents for the loader's tests: what Payload's REST API sends for
 * `GET /api/<collection>?locale=all&depth=1` (localized fields are `{ en, pl, ar }` objects,
 * relationships one level deep are populated, and Payload adds fields the site ignores).
 */
import { councilVocabularies } from '../../shared/test/fixtures/councilVocabularies'
import type { SiteLocality, SiteService } from '../src/lib/model'
import type { SiteVocabularies } from '../src/lib/model'

type Json = Record<string, unknown>

export const CMS_URL = 'http://127.0.0.1:3000'

/** A Lexical text node; `format` 1 is bold. */
export const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children,
})

export const heading = (tag: 'h1' | 'h2' | 'h3', ...children: unknown[]) => ({
  type: 'heading',
  tag,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
})

export const link = (url: string, ...children: unknown[]) => ({
  type: 'link',
  format: '',
  indent: 0,
  version: 3,
  direction: 'ltr',
  fields: { url, linkType: 'custom', newTab: false },
  children,
})

/** A Lexical document as Payload stores a richText field. */
export const lexical = (...children: unknown[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
})

export function rawMedia(overrides: Json = {}): Json {
  return {
    id: 12,
    alt: { en: 'Children painting at a table', pl: 'Dzieci malujące przy stole' },
    organisation: 3,
    updatedAt: '2026-03-01T10:00:00.000Z',
    createdAt: '2026-03-01T10:00:00.000Z',
    url: '/api/media/file/painting.webp',
    thumbnailURL: '/api/media/file/painting-320x213.webp',
    filename: 'painting.webp',
    mimeType: 'image/webp',
    filesize: 48213,
    width: 1200,
    height: 800,
    focalX: 50,
    focalY: 50,
    sizes: {
      thumbnail: { url: '/api/media/file/painting-320x213.webp', width: 320, height: 213 },
    },
    ...overrides,
  }
}

export function rawOrganisation(overrides: Json = {}): Json {
  return {
    id: 3,
    name: 'Westbridge Sensory Support Team',
    slug: 'westbridge-sensory-support-team',
    openReferralId: '0d9a7c52-41f3-4b8e-9d61-2f0c8b7e5a13',
    type: 'local-authority',
    description: { en: 'Specialist teachers for children with sensory needs.' },
    registrationNumber: null,
    website: 'https://www.westbridge.example/sensory',
    email: 'sensory@westbridge.example',
    phone: '0121 496 0000',
    address: { line1: 'Civic Centre', line2: null, town: 'Westbridge', postcode: 'WB1 1AA' },
    logo: null,
    updatedAt: '2026-02-10T09:00:00.000Z',
    createdAt: '2025-01-10T09:00:00.000Z',
    ...overrides,
  }
}

/** A published education listing, translated into Polish in part and not into Arabic. */
export function rawService(overrides: Json = {}): Json {
  return {
    id: 42,
    slug: 'sensory-support-in-schools',
    openReferralId: '5c1e8f2a-7b34-4d9c-a6e0-93b2d4f1c857',
    name: { en: 'Sensory support in schools', pl: 'Wsparcie sensoryczne w szkołach', ar: null },
    summary: {
      en: 'Specialist teachers help schools support pupils with hearing or vision impairment.',
      pl: 'Nauczyciele specjaliści pomagają szkołom wspierać uczniów z wadą słuchu lub wzroku.',
    },
    description: {
      en: lexical(
        heading('h1', text('What we do')),
        paragraph(text('We visit ', 0), text('every', 1), text(' school in the borough.')),
      ),
      pl: lexical(paragraph(text('Odwiedzamy każdą szkołę w gminie.'))),
    },
    image: rawMedia(),
    category: 'education',
    subCategories: ['specialist-teaching'],
    ageRange: { minimum: 4, maximum: 11 },
    areasOfNeed: ['sensory-physical'],
    languages: ['en', 'pl'],
    access: {
      routes: ['professional-referral', 'ehc-plan'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: { en: "Ask your child's SENCO to refer them.", pl: '  ' },
      referralUrl: 'https://www.westbridge.example/sensory/refer',
      onlineLinkPurpose: 'refer',
    },
    eligibility: { en: 'Children with a diagnosed hearing or vision impairment.' },
    howToComplain: { en: 'Contact the team manager first.' },
    cost: { type: 'free', detail: null },
    contacts: [
      {
        id: '65f0c0ffee0000000000000a',
        name: 'Priya Shah',
        role: { en: 'Team manager', pl: 'Kierowniczka zespołu' },
        phone: '0121 496 0001',
        email: '',
      },
    ],
    website: null,
    locations: [
      {
        id: '65f0c0ffee0000000000000b',
        name: { en: 'Civic Centre' },
        addressLine1: 'Civic Centre',
        addressLine2: '',
        town: 'Westbridge',
        postcode: 'WB1 1AA',
        locality: 'westbridge-central',
        venueFeatures: ['step-free'],
        accessibility: null,
      },
    ],
    openingTimes: [
      {
        id: '65f0c0ffee0000000000000c',
        days: ['monday', 'tuesday'],
        opens: '09:00',
        closes: '17:00',
        note: { en: 'Term time only', pl: 'Tylko w czasie roku szkolnego' },
      },
    ],
    senInformationReportUrl: null,
    // Payload sends a group's fields in the order of the object it stored, not the regulations'.
    educationOffer: {
      emotionalSupport: { en: 'A named adult checks in every day.', ar: 'شخص بالغ يتابع يوميا.' },
      approachToTeaching: { en: 'Small-group teaching led by a teacher of the deaf.' },
      facilities: { en: '', pl: 'Sala sensoryczna.' },
      wellbeing: null,
      additionalSupport: { en: 'Radio aids and braille materials.' },
    },
    organisation: rawOrganisation(),
    lastReviewed: '2025-06-15T12:00:00.000Z',
    reviewStatus: 'current',
    _status: 'published',
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2026-03-02T08:15:00.000Z',
    ...overrides,
  }
}

export function rawPage(overrides: Json = {}): Json {
  return {
    id: 7,
    slug: 'ehc-needs-assessment',
    title: { en: 'Asking for an EHC needs assessment', pl: 'Wniosek o ocenę potrzeb EHC' },
    summary: { en: 'Who can ask, and what happens next.' },
    content: {
      en: lexical(paragraph(text('You can ask the council yourself.'))),
      pl: null,
    },
    relatedCategories: ['education'],
    relatedServices: [12, 14],
    relatedPages: [9, 7],
    keyJourney: true,
    lastReviewed: '2026-01-20T12:00:00.000Z',
    _status: 'published',
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2026-01-20T12:30:00.000Z',
    ...overrides,
  }
}

export function rawGlossaryTerm(overrides: Json = {}): Json {
  return {
    id: 5,
    slug: 'ehc-plan',
    term: { en: 'EHC plan', pl: 'Plan EHC', ar: 'خطة EHC' },
    definition: {
      en: 'An education, health and care plan: a legal document describing support.',
      pl: 'Plan edukacji, zdrowia i opieki.',
    },
    aliases: [
      { id: 'a1', alias: { en: 'EHCP' } },
      { id: 'a2', alias: { en: 'Education, health and care plan', pl: 'Plan EHCP' } },
    ],
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    ...overrides,
  }
}

/** A mapped listing, for modules that work on the site's model. */
export function siteService(overrides: Partial<SiteService> = {}): SiteService {
  return {
    id: '42',
    slug: 'sensory-support-in-schools',
    openReferralId: '5c1e8f2a-7b34-4d9c-a6e0-93b2d4f1c857',
    name: { en: 'Sensory support in schools' },
    summary: { en: 'Specialist teachers for pupils with sensory needs.' },
    descriptionHtml: {},
    descriptionText: {},
    category: 'education',
    subCategories: [],
    ageRange: { minimum: 4, maximum: 11 },
    ageGroups: ['0-5', '5-11'],
    areasOfNeed: ['sensory-physical'],
    languages: [],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: { en: 'Phone us.' },
      onlineLinkPurpose: 'find-out-more',
    },
    eligibility: {},
    howToComplain: {},
    cost: { type: 'free', detail: {} },
    contacts: [],
    locations: [],
    openingTimes: [],
    educationOffer: [],
    organisation: {
      id: '3',
      slug: 'westbridge-sensory-support-team',
      openReferralId: '0d9a7c52-41f3-4b8e-9d61-2f0c8b7e5a13',
      name: 'Westbridge Sensory Support Team',
      type: 'local-authority',
      description: {},
    },
    lastReviewed: '2025-06-15',
    reviewStatus: 'current',
    temporaryClosure: { closed: false, note: {} },
    updatedAt: '2026-03-02T08:15:00.000Z',
    ...overrides,
  }
}

/** A SiteService location at the given locality. */
export function siteLocation(
  locality: SiteService['locations'][number]['locality'],
): SiteService['locations'][number] {
  return {
    name: {},
    addressLine1: '1 High Street',
    town: 'Westbridge',
    postcode: 'WB1 1AA',
    locality,
    venueFeatures: [],
    accessibility: {},
  }
}

/** The demo's localities, as the `localities` collection loads them. */
export const demoLocalities: SiteLocality[] = [
  ['westbridge-central', 'Westbridge town centre'],
  ['northbrook', 'Northbrook'],
  ['eastfield', 'Eastfield'],
  ['southmere', 'Southmere'],
  ['riverside', 'Riverside'],
].map(([key, name]) => ({ id: key!, key: key!, name: { en: name! } }))

/**
 * The starter vocabularies (the CMS's sub-categories, venue features and languages every
 * council begins with) as the site reads them (lib/siteVocabularies).
 */
export const demoVocabularies: SiteVocabularies = {
  subCategories: councilVocabularies.subCategories.map((sub, index) => ({
    ...sub,
    id: sub.value,
    label: { ...sub.label },
    order: index + 1,
    esdServiceTypes: [...sub.esdServiceTypes],
  })),
  venueFeatures: councilVocabularies.venueFeatures.map((term, index) => ({
    ...term,
    id: term.value,
    label: { ...term.label },
    order: index + 1,
  })),
  languages: councilVocabularies.languages.map((term, index) => ({
    ...term,
    id: term.value,
    label: { ...term.label },
    order: index + 1,
  })),
}
