/**
 * A published listing (`FeedListing`) as an Open Referral UK 3.0 service document, the
 * `/services/{id}` of the feed. Pure: the same listing always gives the same document, and the
 * ids of its parts are derived from the listing's id, so the feed exported again after an import
 * (scripts/src/openReferral) is identical. English only: Open Referral UK has one language.
 * The field-by-field mapping is in docs/open-referral.md. The static export (site/) and a live
 * API (cms/) both call this, so the two cannot drift.
 */
import { labelFor } from '../labels.js'
import { listingLocalities, LOCATION_STATE_PROVINCE } from '../localities.js'
import { costTypes, weekdays, type Weekday } from '../service.js'
import { composeApplicationProcess, composeServiceDescription } from './description.js'
import { derivedId } from './ids.js'
import type { FeedListing, FeedOrganisation } from './listing.js'
import { esdNeedsOf, esdServiceTypesOf } from './nationalVocabularies.js'
import { normaliseText } from './plainText.js'
import type {
  OpenReferralAttribute,
  OpenReferralOrganization,
  OpenReferralService,
} from './schema.js'
import {
  LINK_TYPES,
  VOCABULARIES,
  findVocabularyTerm,
  localityName,
  councilTerms,
  taxonomyTermOf,
  type FeedVocabularies,
  type LocalityName,
  type VocabularyName,
  type VocabularyTerm,
} from './vocabulary.js'

/** Drops keys whose value is undefined or empty text, so absent optional fields are left out. */
export function present<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== ''),
  ) as T
}

export function attributesFor(
  linkId: string,
  terms: Array<[VocabularyName, readonly string[]]>,
  /** Terms beyond the fixed vocabularies (the council's own: `councilTerms`). */
  moreTerms: readonly VocabularyTerm[] = [],
): OpenReferralAttribute[] {
  return terms.flatMap(([vocabulary, codes]) =>
    codes.flatMap((code) => {
      const term =
        findVocabularyTerm(vocabulary, code) ??
        moreTerms.find((more) => more.vocabulary === vocabulary && more.code === code)
      if (!term) return []
      const taxonomyTerm = taxonomyTermOf(term)
      return [
        {
          id: derivedId(linkId, `attribute/${vocabulary}/${code}`),
          link_id: linkId,
          link_type: LINK_TYPES[vocabulary],
          taxonomy_term_id: taxonomyTerm.id,
          taxonomy_term: taxonomyTerm,
        },
      ]
    }),
  )
}

/**
 * The organisation's description; the schema requires one, so an organisation without its own
 * says what kind of organisation it is (`isKindDescription` lets the importer leave it out).
 */
export function organisationDescription(organisation: FeedOrganisation): string {
  return normaliseText(organisation.description) || kindDescription(organisation)
}

const kindDescription = (organisation: Pick<FeedOrganisation, 'name' | 'type'>) =>
  `${organisation.name}: ${findVocabularyTerm(VOCABULARIES.organisationType, organisation.type)?.label ?? 'organisation'}.`

/** True when a description is the one written for an organisation that has none of its own. */
export function isKindDescription(
  organisation: Pick<FeedOrganisation, 'name' | 'type'>,
  description: string,
): boolean {
  return description === kindDescription(organisation)
}

export function toOpenReferralOrganization(
  organisation: FeedOrganisation,
): OpenReferralOrganization {
  const id = organisation.openReferralId
  return present({
    id,
    name: organisation.name,
    description: organisationDescription(organisation),
    email: organisation.email,
    website: organisation.website,
    phones: organisation.phone ? [{ id: derivedId(id, 'phone'), number: organisation.phone }] : [],
    organization_identifiers: organisation.registrationNumber
      ? [
          {
            id: derivedId(id, 'identifier'),
            identifier_type: 'Registration number',
            identifier: organisation.registrationNumber,
          },
        ]
      : [],
    attributes: attributesFor(id, [[VOCABULARIES.organisationType, [organisation.type]]]),
  })
}

export const weekdayCodes: Record<Weekday, string> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
}

/** RFC 5545 day codes (MO, TU...) for stored weekdays, in the week's order. */
export function byDay(days: readonly Weekday[]): string {
  return weekdays
    .filter((day) => days.includes(day.value))
    .map((day) => weekdayCodes[day.value])
    .join(',')
}

/** The listing's areas (the site's "where" filter) as Open Referral service areas. */
function serviceAreas(listing: FeedListing, localities: readonly LocalityName[]) {
  const id = listing.openReferralId
  const keys = localities.map((locality) => locality.key)
  return listingLocalities(listing.locations, keys).map((locality) => ({
    id: derivedId(id, `service-area/${locality}`),
    service_id: id,
    name: localityName(localities, locality),
    service_area: localityName(localities, locality),
  }))
}

/**
 * `vocabularies`: the council's own (the CMS's localities, sub-categories, venue features and
 * languages), for service areas, terms and language names.
 */
export function toOpenReferralService(
  listing: FeedListing,
  vocabularies: FeedVocabularies,
): OpenReferralService {
  const id = listing.openReferralId
  const { localities } = vocabularies
  const ownTerms = councilTerms(vocabularies)
  const part = (key: string) => derivedId(id, key)
  return present({
    id,
    name: listing.name,
    description: composeServiceDescription({
      summary: listing.summary,
      description: listing.description,
      sections: {
        howToComplain: listing.howToComplain,
        senInformationReportUrl: listing.senInformationReportUrl,
        ...listing.educationOffer,
      },
    }),
    url: listing.website,
    status: listing.temporarilyClosed ? ('temporarily closed' as const) : ('active' as const),
    minimum_age: listing.ageRange.minimum,
    maximum_age: listing.ageRange.maximum,
    eligibility_description: normaliseText(listing.eligibility),
    application_process: composeApplicationProcess(
      normaliseText(listing.access.howToAccess),
      listing.access.referralUrl,
    ),
    assured_date: listing.lastReviewed,
    last_modified: listing.updatedAt,
    organization: toOpenReferralOrganization(listing.organisation),
    service_at_locations: listing.locations.map((location, index) => {
      const locationId = part(`location/${index}`)
      return {
        id: part(`service-at-location/${index}`),
        location: present({
          id: locationId,
          // Every CMS location is a venue with a street address.
          location_type: 'physical' as const,
          name: normaliseText(location.name),
          addresses: [
            present({
              id: derivedId(locationId, 'address'),
              address_1: location.addressLine1,
              address_2: location.addressLine2,
              city: location.town,
              state_province: LOCATION_STATE_PROVINCE,
              postal_code: location.postcode,
              country: 'GB',
              address_type: 'physical',
            }),
          ],
          accessibility: location.accessibility
            ? [
                {
                  id: derivedId(locationId, 'accessibility'),
                  description: normaliseText(location.accessibility),
                },
              ]
            : [],
          attributes: attributesFor(
            locationId,
            [
              [VOCABULARIES.locality, [location.locality]],
              [VOCABULARIES.venueFeature, location.venueFeatures],
            ],
            ownTerms,
          ),
        }),
      }
    }),
    contacts: listing.contacts.map((contact, index) =>
      present({
        id: part(`contact/${index}`),
        name: contact.name,
        title: contact.role,
        email: contact.email,
        phones: contact.phone
          ? [{ id: part(`contact/${index}/phone`), number: contact.phone }]
          : [],
      }),
    ),
    schedules: listing.openingTimes.map((time, index) =>
      present({
        id: part(`schedule/${index}`),
        freq: 'WEEKLY',
        interval: 1,
        byday: byDay(time.days),
        opens_at: time.opens,
        closes_at: time.closes,
        notes: time.note,
      }),
    ),
    cost_options: [
      present({
        id: part('cost'),
        option: labelFor(costTypes, listing.cost.type),
        amount_description: normaliseText(listing.cost.detail),
      }),
    ],
    languages: listing.languages.map((code) =>
      present({
        id: part(`language/${code}`),
        name: labelFor(vocabularies.languages, code),
        code: vocabularies.languages.find((language) => language.value === code)?.code ?? code,
      }),
    ),
    attributes: attributesFor(
      id,
      [
        [VOCABULARIES.category, [listing.category]],
        [VOCABULARIES.subCategory, listing.subCategories],
        [VOCABULARIES.areaOfNeed, listing.areasOfNeed],
        [VOCABULARIES.accessRoute, listing.access.routes],
        [
          VOCABULARIES.requirement,
          [
            ...(listing.access.ehcPlanRequired ? ['ehc-plan-required'] : []),
            ...(listing.access.referralRequired ? ['referral-required'] : []),
          ],
        ],
        [VOCABULARIES.cost, [listing.cost.type]],
        // The national terms, derived from the listing's own (nationalVocabularies.ts).
        [
          VOCABULARIES.esdServiceType,
          esdServiceTypesOf(listing.category, listing.subCategories, vocabularies.subCategories),
        ],
        [VOCABULARIES.esdNeed, esdNeedsOf(listing.areasOfNeed)],
      ],
      ownTerms,
    ),
    service_areas: serviceAreas(listing, localities),
  })
}
