/**
 * What the site's pages are built from: published CMS content, mapped once by the content
 * loader. Field types come from the CMS's generated Payload types, so a change to a
 * collection that the site depends on fails the type check here.
 */
import type {
  FeedbackReport,
  GlossaryTerm,
  Organisation,
  Page,
  Service,
} from '@local-offer/cms/payload-types'
import type { GapCounts } from '@local-offer/shared/gapCounts'
import type {
  AgeGroupValue,
  ClosureState,
  Coordinates,
  EducationOfferKey,
  LocaleCode,
  OnlineLinkPurpose,
  LanguageTerm,
  ManagedTerm,
  SubCategoryTerm,
} from '@local-offer/shared'

import type { PagePart } from './pageContent'

/** Text in the locales it was written in; English is always there for required fields. */
export type Localised<T = string> = { en: T } & Partial<Record<LocaleCode, T>>
export type MaybeLocalised<T = string> = Partial<Record<LocaleCode, T>>

export interface SiteImage {
  /** Absolute URL of the original upload on the CMS. */
  src: string
  width: number
  height: number
  alt: MaybeLocalised
}

export interface SiteOrganisationSummary {
  id: string
  slug: NonNullable<Organisation['slug']>
  /** The organisation's id in the Open Referral UK feed. */
  openReferralId: string
  name: Organisation['name']
  type: Organisation['type']
  registrationNumber?: string
  description: MaybeLocalised
  website?: string
  email?: string
  phone?: string
  logo?: SiteImage
}

type ServiceAccess = Service['access']
type ServiceLocation = NonNullable<Service['locations']>[number]
type ServiceOpeningTime = NonNullable<Service['openingTimes']>[number]

export interface SiteContact {
  name?: string
  role: MaybeLocalised
  phone?: string
  email?: string
}

export interface SiteLocation {
  name: MaybeLocalised
  addressLine1: ServiceLocation['addressLine1']
  addressLine2?: string
  town: ServiceLocation['town']
  postcode: NonNullable<ServiceLocation['postcode']>
  /** A locality's key (SiteLocality.key), or OUTSIDE_AREA. */
  locality: string
  /** Where the venue is, found from its postcode by the CMS; absent when it could not be placed. */
  place?: Coordinates
  /** Keys of the council's venue accessibility features (SiteTerm). */
  venueFeatures: string[]
  accessibility: MaybeLocalised
}

export interface SiteOpeningTime {
  days: ServiceOpeningTime['days']
  opens: string
  closes: string
  note: MaybeLocalised
}

export interface SiteService {
  id: string
  slug: NonNullable<Service['slug']>
  /** The listing's id in the Open Referral UK feed. */
  openReferralId: string
  name: Localised
  summary: Localised
  /** Sanitised HTML made from the CMS rich text, per locale. */
  descriptionHtml: MaybeLocalised
  /** The same rich text as plain text (for the Open Referral feed), per locale. */
  descriptionText: MaybeLocalised
  image?: SiteImage
  category: Service['category']
  subCategories: NonNullable<Service['subCategories']>
  ageRange: { minimum: number; maximum: number }
  ageGroups: AgeGroupValue[]
  areasOfNeed: NonNullable<Service['areasOfNeed']>
  languages: string[]
  access: {
    routes: ServiceAccess['routes']
    ehcPlanRequired: boolean
    referralRequired: boolean
    howToAccess: MaybeLocalised
    referralUrl?: string
    /** What the online link is for (the link is labelled by it). */
    onlineLinkPurpose: OnlineLinkPurpose
  }
  eligibility: MaybeLocalised
  howToComplain: MaybeLocalised
  cost: { type: NonNullable<Service['cost']>['type']; detail: MaybeLocalised }
  contacts: SiteContact[]
  website?: string
  locations: SiteLocation[]
  openingTimes: SiteOpeningTime[]
  senInformationReportUrl?: string
  /** SEND Regulations Schedule 2 paragraph 5 answers, in the regulations' order. */
  educationOffer: Array<{ key: EducationOfferKey; text: MaybeLocalised }>
  organisation: SiteOrganisationSummary
  /** yyyy-mm-dd */
  lastReviewed: string
  /** current, due-soon, overdue (the page says it may be out of date) or withdrawn. */
  reviewStatus: NonNullable<Service['reviewStatus']>
  /**
   * Whether it is temporarily closed on the day the site is built (`closureOn`), with what
   * families should know; the CMS rebuilds the site on the reopening day.
   */
  temporaryClosure: ClosureState & { note: MaybeLocalised }
  /** When each language's text last changed: a translation older than the English may be out of date. */
  textChangedAt?: MaybeLocalised
  updatedAt: string
}

export interface SitePage {
  id: string
  slug: NonNullable<Page['slug']>
  title: Localised
  summary: Localised
  /** The rich text per locale: sanitised HTML and the page blocks (lib/pageContent). */
  content: MaybeLocalised<PagePart[]>
  relatedCategories: NonNullable<Page['relatedCategories']>
  /** Listings an officer chose to show beside the page, in their order. */
  relatedServiceIds: string[]
  /** Information pages an officer chose for "See also", in their order. */
  relatedPageIds: string[]
  keyJourney: boolean
  lastReviewed?: string
  /** As SiteService's. */
  textChangedAt?: MaybeLocalised
  updatedAt: string
}

export interface SiteGlossaryTerm {
  id: string
  slug: NonNullable<GlossaryTerm['slug']>
  term: Localised
  definition: Localised
  /** Other names per locale, e.g. "EHCP". */
  aliases: Array<MaybeLocalised>
}

type ReportTheme = NonNullable<FeedbackReport['themes']>[number]

/** A published "You said, we did" report: the LA's response to a year's comments (SEND Regs reg 56). */
export interface SiteFeedbackReport {
  id: string
  /** The reporting year, e.g. "2025-26". */
  year: FeedbackReport['year']
  title: Localised
  introduction: MaybeLocalised
  commentsReceived: number
  themes: Array<{
    id: string
    title: Localised
    topic?: string
    whatPeopleSaid: MaybeLocalised
    response: MaybeLocalised
    action: MaybeLocalised
    status: ReportTheme['status']
    commentCount: number
    /** Anonymised quotes, as plain text. */
    quotes: string[]
  }>
  /** "The Local Offer in numbers": counts of listings frozen when an officer added them. */
  localOfferCounts: SiteLocalOfferCounts[]
  updatedAt: string
}

/** One cut of the Local Offer's listings, counted on a day (issue 15 item 5). */
export interface SiteLocalOfferCounts {
  id: string
  note: MaybeLocalised
  /** The day the counts were taken, yyyy-mm-dd in England. */
  takenOn: string
  counts: GapCounts
}

/**
 * How long the council keeps what a commenter wrote (its Comment retention setting in the CMS),
 * for the comment form's privacy notice. One entry, whose id is the global's slug.
 */
export interface SiteCommentRetention {
  id: 'comment-retention'
  /** Months after the year's "You said, we did" report is first published. */
  monthsAfterReport: number
  /** Months after the reporting year ends, when no report is published. */
  monthsWithoutReport: number
}

/** A postcode centroid the site publishes for near-me search (id is the postcode). */
/**
 * A term of a vocabulary officers manage in the CMS (issue 12 item 2): its key (`value`, what
 * listings store and search addresses use), its label in every language and its display order.
 */
export interface SiteTerm extends ManagedTerm {
  id: string
  value: string
  label: Localised
  order: number
}

export interface SiteSubCategory extends SiteTerm {
  category: SubCategoryTerm['category']
  esdServiceTypes: string[]
}

export interface SiteLanguage extends SiteTerm {
  code: LanguageTerm['code']
}

/** The council's three vocabularies, each in display order (lib/siteVocabularies). */
export interface SiteVocabularies {
  subCategories: SiteSubCategory[]
  venueFeatures: SiteTerm[]
  languages: SiteLanguage[]
}

/** A locality families filter by: its key (in search addresses) and its name. */
export interface SiteLocality {
  id: string
  key: string
  name: Localised
}

export interface SitePostcode {
  id: string
  district: string
  latitude: number
  longitude: number
}

/**
 * The Council settings global: who the council is, as every page's header, footer and
 * accessibility statement say it. One entry, whose id is the global's slug.
 */
export interface SiteCouncilSettings {
  id: 'council-settings'
  councilName: Localised
  shortName: Localised
  footerNote: MaybeLocalised
  logo?: SiteImage
  favicon?: SiteImage
  /** A six-digit hex colour the CMS checked for contrast with the header's white text. */
  brandColour: string
  /** A postcode in the council's area, for the search form's hint. */
  examplePostcode: string
  contact: { email: string; phone: string; address?: string }
  sendiass: { name: Localised; phone: string; url: string }
  addresses: { localOffer: string; cms: string }
  accessibility: {
    contactEmail: string
    contactPhone: string
    responseDays: number
    enforcement: Localised
    /** yyyy-mm-dd */
    lastReviewed: string
  }
  footerLinks: { label: Localised; url: string }[]
}
