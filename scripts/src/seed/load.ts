import type { Comment, Organisation, Service, User } from '@local-offer/cms/payload-types'
import {
  createListingsInBulk,
  withArrayRowIds,
  type DocumentInLocale,
  type NewListing,
} from '@local-offer/cms/bulkListings'
import { inTransaction } from '@local-offer/cms/transaction'
import {
  getLocale,
  localeCodes,
  reportingYearOf,
  type LocaleCode,
  type LocalisedText,
} from '@local-offer/shared'
import { fileURLToPath } from 'node:url'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { readPostcodeFile } from '../postcodes/readPostcodes.js'
import { writePostcodes } from '../postcodes/writePostcodes.js'

import { yieldToEventLoop } from '../bulk/yieldToEventLoop.js'
import { demoLogoPng } from './logo.js'
import { toLexical } from './richText.js'
import type {
  LocalisedRichText,
  SeedComment,
  SeedCouncilSettings,
  SeedFeedbackReport,
  SeedGlossaryTerm,
  SeedLocality,
  SeedOrganisation,
  SeedPage,
  SeedService,
} from './types.js'

export interface SeedContent {
  /** The Council settings global: the council's name, look and contact details. */
  council: SeedCouncilSettings
  /** The council's areas, before the listings: each venue's locality comes from them. */
  localities: SeedLocality[]
  organisations: SeedOrganisation[]
  services: SeedService[]
  pages: SeedPage[]
  glossary: SeedGlossaryTerm[]
  comments: SeedComment[]
  feedbackReports: SeedFeedbackReport[]
}

export interface SeedOptions {
  /** Password for every demo account. */
  password: string
  /** "Today" for review dates; tests fix it. */
  now?: Date
  log?: (message: string) => void
  /** Called, and awaited, after each listing is written (the benchmark loads thousands). */
  onListing?: (written: number, total: number) => void | Promise<void>
  /**
   * Save every listing the way a person would, a save per language, instead of writing plain new
   * listings in bulk (the test that the two leave the same listings uses it).
   */
  oneSaveAtATime?: boolean
}

export interface SeedReport {
  organisations: number
  users: number
  services: number
  published: number
  drafts: number
  translatedServices: number
  pages: number
  localities: number
  glossaryTerms: number
  comments: number
  feedbackReports: number
}

/** The demo's fictional postcodes, in the ONS Postcode Directory's format (docs/postcodes.md). */
export const DEMO_POSTCODES_FILE = fileURLToPath(
  new URL('./data/westbridge-postcodes.csv', import.meta.url),
)

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
    temporaryClosure: service.temporaryClosure
      ? {
          closed: true,
          reopens: daysAgo(now, -service.temporaryClosure.reopensInDays),
          note: service.temporaryClosure.note.en,
        }
      : undefined,
    _status: service.status,
  } satisfies Partial<Service>
}

/**
 * The stored rows of an array field with one locale's text in their localised sub-fields, or
 * undefined if no row has text in that locale. Every row keeps its id: Payload then updates the row
 * in place and keeps the other locales' text, where a row without an id would replace it and lose
 * them. A sub-field with no text in the locale is left out, so it falls back rather than being blanked.
 */
function translatedRows<Row extends { id?: string | null }, SeedRow>(
  field: string,
  stored: Row[] | null | undefined,
  seeded: SeedRow[],
  localised: (row: SeedRow) => Record<string, LocalisedText | undefined>,
  locale: LocaleCode,
): Row[] | undefined {
  const rows = stored ?? []
  if (rows.length !== seeded.length || rows.some((row) => !row.id)) {
    throw new Error(
      `Cannot translate "${field}": the stored rows do not match the seed rows one for one, with ids`,
    )
  }
  let translated = false
  const result = rows.map((row, index) => {
    const data: Record<string, unknown> = { ...row }
    for (const [name, text] of Object.entries(localised(seeded[index]!))) {
      const value = inLocale(text, locale)
      if (value) {
        data[name] = value
        translated = true
      } else {
        delete data[name]
      }
    }
    return data as Row
  })
  return translated ? result : undefined
}

/** The translated text of a listing in one locale, merged onto the stored document's structure. */
function serviceTranslation(service: SeedService, stored: Service, locale: LocaleCode) {
  const educationOffer = defined(
    Object.fromEntries(
      Object.entries(service.educationOffer ?? {}).map(([key, text]) => [
        key,
        inLocale(text, locale),
      ]),
    ),
  )
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
    contacts: translatedRows(
      'contacts',
      stored.contacts,
      service.contacts,
      (contact) => ({ role: contact.role }),
      locale,
    ),
    locations: translatedRows(
      'locations',
      stored.locations,
      service.locations,
      (location) => ({ name: location.name, accessibility: location.accessibility }),
      locale,
    ),
    openingTimes: translatedRows(
      'openingTimes',
      stored.openingTimes,
      service.openingTimes,
      (time) => ({ note: time.note }),
      locale,
    ),
    educationOffer: Object.keys(educationOffer).length > 0 ? educationOffer : undefined,
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
  // The demo content is published with the site build that follows the seed (npm start), so its
  // saves do not each ask the CMS for a site rebuild.
  const req = await createLocalReq({ context: { skipSiteRebuild: true } }, payload)
  return inTransaction(req, () => seedWithin(payload, req, content, options, now, log))
}

async function seedWithin(
  payload: Payload,
  req: PayloadRequest,
  content: SeedContent,
  { password, onListing, oneSaveAtATime }: SeedOptions,
  now: Date,
  log: (message: string) => void,
): Promise<SeedReport> {
  const common = { req, overrideAccess: true, depth: 0 } as const
  let users = 0

  // The fictional Westbridge postcodes first, so the listings' venues are placed as they are saved.
  let postcodes = 0
  await readPostcodeFile(
    DEMO_POSTCODES_FILE,
    {},
    {
      onBatch: async (batch) => {
        const counts = await writePostcodes(payload, batch, { source: 'demo', dryRun: false, req })
        postcodes += counts.created + counts.updated
      },
    },
  )
  log(`${postcodes} demo postcodes`)

  for (const locality of content.localities) {
    const created = await payload.create({
      collection: 'localities',
      locale: 'en',
      data: { slug: locality.key, name: locality.name.en, postcodeAreas: locality.postcodeAreas },
      ...common,
    })
    for (const locale of translations(localeCodes)) {
      const name = inLocale(locality.name, locale)
      if (name) {
        const data = { name }
        await payload.update({ collection: 'localities', id: created.id, locale, data, ...common })
      }
    }
  }
  log(`${content.localities.length} localities`)

  for (const account of STAFF_ACCOUNTS) {
    await payload.create({ collection: 'users', data: { ...account, password }, ...common })
    users++
  }

  await seedCouncilSettings(payload, req, content.council)
  log('council settings')

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
    const logo = await payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: `${org.name} logo`, organisation: created.id },
      file: {
        data: await demoLogoPng(org.name, organisationIds.size - 1),
        mimetype: 'image/png',
        name: `${org.key}-logo.png`,
        size: 0,
      },
      ...common,
    })
    await payload.update({
      collection: 'organisations',
      id: created.id,
      data: { logo: logo.id },
      ...common,
    })
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

  const translatedServices = await seedServices(
    payload,
    req,
    content.services,
    organisationIds,
    now,
    { onListing, oneSaveAtATime },
  )
  log(`${content.services.length} listings (${translatedServices} translated)`)

  const pageIds = new Map<string, number>()
  for (const page of content.pages) {
    const relatedServices = await serviceIdsByKey(
      payload,
      req,
      content.services,
      page.relatedServices ?? [],
    )
    const created = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: {
        title: page.title.en,
        summary: page.summary.en,
        content: toLexical(page.content.en),
        slug: page.slug,
        relatedCategories: page.relatedCategories,
        relatedServices,
        keyJourney: page.keyJourney,
        lastReviewed: now.toISOString(),
        _status: 'published',
      },
      ...common,
    })
    pageIds.set(page.slug, created.id)
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
  // "See also" names other pages, so it is set once they all exist.
  for (const page of content.pages) {
    if (!page.relatedPages?.length) continue
    const relatedPages = page.relatedPages.map((slug) => {
      const id = pageIds.get(slug)
      if (id === undefined)
        throw new Error(
          `The demo page "${page.slug}" sees also "${slug}", which is not in the demo.`,
        )
      return id
    })
    await payload.update({
      collection: 'pages',
      id: pageIds.get(page.slug)!,
      data: { relatedPages },
      ...common,
    })
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

  await seedFeedback(payload, req, content.comments, content.feedbackReports)
  log(
    `${content.comments.length} comments and ${content.feedbackReports.length} "You said, we did" reports`,
  )

  const drafts = content.services.filter((s) => s.status === 'draft').length
  return {
    organisations: organisationIds.size,
    users,
    services: content.services.length,
    published: content.services.length - drafts,
    drafts,
    translatedServices,
    pages: content.pages.length,
    localities: content.localities.length,
    glossaryTerms: content.glossary.length,
    comments: content.comments.length,
    feedbackReports: content.feedbackReports.length,
  }
}

/** Review states are worked out for the seed's "today"; the loader is the actor in the audit log. */
const listingContext = (now: Date) => ({
  reviewToday: now.toISOString(),
  actorLabel: 'Demo content loader',
  skipSiteRebuild: true,
})

/** A listing as the bulk path takes it: English data, and each translation's text (later changes are saved after, `saveLaterChanges`). */
function newListing(
  payload: Payload,
  service: SeedService,
  organisation: Organisation['id'],
  now: Date,
): NewListing {
  const data = withArrayRowIds(payload, serviceData(service, organisation, now))
  const texts = new Map<LocaleCode, DocumentInLocale>()
  for (const locale of translations(localeCodes)) {
    if (!hasTranslation(service, locale)) continue
    texts.set(locale, serviceTranslation(service, data as unknown as Service, locale))
  }
  return {
    data,
    translations: texts,
    draft: service.status === 'draft',
    context: listingContext(now),
  }
}

/**
 * What happened to a written listing afterwards, each saved as a person would save it: its English
 * revised after the translations were made (the demo's "translation may be out of date", issue 15
 * item 6, on the site and in the admin's Translations view), then its changes submitted for review.
 */
async function saveLaterChanges(
  payload: Payload,
  service: SeedService,
  id: Service['id'],
  context: ReturnType<typeof listingContext>,
  common: { req: PayloadRequest; overrideAccess: true; depth: 0 },
): Promise<void> {
  const draft = service.status === 'draft'
  if (service.englishRevisedAfterTranslation) {
    await payload.update({
      collection: 'services',
      id,
      locale: 'en',
      data: service.englishRevisedAfterTranslation,
      draft,
      context,
      ...common,
    })
  }
  if (service.submittedForReview) {
    await payload.update({
      collection: 'services',
      id,
      data: {},
      draft: true,
      context: { ...context, moderationAction: 'submit' },
      ...common,
    })
  }
}

/** Writes listings, each in every locale it has text in; returns how many were translated. */
async function seedServices(
  payload: Payload,
  req: PayloadRequest,
  services: SeedService[],
  organisationIds: ReadonlyMap<string, Organisation['id']>,
  now: Date,
  { onListing, oneSaveAtATime = false }: Pick<SeedOptions, 'onListing' | 'oneSaveAtATime'>,
): Promise<number> {
  const common = { req, overrideAccess: true, depth: 0 } as const
  const organisationOf = (service: SeedService) => {
    const organisation = organisationIds.get(service.organisation)
    if (organisation === undefined) {
      throw new Error(
        `Listing "${service.key}" names organisation "${service.organisation}", which is not in the seed`,
      )
    }
    return organisation
  }
  const translatedServices = services.filter((service) =>
    translations(localeCodes).some((locale) => hasTranslation(service, locale)),
  ).length
  let listingsWritten = 0
  const counted = async () => {
    await onListing?.(++listingsWritten, services.length)
    await yieldToEventLoop()
  }

  // Every listing is created in every language at once (`createListingsInBulk`, one write for
  // the batch) unless the caller asks for saves one at a time. What happened to a listing after
  // it was written (its English revised after the translations, its changes submitted for
  // review) is then saved the way a person would, so its history shows those steps.
  const bulk = oneSaveAtATime ? [] : services
  const bulkIds = await createListingsInBulk(
    payload,
    req,
    bulk.map((service) => newListing(payload, service, organisationOf(service), now)),
    counted,
  )
  for (const [index, service] of bulk.entries()) {
    await saveLaterChanges(payload, service, bulkIds[index]!, listingContext(now), common)
  }

  for (const service of oneSaveAtATime ? services : []) {
    const organisation = organisationOf(service)
    const draft = service.status === 'draft'
    const context = listingContext(now)
    const created = await payload.create({
      collection: 'services',
      locale: 'en',
      data: serviceData(service, organisation, now),
      draft,
      context,
      ...common,
    })
    // Each locale is written onto the document the last write returned, so array rows keep their ids.
    let stored: Service = created
    for (const locale of translations(localeCodes)) {
      if (!hasTranslation(service, locale)) continue
      stored = await payload.update({
        collection: 'services',
        id: created.id,
        locale,
        data: serviceTranslation(service, stored, locale),
        draft,
        context,
        ...common,
      })
    }
    await saveLaterChanges(payload, service, created.id, context, common)
    await counted()
  }
  return translatedServices
}

/**
 * Adds listings to a database the seed has already loaded (the benchmark loads thousands in
 * parallel this way), in one transaction where the database supports them. Their organisations
 * are found by name among those the seed created.
 */
/**
 * The Council settings global in every language the seed gives: English first (it carries the
 * values that are not translated), then each translation's text only.
 */
async function seedCouncilSettings(
  payload: Payload,
  req: PayloadRequest,
  council: SeedCouncilSettings,
): Promise<void> {
  const common = { req, overrideAccess: true, depth: 0 } as const
  const logo = await payload.create({
    collection: 'media',
    locale: 'en',
    data: { alt: council.logoAlt.en },
    file: {
      data: await demoLogoPng(council.councilName.en, 0),
      mimetype: 'image/png',
      name: 'council-logo.png',
      size: 0,
    },
    ...common,
  })
  for (const locale of translations(localeCodes)) {
    const alt = inLocale(council.logoAlt, locale)
    if (alt)
      await payload.update({ collection: 'media', id: logo.id, locale, data: { alt }, ...common })
  }
  const stored = await payload.updateGlobal({
    slug: 'council-settings',
    locale: 'en',
    data: {
      councilName: council.councilName.en,
      shortName: council.shortName.en,
      footerNote: council.footerNote?.en,
      logo: logo.id,
      brandColour: council.brandColour,
      examplePostcode: council.examplePostcode,
      contact: council.contact,
      sendiass: { ...council.sendiass, name: council.sendiass.name.en },
      addresses: council.addresses,
      accessibility: {
        ...council.accessibility,
        enforcement: council.accessibility.enforcement.en,
        lastReviewed: `${council.accessibility.lastReviewed}T12:00:00.000Z`,
      },
      footerLinks: council.footerLinks.map((link) => ({ url: link.url, label: link.label.en })),
    },
    ...common,
  })
  for (const locale of translations(localeCodes)) {
    await payload.updateGlobal({
      slug: 'council-settings',
      locale,
      data: defined({
        councilName: inLocale(council.councilName, locale),
        shortName: inLocale(council.shortName, locale),
        footerNote: inLocale(council.footerNote, locale),
        sendiass: council.sendiass.name[locale]
          ? { ...stored.sendiass, name: council.sendiass.name[locale] }
          : undefined,
        accessibility: council.accessibility.enforcement[locale]
          ? { ...stored.accessibility, enforcement: council.accessibility.enforcement[locale] }
          : undefined,
        footerLinks: translatedRows(
          'footerLinks',
          stored.footerLinks,
          council.footerLinks,
          (link) => ({ label: link.label }),
          locale,
        ),
      }),
      ...common,
    })
  }
}

export async function seedMoreListings(
  payload: Payload,
  organisations: SeedOrganisation[],
  services: SeedService[],
  options: Pick<SeedOptions, 'now' | 'onListing' | 'oneSaveAtATime'> = {},
): Promise<number> {
  // The demo content is published with the site build that follows the seed (npm start), so its
  // saves do not each ask the CMS for a site rebuild.
  const req = await createLocalReq({ context: { skipSiteRebuild: true } }, payload)
  const stored = await payload.find({
    collection: 'organisations',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const idsByName = new Map(stored.docs.map((doc) => [doc.name, doc.id]))
  const organisationIds = new Map(
    organisations.flatMap((org) => {
      const id = idsByName.get(org.name)
      return id === undefined ? [] : [[org.key, id] as const]
    }),
  )
  return inTransaction(req, () =>
    seedServices(payload, req, services, organisationIds, options.now ?? new Date(), options),
  )
}

/** Noon UK time on the day, so the day (and reporting year) is the same in every time zone. */
const middayOn = (day: string) => new Date(`${day}T12:00:00Z`).toISOString()

/**
 * Comments go in as sent; the CMS anonymises each as it is stored. Reports then link their themes
 * to the comments by key, which makes the CMS copy the quoted comments' anonymised text.
 */
async function seedFeedback(
  payload: Payload,
  req: PayloadRequest,
  comments: SeedComment[],
  reports: SeedFeedbackReport[],
): Promise<void> {
  const common = { req, overrideAccess: true, depth: 0 } as const
  const commentIds = new Map<string, Comment['id']>()
  // A report is published only once an officer has checked each quote; the demo's quoted comments
  // were written for the demo, so the seed ticks them (the audit log shows the system did).
  const quotedKeys = new Set(reports.flatMap((r) => r.themes.flatMap((theme) => theme.quoted)))
  for (const comment of comments) {
    const created = await payload.create({
      collection: 'comments',
      data: {
        comment: comment.comment,
        respondent: comment.respondent,
        topic: comment.topic,
        locale: comment.locale ?? 'en',
        status: comment.status ?? 'reviewed',
        notPublishedReason: comment.notPublishedReason,
        reportingYear: reportingYearOf(middayOn(comment.sentOn)),
        createdAt: middayOn(comment.sentOn),
        quoteChecked: quotedKeys.has(comment.key),
      },
      ...common,
    })
    commentIds.set(comment.key, created.id)
  }
  const idsOf = (keys: string[], where: string) =>
    keys.map((key) => {
      const id = commentIds.get(key)
      if (id === undefined)
        throw new Error(`${where} names comment "${key}", which is not in the seed`)
      return id
    })

  for (const report of reports) {
    const draft = report.status === 'draft'
    const created = await payload.create({
      collection: 'feedback-reports',
      locale: 'en',
      draft,
      data: {
        year: report.year,
        title: report.title.en,
        introduction: report.introduction.en,
        _status: report.status,
        themes: report.themes.map((theme) => ({
          title: theme.title.en,
          topic: theme.topic,
          whatPeopleSaid: theme.whatPeopleSaid.en,
          response: theme.response.en,
          action: theme.action.en,
          status: theme.status,
          comments: idsOf(theme.comments, `Report ${report.year}`),
          quotedComments: idsOf(theme.quoted, `Report ${report.year}`),
        })),
        // Counted now, from the listings seeded before: frozen in the report from here on.
        localOfferCounts: (report.localOfferCounts ?? []).map((entry) => ({
          rows: entry.rows,
          columns: entry.columns,
          note: entry.note?.en,
        })),
      },
      ...common,
    })
    for (const locale of translations(localeCodes)) {
      const themes = (created.themes ?? []).map((row, i) => {
        const theme = report.themes[i]
        // Only this locale's text: untranslated fields stay empty and fall back to English.
        return {
          id: row.id,
          topic: row.topic,
          status: row.status,
          comments: row.comments,
          quotedComments: row.quotedComments,
          ...defined({
            title: inLocale(theme?.title, locale),
            whatPeopleSaid: inLocale(theme?.whatPeopleSaid, locale),
            response: inLocale(theme?.response, locale),
            action: inLocale(theme?.action, locale),
          }),
        }
      })
      await payload.update({
        collection: 'feedback-reports',
        id: created.id,
        locale,
        draft,
        data: {
          ...defined({
            title: inLocale(report.title, locale),
            introduction: inLocale(report.introduction, locale),
          }),
          themes,
          // The same rows (ids and cuts), so the counts taken above are kept, not taken again.
          localOfferCounts: (created.localOfferCounts ?? []).map((row, i) => ({
            id: row.id,
            rows: row.rows,
            columns: row.columns,
            ...defined({ note: inLocale(report.localOfferCounts?.[i]?.note, locale) }),
          })),
          _status: report.status,
        },
        ...common,
      })
    }
  }
}

/**
 * The ids of the demo listings with these keys, in the same order (pages name listings by their
 * seed key; the listing is found by its English name, which its slug is made from). A key with no
 * listing stops the seed.
 */
async function serviceIdsByKey(
  payload: Payload,
  req: PayloadRequest,
  services: readonly SeedService[],
  keys: readonly string[],
): Promise<Array<Service['id']>> {
  const ids: Array<Service['id']> = []
  for (const key of keys) {
    const service = services.find((candidate) => candidate.key === key)
    const found = service
      ? await payload.find({
          collection: 'services',
          where: { name: { equals: service.name.en } },
          locale: 'en',
          limit: 1,
          depth: 0,
          draft: true,
          req,
          overrideAccess: true,
        })
      : undefined
    const id = found?.docs[0]?.id
    if (id === undefined)
      throw new Error(`A demo page names the listing "${key}", which is not in the demo.`)
    ids.push(id)
  }
  return ids
}
