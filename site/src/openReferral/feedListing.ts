/**
 * The site's model of a published listing as the shared Open Referral mapping's input
 * (`FeedListing`): English text only. The mapping itself is in shared/src/openReferral.
 */
import type { FeedListing, FeedOrganisation } from '@local-offer/shared/openReferral'

import type { SiteOrganisationSummary, SiteService } from '../lib/model'

export function toFeedOrganisation(organisation: SiteOrganisationSummary): FeedOrganisation {
  return {
    openReferralId: organisation.openReferralId,
    name: organisation.name,
    type: organisation.type,
    registrationNumber: organisation.registrationNumber,
    description: organisation.description.en,
    website: organisation.website,
    email: organisation.email,
    phone: organisation.phone,
  }
}

export function toFeedListing(service: SiteService): FeedListing {
  return {
    openReferralId: service.openReferralId,
    name: service.name.en,
    summary: service.summary.en,
    description: service.descriptionText.en ?? '',
    howToComplain: service.howToComplain.en,
    senInformationReportUrl: service.senInformationReportUrl,
    educationOffer: Object.fromEntries(
      service.educationOffer.map((answer) => [answer.key, answer.text.en]),
    ),
    website: service.website,
    category: service.category,
    subCategories: service.subCategories,
    ageRange: service.ageRange,
    areasOfNeed: service.areasOfNeed,
    languages: service.languages,
    access: {
      routes: service.access.routes,
      ehcPlanRequired: service.access.ehcPlanRequired,
      referralRequired: service.access.referralRequired,
      howToAccess: service.access.howToAccess.en,
      referralUrl: service.access.referralUrl,
    },
    eligibility: service.eligibility.en,
    cost: { type: service.cost.type, detail: service.cost.detail.en },
    contacts: service.contacts.map((contact) => ({
      name: contact.name,
      role: contact.role.en,
      email: contact.email,
      phone: contact.phone,
    })),
    locations: service.locations.map((location) => ({
      name: location.name.en,
      addressLine1: location.addressLine1,
      addressLine2: location.addressLine2,
      town: location.town,
      postcode: location.postcode,
      locality: location.locality,
      venueFeatures: location.venueFeatures,
      accessibility: location.accessibility.en,
    })),
    openingTimes: service.openingTimes.map((time) => ({
      days: time.days,
      opens: time.opens,
      closes: time.closes,
      note: time.note.en,
    })),
    organisation: toFeedOrganisation(service.organisation),
    temporarilyClosed: service.temporaryClosure.closed,
    lastReviewed: service.lastReviewed,
    updatedAt: service.updatedAt,
  }
}
