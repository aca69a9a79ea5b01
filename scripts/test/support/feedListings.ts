/**
 * Made-up published listings in the shared mapping's input shape, for tests of the feed that
 * need no CMS: `count` listings of three kinds (a venue with every part, a listing delivered at
 * home with no venue, and one whose organisation has no description or phone).
 */
import {
  derivedId,
  type FeedListing,
  type FeedVocabularies,
  type LocalityName,
} from '@local-offer/shared/openReferral'
import { withVocabularies } from '@local-offer/cms/vocabularies'

import { councilVocabularies } from '../../../shared/test/fixtures/councilVocabularies'

const NAMESPACE = '3b0f5a52-6c0e-4d5e-8a57-6f3b1c2d4e5f'

/** The localities the listings' venues are in (the CMS's `localities`). */
export const feedLocalities: LocalityName[] = [
  { key: 'westbridge-central', name: 'Westbridge town centre' },
  { key: 'northbrook', name: 'Northbrook' },
]

/** The council's vocabularies the feed is built with: the starter lists and the localities. */
export const feedVocabularies: FeedVocabularies = {
  ...councilVocabularies,
  localities: feedLocalities,
}

/** Importer work (toCmsData, the mapping) with the starter vocabularies, as an import has them. */
export const withStarterVocabularies = <T>(work: () => T): T =>
  withVocabularies(councilVocabularies, work)

export function feedListings(count: number): FeedListing[] {
  return Array.from({ length: count }, (_, index): FeedListing => {
    const kind = index % 3
    const organisationIndex = index % 4
    return {
      openReferralId: derivedId(NAMESPACE, `listing/${index}`),
      name: `Listing ${String(index).padStart(3, '0')}`,
      summary: 'Speech and language therapy for children in school.',
      description: 'We work with schools.\n\nWe visit every school in the borough.',
      howToComplain: kind === 0 ? 'Contact the team manager first.' : undefined,
      senInformationReportUrl: undefined,
      educationOffer: kind === 0 ? { approachToTeaching: 'Small-group teaching.' } : {},
      website: 'https://www.westbridge.example/therapy',
      category: 'health',
      subCategories: ['speech-language-therapy'],
      ageRange: { minimum: 0, maximum: 18 },
      areasOfNeed: ['communication-interaction'],
      languages: ['en', 'pl'],
      access: {
        routes: ['professional-referral'],
        ehcPlanRequired: kind === 1,
        referralRequired: true,
        howToAccess: 'Ask your GP or school to refer you.',
        referralUrl: 'https://www.westbridge.example/refer',
      },
      eligibility: 'Children who live in Westbridge.',
      cost: { type: 'free' },
      contacts: [{ name: 'Priya Shah', role: 'Team manager', phone: '0121 496 0001' }],
      locations:
        kind === 1
          ? []
          : [
              {
                name: 'Civic Centre',
                addressLine1: '1 High Street',
                addressLine2: kind === 0 ? 'Floor 2' : undefined,
                town: 'Westbridge',
                postcode: 'WB1 1AA',
                locality: kind === 0 ? 'westbridge-central' : 'out-of-area',
                venueFeatures: ['step-free', 'hearing-loop'],
                accessibility: 'Lift to every floor.',
              },
            ],
      openingTimes: [{ days: ['monday', 'tuesday'], opens: '09:00', closes: '17:00' }],
      organisation: {
        openReferralId: derivedId(NAMESPACE, `organisation/${organisationIndex}`),
        name: `Provider ${organisationIndex}`,
        type: organisationIndex === 0 ? 'nhs' : 'charity',
        description: organisationIndex === 3 ? undefined : 'A provider of therapy.',
        email: 'team@westbridge.example',
        phone: organisationIndex === 3 ? undefined : '0121 496 0000',
        registrationNumber: organisationIndex === 1 ? '1234567' : undefined,
      },
      lastReviewed: '2026-06-15',
      updatedAt: `2026-07-0${(index % 9) + 1}T10:00:00.000Z`,
    }
  })
}
