/**
 * What the Open Referral mapping needs to know about a published listing, in English plain
 * text: the one input of `toOpenReferralService`. The site builds it from its model
 * (site/src/openReferral/feedListing.ts); a live API in the CMS builds it from the Payload
 * documents. Keeping the input this small is what lets both publish the same documents.
 */
import type {
  AccessRoute,
  CostType,
  EducationOfferKey,
  OrganisationType,
  Weekday,
} from '../service.js'

export interface FeedOrganisation {
  openReferralId: string
  name: string
  type: OrganisationType
  registrationNumber?: string
  description?: string
  website?: string
  email?: string
  phone?: string
}

export interface FeedLocation {
  name?: string
  addressLine1: string
  addressLine2?: string
  town: string
  postcode: string
  /** The key of its locality (the CMS's `localities`), or OUTSIDE_AREA. */
  locality: string
  venueFeatures: readonly string[]
  accessibility?: string
}

export interface FeedContact {
  name?: string
  role?: string
  email?: string
  phone?: string
}

export interface FeedOpeningTime {
  days: readonly Weekday[]
  /** HH:MM */
  opens: string
  closes: string
  note?: string
}

export interface FeedListing {
  openReferralId: string
  name: string
  summary: string
  /** The description as plain text (blocks separated by a blank line). */
  description: string
  howToComplain?: string
  senInformationReportUrl?: string
  /** Schedule 2 paragraph 5 answers, by question. */
  educationOffer: Partial<Record<EducationOfferKey, string>>
  website?: string
  category: string
  subCategories: readonly string[]
  ageRange: { minimum: number; maximum: number }
  areasOfNeed: readonly string[]
  /** ISO 639-1 codes (and `bfi`). */
  languages: readonly string[]
  access: {
    routes: readonly AccessRoute[]
    ehcPlanRequired: boolean
    referralRequired: boolean
    howToAccess?: string
    referralUrl?: string
  }
  eligibility?: string
  cost: { type: CostType; detail?: string }
  contacts: readonly FeedContact[]
  locations: readonly FeedLocation[]
  openingTimes: readonly FeedOpeningTime[]
  organisation: FeedOrganisation
  /** Temporarily closed on the day the feed is made (`closureOn`): status "temporarily closed". */
  temporarilyClosed?: boolean
  /** yyyy-mm-dd: when the listing was last reviewed. */
  lastReviewed: string
  /** ISO 8601 date-time of the listing's last change. */
  updatedAt: string
}
