import type { Organisation, Service, User } from '@local-offer/cms/payload-types'
import { getLocale, localeCodes, type LocaleCode, type LocalisedText } from '@local-offer/shared'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { toLexical } from './richText.js'
import type {
  LocalisedRichText,
  SeedGlossaryTerm,
  SeedOrganisation,
  SeedPage,
  SeedService,
} from './types.js'

export interface SeedContent {
  organisations: SeedOrganisation[]
  services: SeedService[]
  pages: SeedPage[]
  glossary: SeedGlossaryTerm[]
}

export interface SeedOptions {
  /** Password for every demo account. */
  password: string
  /** "Today" for review dates; tests fix it. */
  now?: Date
  log?: (message: string) => void
}

export interface SeedReport {
  organisations: number
  users: number
  services: number
  published: number
  drafts: number
  translatedServices: number
  pages: number
  glossaryTerms: number
}

export const STAFF_ACCOUNTS = [
  { name: 'Alex Morgan', email: 'admin@westbridge.example.gov.uk', role: 'admin' },
  { name: 'Priya Shah', email: 'officer@westbridge.example.gov.uk', role: 'officer' },
  { name: 'Tom Okafor', email: 'tom.okafor@westbridge.example.gov.uk', role: 'officer' },
] as const satisfies ReadonlyArray<Pick<User, 'name' | 'email' | 'role'>>

const translations = (locales: readonly LocaleCode[]) => locales.filter((code) => code !== 'en')

const inLocale = (text: LocalisedText | undefined, locale: LocaleCode) => text?.[locale]

const richTextIn = (content: LocalisedRichText, locale: LocaleCode) => {
  const blocks = content[locale]
  return blocks ? toLexical(blocks, getLocale(locale).dir) : undefined
}

/** Keeps only the keys whose value is defined, so an update never blanks a field. */
function defined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as Partial<T>
}

const daysAgo = (now: Date, days: number) =>
  new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString()

function serviceData(service: SeedService, organisation: Organisation['id'], now: Date) {
  return {
    name: service.name.en,
    summary: service.summary.en,
    description: toLexical(service.description.en),
    category: service.category,
    subCategories: service.subCategories,
    ageRange: service.ageRange,
    areasOfNeed: service.areasOfNeed,
    languages: service.languages,
    access: { ...service.access, howToAccess: service.access.howToAccess.en },
    eligibility: service.eligibility?.en,
    howToComplain: service.howToComplain?.en,
    cost: { type: service.cost.type, detail: service.cost.detail?.en },
    contacts: service.contacts.map((contact) => ({ ...contact, role: contact.role?.en })),
    website: service.website,
    locations: service.locations.map((location) => ({
      ...location,
      name: location.name?.en,
      accessibility: location.accessibility?.en,
    })),
    openingTimes: service.openingTimes.map((time) => ({ ...time, note: time.note?.en })),
    senInformationReportUrl: service.senInformationReportUrl,
    educationOffer: service.educationOffer
      ? Object.fromEntries(
          Object.entries(service.educationOffer).map(([key, text]) => [key, text?.en]),
        )
      : undefined,
    organisation,
    lastReviewed: daysAgo(now, service.reviewedDaysAgo),
    reviewIntervalMonths: service.reviewIntervalMonths ?? null,
    _status: service.status,
  } satisfies Partial<Service>
}

/** The translated text of a listing in one locale, merged onto the stored document's structure. */
function serviceTranslation(service: SeedService, stored: Service, locale: LocaleCode) {
  return defined({
    name: inLocale(service.name, locale),
    summary: inLocale(service.summary, locale),
    description: richTextIn(service.description, locale),
    access: service.access.howToAccess[locale]
      ? { ...stored.access, howToAccess: service.access.howToAccess[locale] }
      : undefined,
    eligibility: inLocale(service.eligibility, locale),
    howToComplain: inLocale(service.howToComplain, locale),
    cost: service.cost.detail?.[locale]
      ? { ...stored.cost, detail: service.cost.detail[locale] }
      : undefined,
  })
}

const hasTranslation = (service: SeedService, locale: LocaleCode) =>
  Boolean(service.name[locale] ?? service.summary[locale])

/**
 * Loads the demo Local Offer in one transaction (where the database supports them), so a failure
 * leaves the database as it was rather than half-seeded.
 */
export async function seed(
  payload: Payload,
  content: SeedContent,
  options: SeedOptions,
): Promise<SeedReport> {
  const now = options.now ?? new Date()
  const log = options.log ?? (() => undefined)
  const req = await createLocalReq({}, payload)
  const transactionStarted = await initTransaction(req)
  try {
    const report = await seedWithin(payload, req, content, options.password, now, log)
    if (transactionStarted) await commitTransaction(req)
    return report
  } catch (error) {
    if (transactionStarted) await killTransaction(req)
    throw error
  }
}

async function seedWithin(
  payload: Payload,
  req: PayloadRequest,
  content: SeedContent,
  password: string,
  now: Date,
  log: (message: string) => void,
): Promise<SeedReport> {
  const common = { req, overrideAccess: true, depth: 0 } as const
  let users = 0

  for (const account of STAFF_ACCOUNTS) {
    await payload.create({ collection: 'users', data: { ...account, password }, ...common })
    users++
  }

  const organisationIds = new Map<string, Organisation['id']>()
  for (const org of content.organisations) {
    const created = await payload.create({
      collection: 'organisations',
      locale: 'en',
      data: {
        name: org.name,
        type: org.type,
        description: org.description.en,
        website: org.website,
        email: org.email,
        phone: org.phone,
        address: org.address,
        registrationNumber: org.registrationNumber,
      },
      ...common,
    })
    for (const locale of translations(localeCodes)) {
      const description = org.description[locale]
      if (description) {
        await payload.update({
          collection: 'organisations',
          id: created.id,
          locale,
          data: { description },
          ...common,
        })
      }
    }
    organisationIds.set(org.key, created.id)
    for (const person of org.providerUsers) {
      await payload.create({
        collection: 'users',
        data: { ...person, password, role: 'provider', organisation: created.id },
        ...common,
      })
      users++
    }
  }
  log(`${organisationIds.size} organisations and ${users} users`)

  let translatedServices = 0
  for (const service of content.services) {
    const organisation = organisationIds.get(service.organisation)
    if (organisation === undefined) {
      throw new Error(
        `Listing "${service.key}" names organisation "${service.organisation}", which is not in the seed`,
      )
    }
    const draft = service.status === 'draft'
    // Review states are worked out for the seed's "today"; the loader is the actor in the audit log.
    const context = { reviewToday: now.toISOString(), actorLabel: 'Demo content loader' }
    const created = await payload.create({
      collection: 'services',
      locale: 'en',
      data: serviceData(service, organisation, now),
      draft,
      context,
      ...common,
    })
    let translated = false
    for (const locale of translations(localeCodes)) {
      if (!hasTranslation(service, locale)) continue
      await payload.update({
        collection: 'services',
        id: created.id,
        locale,
        data: serviceTranslation(service, created, locale),
        draft,
        context,
        ...common,
      })
      translated = true
    }
    if (service.submittedForReview) {
      await payload.update({
        collection: 'services',
        id: created.id,
        data: {},
        draft: true,
        context: { ...context, moderationAction: 'submit' },
        ...common,
      })
    }
    if (translated) translatedServices++
  }
  log(`${content.services.length} listings (${translatedServices} translated)`)

  for (const page of content.pages) {
    const created = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: {
        title: page.title.en,
        summary: page.summary.en,
        content: toLexical(page.content.en),
        slug: page.slug,
        relatedCategories: page.relatedCategories,
        keyJourney: page.keyJourney,
        lastReviewed: now.toISOString(),
        _status: 'published',
      },
      ...common,
    })
    for (const locale of translations(localeCodes)) {
      const data = defined({
        title: inLocale(page.title, locale),
        summary: inLocale(page.summary, locale),
        content: richTextIn(page.content, locale),
      })
      if (Object.keys(data).length > 0) {
        await payload.update({ collection: 'pages', id: created.id, locale, data, ...common })
      }
    }
  }
  log(`${content.pages.length} information pages`)

  for (const term of content.glossary) {
    const created = await payload.create({
      collection: 'glossary-terms',
      locale: 'en',
      data: {
        term: term.term.en,
        definition: term.definition.en,
        aliases: term.aliases.map((alias) => ({ alias })),
      },
      ...common,
    })
    for (const locale of translations(localeCodes)) {
      const data = defined({
        term: inLocale(term.term, locale),
        definition: inLocale(term.definition, locale),
      })
      if (Object.keys(data).length > 0) {
        await payload.update({
          collection: 'glossary-terms',
          id: created.id,
          locale,
          data,
          ...common,
        })
      }
    }
  }
  log(`${content.glossary.length} glossary terms`)

  const drafts = content.services.filter((s) => s.status === 'draft').length
  return {
    organisations: organisationIds.size,
    users,
    services: content.services.length,
    published: content.services.length - drafts,
    drafts,
    translatedServices,
    pages: content.pages.length,
    glossaryTerms: content.glossary.length,
  }
}
