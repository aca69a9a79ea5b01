/**
 * A live listing as the CMS stores it (Payload's generated types, read in English with its
 * organisation populated) as the shared Open Referral mapping's input, `FeedListing`. It reads
 * the fields exactly as the site's converter does (site/src/loader/mapContent.ts, then
 * site/src/openReferral/feedListing.ts): text trimmed, blank optional text left out, rich text as
 * plain text. A test feeds both the same listings and requires the same documents.
 */
import { closureOn, educationOfferKeys, OUTSIDE_AREA } from '@local-offer/shared'
import {
  lexicalToPlainText,
  type FeedListing,
  type FeedOrganisation,
} from '@local-offer/shared/openReferral'

import type { Organisation, Service } from '../../payload-types'

/** The organisation fields the feed reads (its logo and address are not published). */
export type FeedOrganisationDocument = Omit<Organisation, 'logo' | 'address'>

/** A listing read for the feed: the fields the mapping uses, its organisation populated (depth 1). */
export type FeedService = Omit<
  Service,
  | 'organisation'
  | 'image'
  | 'moderation'
  | 'moderationComment'
  | 'reviewIntervalMonths'
  | 'responsibleOfficer'
> & { organisation: FeedOrganisationDocument }

/** The trimmed text, or undefined for missing or blank text. */
const text = (value: string | null | undefined) => value?.trim() || undefined

const isoDay = (value: string) => new Date(value).toISOString().slice(0, 10)

/** An error naming the listing, for a document the CMS should never have let through. */
function required(value: string | null | undefined, where: string): string {
  const trimmed = text(value)
  if (!trimmed) throw new Error(`${where} has no English text; the CMS requires it.`)
  return trimmed
}

export function organisationToFeedOrganisation(
  organisation: FeedOrganisationDocument,
): FeedOrganisation {
  if (!organisation.openReferralId) {
    throw new Error(`Organisation ${organisation.id} has no Open Referral id; save it once.`)
  }
  return {
    openReferralId: organisation.openReferralId,
    name: organisation.name,
    type: organisation.type,
    registrationNumber: text(organisation.registrationNumber),
    description: text(organisation.description),
    website: text(organisation.website),
    email: text(organisation.email),
    phone: text(organisation.phone),
  }
}

export function serviceToFeedListing(service: FeedService): FeedListing {
  const where = `Listing "${service.slug ?? ''}" (id ${service.id})`
  if (!service.openReferralId) throw new Error(`${where} has no Open Referral id; save it once.`)
  const offer = service.educationOffer ?? {}
  return {
    openReferralId: service.openReferralId,
    name: required(service.name, `${where}: name`),
    summary: required(service.summary, `${where}: summary`),
    description: text(service.description ? lexicalToPlainText(service.description) : '') ?? '',
    howToComplain: text(service.howToComplain),
    senInformationReportUrl: text(service.senInformationReportUrl),
    educationOffer: Object.fromEntries(
      educationOfferKeys.flatMap((key) => {
        const answer = text(offer[key])
        return answer ? [[key, answer]] : []
      }),
    ),
    website: text(service.website),
    category: service.category,
    subCategories: service.subCategories ?? [],
    ageRange: { minimum: service.ageRange.minimum, maximum: service.ageRange.maximum },
    areasOfNeed: service.areasOfNeed ?? [],
    languages: service.languages ?? [],
    access: {
      routes: service.access.routes,
      ehcPlanRequired: service.access.ehcPlanRequired ?? false,
      referralRequired: service.access.referralRequired ?? false,
      howToAccess: text(service.access.howToAccess),
      referralUrl: text(service.access.referralUrl),
    },
    eligibility: text(service.eligibility),
    cost: { type: service.cost.type, detail: text(service.cost.detail) },
    contacts: service.contacts.map((contact) => ({
      name: text(contact.name),
      role: text(contact.role),
      email: text(contact.email),
      phone: text(contact.phone),
    })),
    locations: (service.locations ?? []).map((location) => ({
      name: text(location.name),
      addressLine1: location.addressLine1,
      addressLine2: text(location.addressLine2),
      town: location.town,
      postcode: location.postcode,
      locality: location.locality ?? OUTSIDE_AREA,
      venueFeatures: location.venueFeatures ?? [],
      accessibility: text(location.accessibility),
    })),
    openingTimes: (service.openingTimes ?? []).map((time) => ({
      days: time.days,
      opens: time.opens,
      closes: time.closes,
      note: text(time.note),
    })),
    organisation: organisationToFeedOrganisation(service.organisation),
    // Whether it is closed today: the API answers for the day it is asked.
    temporarilyClosed: closureOn(service.temporaryClosure).closed,
    lastReviewed: isoDay(service.lastReviewed),
    updatedAt: service.updatedAt,
  }
}
