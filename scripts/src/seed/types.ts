import type {
  FeedbackTopic,
  RespondentType,
  ThemeStatus,
  AccessRoute,
  AreaOfNeed,
  CategoryValue,
  CostType,
  EducationOfferKey,
  LocalisedText,
  LocaleCode,
  OnlineLinkPurpose,
  OrganisationType,
  RightsPassageKind,
  Weekday,
} from '@local-offer/shared'

/**
 * The shape of the demo content for the fictional London-fringe borough of Westbridge.
 * Content is plain data; load.ts turns it into Payload documents. English is always given;
 * Polish (pl) and Arabic (ar) are given for a subset, so the site shows real translations and
 * real fallbacks.
 */

/**
 * A block of simple rich text: headings, paragraphs and bulleted lists, and the information
 * pages' own blocks (shared/src/pageBlocks.ts): a passage marked as a statutory duty (with its
 * source) or as good practice, and a step-by-step process whose branches name step numbers.
 */
export type RichTextBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'right'
      type: RightsPassageKind
      text: string
      source?: string
      sourceUrl?: string
    }
  | {
      kind: 'steps'
      heading: string
      steps: Array<{
        title: string
        text?: string
        branches?: Array<{ condition: string; goTo: number }>
      }>
    }

export type LocalisedRichText = { en: RichTextBlock[] } & Partial<
  Record<LocaleCode, RichTextBlock[]>
>

export interface SeedProviderUser {
  name: string
  /** Use the organisation's own domain, e.g. sarah.khan@northbrookprimary.example.org.uk */
  email: string
}

export interface SeedOrganisation {
  /** Stable key other seed records use to refer to it. */
  key: string
  name: string
  type: OrganisationType
  description: LocalisedText
  website?: string
  email?: string
  phone?: string
  address?: { line1: string; line2?: string; town: string; postcode: string }
  registrationNumber?: string
  providerUsers: SeedProviderUser[]
}

/** A locality of the council (the CMS's `localities`). */
export interface SeedLocality {
  /** Its stable key, in search addresses and the Open Referral feed. */
  key: string
  name: LocalisedText
  /** Postcode districts ("AB1") or sectors ("AB1 2"). */
  postcodeAreas: string[]
}

export interface SeedLocation {
  name?: LocalisedText
  addressLine1: string
  addressLine2?: string
  town: string
  postcode: string
  /** Its locality is derived from the postcode when the listing is saved (data/localities.ts). */
  /** Keys of the starter venue features (the CMS's vocabularies migration). */
  venueFeatures?: string[]
  accessibility?: LocalisedText
}

export interface SeedOpeningTime {
  days: Weekday[]
  /** "HH:MM", 24-hour */
  opens: string
  closes: string
  note?: LocalisedText
}

export interface SeedService {
  key: string
  /** The key of the SeedOrganisation that owns it. */
  organisation: string
  name: LocalisedText
  summary: LocalisedText
  description: LocalisedRichText
  category: CategoryValue
  /** Sub-categories of `category` only. */
  /** Keys of the starter sub-categories, each in the listing's category (seedData.test). */
  subCategories: string[]
  ageRange: { minimum: number; maximum: number }
  areasOfNeed: AreaOfNeed[]
  /** Keys of the starter languages. */
  languages: string[]
  access: {
    routes: AccessRoute[]
    ehcPlanRequired: boolean
    referralRequired: boolean
    howToAccess: LocalisedText
    referralUrl?: string
    /** What the online link is for; the site labels the link by it. */
    onlineLinkPurpose?: OnlineLinkPurpose
  }
  eligibility?: LocalisedText
  howToComplain?: LocalisedText
  cost: { type: CostType; detail?: LocalisedText }
  contacts: Array<{ name?: string; role?: LocalisedText; phone?: string; email?: string }>
  website?: string
  locations: SeedLocation[]
  openingTimes: SeedOpeningTime[]
  senInformationReportUrl?: string
  educationOffer?: Partial<Record<EducationOfferKey, LocalisedText>>
  /**
   * Days before the seed runs that the listing was last reviewed: over ~365 (12 months) makes it
   * overdue, 335–365 due soon. Keep it under ~425: 60 days after the due date the review job
   * withdraws a listing from the site.
   */
  reviewedDaysAgo: number
  /** Only where the listing's review interval differs from its category's (default 12 months). */
  reviewIntervalMonths?: number
  status: 'published' | 'draft'
  /** A draft the provider has submitted, so the moderation queue has something in it. */
  submittedForReview?: boolean
  /** Temporarily closed, reopening this many days after the seed runs (the site shows it). */
  temporaryClosure?: { reopensInDays: number; note: LocalisedText }
  /**
   * English text saved again after the translations, as a provider would revise a listing: the
   * translations are then older than the English and marked "may be out of date".
   */
  englishRevisedAfterTranslation?: { summary: string }
}

export interface SeedPage {
  slug: string
  title: LocalisedText
  summary: LocalisedText
  content: LocalisedRichText
  relatedCategories: CategoryValue[]
  /** Keys of the listings an officer chose to show beside the page. */
  relatedServices?: string[]
  /** Slugs of the information pages shown under "See also", in order. */
  relatedPages?: string[]
  keyJourney: boolean
}

export interface SeedGlossaryTerm {
  term: LocalisedText
  definition: LocalisedText
  aliases: string[]
}

/** A comment as it was sent through the form (personal details and all: the CMS anonymises it). */
export interface SeedComment {
  /** Stable key a report's themes use to refer to it. */
  key: string
  comment: string
  respondent: RespondentType
  topic: FeedbackTopic
  locale?: LocaleCode
  /** The day it was sent, "YYYY-MM-DD"; decides its reporting year. */
  sentOn: string
  /** Reviewed unless said otherwise. */
  status?: 'reviewed' | 'not-published'
  notPublishedReason?: 'vexatious' | 'individual-case' | 'duplicate' | 'other'
}

export interface SeedFeedbackTheme {
  title: LocalisedText
  topic: FeedbackTopic
  whatPeopleSaid: LocalisedText
  response: LocalisedText
  action: LocalisedText
  status: ThemeStatus
  /** Keys of the comments in this theme. */
  comments: string[]
  /** Keys of the comments quoted (their anonymised text) on the site. */
  quoted: string[]
}

/** A "You said, we did" report for one reporting year. */
export interface SeedFeedbackReport {
  year: string
  status: 'published' | 'draft'
  title: LocalisedText
  introduction: LocalisedText
  themes: SeedFeedbackTheme[]
  /**
   * "The Local Offer in numbers": cuts of the gaps table the report shows. The CMS counts the
   * seeded listings when the report is saved, so these come after the listings.
   */
  localOfferCounts?: Array<{
    rows: 'category' | 'need' | 'age' | 'locality'
    columns: 'category' | 'need' | 'age' | 'locality'
    note?: LocalisedText
  }>
}

/** The demo council's settings (the CMS's Council settings global). */
export interface SeedCouncilSettings {
  councilName: LocalisedText
  shortName: LocalisedText
  footerNote?: LocalisedText
  /** The logo's alternative text; the seed draws the logo itself. */
  logoAlt: LocalisedText
  brandColour: string
  examplePostcode: string
  contact: { email: string; phone: string; address?: string }
  sendiass: { name: LocalisedText; phone: string; url: string }
  addresses: { localOffer: string; cms: string }
  accessibility: {
    contactEmail: string
    contactPhone?: string
    responseDays: number
    enforcement: LocalisedText
    /** A day, YYYY-MM-DD. */
    lastReviewed: string
  }
  footerLinks: { label: LocalisedText; url: string }[]
}
