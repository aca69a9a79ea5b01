/**
 * A published listing (the site's model) as an Open Referral UK 3.0 service document, the
 * `/services/{id}` of the feed. Pure: the same listing always gives the same document, and the
 * ids of its parts are derived from the listing's id, so the feed exported again after an import
 * (scripts/src/openReferral) is identical. English only: Open Referral UK has one language.
 * The field-by-field mapping is in docs/open-referral.md.
 */
import { costTypes, labelFor, serviceLanguages, weekdays } from '@local-offer/shared'
import {
  LINK_TYPES,
  VOCABULARIES,
  composeApplicationProcess,
  composeServiceDescription,
  derivedId,
  findVocabularyTerm,
  normaliseText,
  taxonomyTermOf,
  type OpenReferralAttribute,
  type OpenReferralOrganization,
  type OpenReferralService,
  type VocabularyName,
} from '@local-offer/shared/openReferral'

import type { SiteOrganisationSummary, SiteService } from '../lib/model'

/** Drops keys whose value is undefined or empty text, so absent fields are left out. */
function present<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== ''),
  ) as T
}

function attributesFor(
  linkId: string,
  terms: Array<[VocabularyName, readonly string[]]>,
): OpenReferralAttribute[] {
  return terms.flatMap(([vocabulary, codes]) =>
    codes.flatMap((code) => {
      const term = findVocabularyTerm(vocabulary, code)
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

export function toOpenReferralOrganization(
  organisation: SiteOrganisationSummary,
): OpenReferralOrganization {
  const id = organisation.openReferralId
  return present({
    id,
    name: organisation.name,
    description: normaliseText(organisation.description.en),
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

const weekdayCodes: Record<(typeof weekdays)[number]['value'], string> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
}

/** RFC 5545 day codes (MO, TU...) for stored weekdays, in the week's order. */
export function byDay(days: readonly (typeof weekdays)[number]['value'][]): string {
  return weekdays
    .filter((day) => days.includes(day.value))
    .map((day) => weekdayCodes[day.value])
    .join(',')
}

export { weekdayCodes }

export function toOpenReferralService(service: SiteService): OpenReferralService {
  const id = service.openReferralId
  const part = (key: string) => derivedId(id, key)
  const educationSections = Object.fromEntries(
    service.educationOffer.map((answer) => [answer.key, answer.text.en]),
  )
  const costLabel = labelFor(costTypes, service.cost.type)
  return present({
    id,
    name: service.name.en,
    description: composeServiceDescription({
      summary: service.summary.en,
      description: service.descriptionText.en ?? '',
      sections: {
        howToComplain: service.howToComplain.en,
        senInformationReportUrl: service.senInformationReportUrl,
        ...educationSections,
      },
    }),
    url: service.website,
    status: 'active' as const,
    minimum_age: service.ageRange.minimum,
    maximum_age: service.ageRange.maximum,
    eligibility_description: normaliseText(service.eligibility.en),
    application_process: composeApplicationProcess(
      normaliseText(service.access.howToAccess.en),
      service.access.referralUrl,
    ),
    assured_date: service.lastReviewed,
    organization: toOpenReferralOrganization(service.organisation),
    service_at_locations: service.locations.map((location, index) => {
      const locationId = part(`location/${index}`)
      return {
        id: part(`service-at-location/${index}`),
        location: present({
          id: locationId,
          name: location.name.en,
          addresses: [
            present({
              id: derivedId(locationId, 'address'),
              address_1: location.addressLine1,
              address_2: location.addressLine2,
              city: location.town,
              state_province: '',
              postal_code: location.postcode,
              country: 'GB',
              address_type: 'physical',
            }),
          ],
          accessibility: location.accessibility.en
            ? [
                {
                  id: derivedId(locationId, 'accessibility'),
                  description: normaliseText(location.accessibility.en),
                },
              ]
            : [],
          attributes: attributesFor(locationId, [
            [VOCABULARIES.locality, [location.locality]],
            [VOCABULARIES.venueFeature, location.venueFeatures],
          ]),
        }),
      }
    }),
    contacts: service.contacts.map((contact, index) =>
      present({
        id: part(`contact/${index}`),
        name: contact.name,
        title: contact.role.en,
        email: contact.email,
        phones: contact.phone
          ? [{ id: part(`contact/${index}/phone`), number: contact.phone }]
          : [],
      }),
    ),
    schedules: service.openingTimes.map((time, index) =>
      present({
        id: part(`schedule/${index}`),
        freq: 'WEEKLY',
        interval: 1,
        byday: byDay(time.days),
        opens_at: time.opens,
        closes_at: time.closes,
        notes: time.note.en,
      }),
    ),
    cost_options: [
      present({
        id: part('cost'),
        option: costLabel,
        amount_description: normaliseText(service.cost.detail.en),
      }),
    ],
    languages: service.languages.map((code) =>
      present({
        id: part(`language/${code}`),
        name: labelFor(serviceLanguages, code),
        code,
      }),
    ),
    attributes: attributesFor(id, [
      [VOCABULARIES.category, [service.category]],
      [VOCABULARIES.subCategory, service.subCategories],
      [VOCABULARIES.areaOfNeed, service.areasOfNeed],
      [VOCABULARIES.accessRoute, service.access.routes],
      [
        VOCABULARIES.requirement,
        [
          ...(service.access.ehcPlanRequired ? ['ehc-plan-required'] : []),
          ...(service.access.referralRequired ? ['referral-required'] : []),
        ],
      ],
      [VOCABULARIES.cost, [service.cost.type]],
    ]),
    service_areas: [],
  })
}
