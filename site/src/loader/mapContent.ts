/**
 * Maps checked CMS documents (see rawSchemas) to the site's model (see lib/model).
 * Pure functions: the loader's tests feed them CMS-shaped documents.
 */
import {
  ageGroupsForRange,
  closureOn,
  defaultOnlineLinkPurpose,
  educationOfferKeys,
  localeCodes,
  roundCoordinate,
  type LocaleCode,
} from '@local-offer/shared'
import { gapCountsSchema } from '@local-offer/shared/gapCounts'
import { lexicalToPlainText } from '@local-offer/shared/openReferral'

import type {
  Localised,
  MaybeLocalised,
  SiteCommentRetention,
  SiteFeedbackReport,
  SiteGlossaryTerm,
  SiteImage,
  SiteLanguage,
  SiteLocality,
  SiteSubCategory,
  SiteTerm,
  SiteOrganisationSummary,
  SitePage,
  SitePostcode,
  SiteService,
} from '../lib/model'
import { pageContentParts, type PagePart } from '../lib/pageContent'
import { richTextToHtml } from '../lib/richText'
import type {
  RawCommentRetention,
  RawFeedbackReport,
  RawGlossaryTerm,
  RawLocality,
  RawServiceLanguage,
  RawSubCategory,
  RawVenueFeature,
  RawLocalized,
  RawMedia,
  RawOrganisation,
  RawPage,
  RawPostcode,
  RawService,
} from './rawSchemas'
import { CmsError } from './cmsClient'

export interface MapContext {
  /** The CMS's base URL, to make upload URLs absolute. */
  cmsUrl: string
  /**
   * Where browsers reach the CMS (CMS_PUBLIC_URL): Payload writes upload URLs with this address,
   * which the build reads from `cmsUrl` instead (default: the same as cmsUrl).
   */
  cmsPublicUrl?: string
  /** The day the site is built for (default: now): temporary closures are judged on it. */
  today?: Date
}

/** Keeps the locales that have non-empty text. */
export function maybeLocalised<T>(
  value: RawLocalized<T>,
  transform: (v: T) => string | undefined = (v) => (typeof v === 'string' ? v : undefined),
): MaybeLocalised {
  const result: MaybeLocalised = {}
  if (!value) return result
  for (const code of localeCodes) {
    const raw = value[code]
    if (raw === null || raw === undefined) continue
    const text = transform(raw)?.trim()
    if (text) result[code] = text
  }
  return result
}

/** Like maybeLocalised, for a field the CMS requires in English: a missing English value is an error. */
export function requireLocalised(value: RawLocalized<string>, where: string): Localised {
  const result = maybeLocalised(value)
  if (!result.en) {
    throw new CmsError(`${where} has no English text; the CMS requires it. Fix it in the CMS.`)
  }
  return result as Localised
}

/** The trimmed text, or undefined for a missing or blank optional field. */
const nonBlank = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined)

const isoDay = (value: string | Date) => new Date(value).toISOString().slice(0, 10)

export function mapImage(
  media: RawMedia | string | number | null | undefined,
  context: MapContext,
): SiteImage | undefined {
  if (!media || typeof media !== 'object') return undefined
  if (!media.width || !media.height) return undefined
  const alt = maybeLocalised(media.alt)
  if (!alt.en) {
    throw new CmsError(
      `Image ${media.id} (${media.url}) has no English alternative text; add it in the CMS under Media.`,
    )
  }
  return {
    src: uploadUrl(media.url, context),
    width: media.width,
    height: media.height,
    alt,
  }
}

/**
 * An upload's address for the build to fetch. Payload writes it with the CMS's public address;
 * the build reaches the CMS at CMS_URL, whose host is the one Astro may fetch and optimise images
 * from (astro.config). Left at the public address, an image was not optimised into the site but
 * linked to the CMS, so families' pages depended on the CMS being up, and the static host's
 * Content-Security-Policy (img-src 'self') refused it. Files on another host (a storage bucket)
 * keep their address.
 */
export function uploadUrl(url: string, context: MapContext): string {
  const resolved = new URL(url, context.cmsUrl)
  if (!context.cmsPublicUrl) return resolved.toString()
  if (resolved.origin !== new URL(context.cmsPublicUrl).origin) return resolved.toString()
  return new URL(`${resolved.pathname}${resolved.search}`, context.cmsUrl).toString()
}

export function mapOrganisation(
  raw: RawOrganisation,
  context: MapContext,
): SiteOrganisationSummary {
  return {
    id: String(raw.id),
    slug: raw.slug,
    openReferralId: raw.openReferralId,
    name: raw.name,
    type: raw.type,
    registrationNumber: nonBlank(raw.registrationNumber),
    description: maybeLocalised(raw.description),
    website: nonBlank(raw.website),
    email: nonBlank(raw.email),
    phone: nonBlank(raw.phone),
    logo: mapImage(raw.logo, context),
  }
}

export function mapService(raw: RawService, context: MapContext): SiteService {
  const where = `Listing "${raw.slug}" (id ${raw.id})`
  const html = (v: unknown) => richTextToHtml(v) || undefined
  return {
    id: String(raw.id),
    slug: raw.slug,
    openReferralId: raw.openReferralId,
    name: requireLocalised(raw.name, `${where}: name`),
    summary: requireLocalised(raw.summary, `${where}: summary`),
    descriptionHtml: maybeLocalised(raw.description, html),
    descriptionText: maybeLocalised(raw.description, (v) => lexicalToPlainText(v) || undefined),
    image: mapImage(raw.image, context),
    category: raw.category,
    subCategories: raw.subCategories ?? [],
    ageRange: { minimum: raw.ageRange.minimum, maximum: raw.ageRange.maximum },
    ageGroups: ageGroupsForRange(raw.ageRange.minimum, raw.ageRange.maximum),
    areasOfNeed: raw.areasOfNeed ?? [],
    languages: raw.languages ?? [],
    access: {
      routes: raw.access.routes,
      ehcPlanRequired: raw.access.ehcPlanRequired ?? false,
      referralRequired: raw.access.referralRequired ?? false,
      howToAccess: maybeLocalised(raw.access.howToAccess),
      referralUrl: nonBlank(raw.access.referralUrl),
      onlineLinkPurpose: raw.access.onlineLinkPurpose ?? defaultOnlineLinkPurpose,
    },
    eligibility: maybeLocalised(raw.eligibility),
    howToComplain: maybeLocalised(raw.howToComplain),
    cost: { type: raw.cost.type, detail: maybeLocalised(raw.cost.detail) },
    contacts: raw.contacts.map((c) => ({
      name: nonBlank(c.name),
      role: maybeLocalised(c.role),
      phone: nonBlank(c.phone),
      email: nonBlank(c.email),
    })),
    website: nonBlank(raw.website),
    locations: (raw.locations ?? []).map((l) => ({
      name: maybeLocalised(l.name),
      addressLine1: l.addressLine1,
      addressLine2: nonBlank(l.addressLine2),
      town: l.town,
      postcode: l.postcode,
      locality: l.locality,
      place:
        typeof l.latitude === 'number' && typeof l.longitude === 'number'
          ? { latitude: l.latitude, longitude: l.longitude }
          : undefined,
      venueFeatures: l.venueFeatures ?? [],
      accessibility: maybeLocalised(l.accessibility),
    })),
    openingTimes: (raw.openingTimes ?? []).map((o) => ({
      days: o.days,
      opens: o.opens,
      closes: o.closes,
      note: maybeLocalised(o.note),
    })),
    senInformationReportUrl: nonBlank(raw.senInformationReportUrl),
    // SEND Regulations 2014 Schedule 2 paragraph 5 (a)-(j), in the regulations' order.
    educationOffer: educationOfferKeys
      .map((key) => ({
        key,
        text: maybeLocalised(raw.educationOffer?.[key]),
      }))
      .filter((answer) => answer.text.en),
    organisation: mapOrganisation(raw.organisation, context),
    lastReviewed: isoDay(raw.lastReviewed),
    // The CMS's daily review job keeps this up to date (issue 4's schedule); the site shows it.
    reviewStatus: raw.reviewStatus ?? 'current',
    temporaryClosure: {
      ...closureOn(raw.temporaryClosure, context.today),
      note: maybeLocalised(raw.temporaryClosure?.note),
    },
    textChangedAt: raw.textChangedAt ? maybeLocalised(raw.textChangedAt) : undefined,
    updatedAt: raw.updatedAt,
  }
}

export function mapPage(raw: RawPage): SitePage {
  const where = `Information page "${raw.slug}" (id ${raw.id})`
  return {
    id: String(raw.id),
    slug: raw.slug,
    title: requireLocalised(raw.title, `${where}: title`),
    summary: requireLocalised(raw.summary, `${where}: summary`),
    content: localisedPageContent(raw.content, `${where}: content`),
    relatedCategories: raw.relatedCategories ?? [],
    relatedServiceIds: (raw.relatedServices ?? []).map(String),
    relatedPageIds: (raw.relatedPages ?? []).map(String).filter((id) => id !== String(raw.id)),
    keyJourney: raw.keyJourney ?? false,
    lastReviewed: raw.lastReviewed ? isoDay(raw.lastReviewed) : undefined,
    textChangedAt: raw.textChangedAt ? maybeLocalised(raw.textChangedAt) : undefined,
    updatedAt: raw.updatedAt,
  }
}

/** A page's rich text in each locale that has some, as its parts (text and page blocks). */
function localisedPageContent(
  value: RawLocalized<unknown>,
  where: string,
): MaybeLocalised<PagePart[]> {
  const result: MaybeLocalised<PagePart[]> = {}
  if (!value) return result
  for (const code of localeCodes) {
    let parts: PagePart[]
    try {
      parts = pageContentParts(value[code], `${where} (${code})`)
    } catch (error) {
      throw new CmsError(error instanceof Error ? error.message : String(error))
    }
    if (parts.length > 0) result[code] = parts
  }
  return result
}

export function mapGlossaryTerm(raw: RawGlossaryTerm): SiteGlossaryTerm {
  const where = `Glossary term "${raw.slug}" (id ${raw.id})`
  return {
    id: String(raw.id),
    slug: raw.slug,
    term: requireLocalised(raw.term, `${where}: term`),
    definition: requireLocalised(raw.definition, `${where}: definition`),
    aliases: (raw.aliases ?? []).map((a) => maybeLocalised(a.alias)),
  }
}

/** The locales in which every given field has its own text (English always counts). */
export function localesWithText(fields: MaybeLocalised[]): LocaleCode[] {
  return localeCodes.filter((code) => fields.every((f) => !f.en || Boolean(f[code])))
}

/** The day in England of a moment, yyyy-mm-dd (the day counts were taken, as officers saw it). */
const dayInEngland = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(iso))

export function mapFeedbackReport(raw: RawFeedbackReport): SiteFeedbackReport {
  const where = `"You said, we did" report ${raw.year} (id ${raw.id})`
  return {
    id: String(raw.id),
    year: raw.year,
    title: requireLocalised(raw.title, `${where}: title`),
    introduction: maybeLocalised(raw.introduction),
    commentsReceived: raw.commentsReceived ?? 0,
    themes: (raw.themes ?? []).map((theme, index) => ({
      id: theme.id,
      title: requireLocalised(theme.title, `${where}: theme ${index + 1} title`),
      topic: theme.topic ?? undefined,
      whatPeopleSaid: maybeLocalised(theme.whatPeopleSaid),
      response: maybeLocalised(theme.response),
      action: maybeLocalised(theme.action),
      status: theme.status,
      commentCount: theme.commentCount ?? 0,
      quotes: (theme.quotes ?? []).map((quote) => quote.text.trim()).filter(Boolean),
    })),
    localOfferCounts: (raw.localOfferCounts ?? []).map((entry, index) => {
      const counts = gapCountsSchema.safeParse(entry.counts)
      if (!counts.success || !entry.takenAt) {
        const problem = counts.success
          ? 'no date'
          : counts.error.issues
              .map((issue) => `${issue.path.join('.') || 'counts'}: ${issue.message}`)
              .join('; ')
        throw new CmsError(
          `${where}: counts ${index + 1} cannot be shown (${problem}). Save the report in the CMS to count again.`,
        )
      }
      return {
        id: entry.id,
        note: maybeLocalised(entry.note),
        takenOn: dayInEngland(entry.takenAt),
        counts: counts.data,
      }
    }),
    updatedAt: raw.updatedAt,
  }
}

export function mapCommentRetention(raw: RawCommentRetention): SiteCommentRetention {
  return {
    id: 'comment-retention',
    monthsAfterReport: raw.monthsAfterReport,
    monthsWithoutReport: raw.monthsWithoutReport,
  }
}

/** A postcode centroid, keyed by its postcode ("SW1A 1AA"). */
export function mapLocality(raw: RawLocality): SiteLocality {
  return {
    id: raw.slug,
    key: raw.slug,
    name: requireLocalised(raw.name, `Locality "${raw.slug}" (id ${raw.id}): name`),
  }
}

/** A term of a vocabulary officers manage, as the site reads it (labels in every language). */
function mapTerm(
  what: string,
  raw: { id: number | string; key: string; label?: unknown; order?: number | null },
): SiteTerm {
  return {
    id: raw.key,
    value: raw.key,
    label: requireLocalised(
      raw.label as RawLocality['name'],
      `${what} "${raw.key}" (id ${raw.id}): label`,
    ),
    order: raw.order ?? 0,
  }
}

export function mapSubCategory(raw: RawSubCategory): SiteSubCategory {
  return {
    ...mapTerm('Sub-category', raw),
    category: raw.category,
    esdServiceTypes: raw.esdServiceTypes ?? [],
  }
}

export function mapVenueFeature(raw: RawVenueFeature): SiteTerm {
  return mapTerm('Venue accessibility feature', raw)
}

export function mapServiceLanguage(raw: RawServiceLanguage): SiteLanguage {
  return { ...mapTerm('Language', raw), code: raw.code }
}

export function mapPostcode(raw: RawPostcode): SitePostcode {
  return {
    id: raw.postcode,
    district: raw.district,
    latitude: roundCoordinate(raw.latitude),
    longitude: roundCoordinate(raw.longitude),
  }
}
