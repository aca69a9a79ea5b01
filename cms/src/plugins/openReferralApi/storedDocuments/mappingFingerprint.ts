/**
 * A fingerprint of the shared Open Referral mapping itself: the document it makes of one listing
 * that fills every field the mapping reads. A stored service document made by another version of
 * the mapping (an upgrade that changed what a service looks like) has another fingerprint in its
 * key, so it is made again rather than served: nobody has to remember to empty the store.
 */
import {
  accessRoutes,
  areasOfNeed,
  categoryValues,
  costTypes,
  educationOfferKeys,
  organisationTypes,
  weekdays,
} from '@local-offer/shared'
import {
  toOpenReferralService,
  type FeedListing,
  type FeedVocabularies,
} from '@local-offer/shared/openReferral'

import { jsonHash } from '../jsonHash'

const category = categoryValues[0] as string

const probeVocabularies: FeedVocabularies = {
  localities: [{ key: 'probe-town', name: 'Probe Town' }],
  subCategories: [
    {
      value: 'probe-sub-category',
      label: { en: 'Probe sub-category', pl: 'Sonda', ar: 'مسبار' },
      category: categoryValues[0]!,
      esdServiceTypes: ['1'],
    },
  ],
  venueFeatures: [{ value: 'probe-ramp', label: { en: 'Ramp' } }],
  languages: [{ value: 'probe-polish', label: { en: 'Polish' }, code: 'pl' }],
}

const probeListing: FeedListing = {
  openReferralId: '00000000-0000-4000-8000-000000000001',
  name: 'Probe service',
  summary: 'A summary.',
  description: 'A description.\n\nSecond paragraph.',
  howToComplain: 'Write to us.',
  senInformationReportUrl: 'https://probe.example/sen',
  educationOffer: Object.fromEntries(educationOfferKeys.map((key) => [key, `Answer ${key}`])),
  website: 'https://probe.example',
  category,
  subCategories: ['probe-sub-category'],
  ageRange: { minimum: 2, maximum: 19 },
  areasOfNeed: areasOfNeed.map((need) => need.value),
  languages: ['probe-polish'],
  access: {
    routes: accessRoutes.map((route) => route.value),
    ehcPlanRequired: true,
    referralRequired: true,
    howToAccess: 'Ring us.',
    referralUrl: 'https://probe.example/refer',
  },
  eligibility: 'Anyone.',
  cost: { type: costTypes[costTypes.length - 1]!.value, detail: '£2 a session' },
  contacts: [{ name: 'Ann', role: 'Lead', email: 'ann@probe.example', phone: '01632 960000' }],
  locations: [
    {
      name: 'Probe hall',
      addressLine1: '1 Probe Street',
      addressLine2: 'Upper floor',
      town: 'Probe Town',
      postcode: 'AB1 2CD',
      locality: 'probe-town',
      venueFeatures: ['probe-ramp'],
      accessibility: 'Lift.',
    },
  ],
  openingTimes: [
    { days: weekdays.map((day) => day.value), opens: '09:00', closes: '17:00', note: 'Term time' },
  ],
  organisation: {
    openReferralId: '00000000-0000-4000-8000-000000000002',
    name: 'Probe organisation',
    type: organisationTypes[0]!.value,
    registrationNumber: '123',
    description: 'About us.',
    website: 'https://org.probe.example',
    email: 'org@probe.example',
    phone: '01632 960001',
  },
  temporarilyClosed: true,
  lastReviewed: '2026-01-02',
  updatedAt: '2026-01-03T04:05:06.000Z',
}

let fingerprint: string | undefined

/** The mapping's fingerprint (made once per process). */
export function mappingFingerprint(): string {
  fingerprint ??= jsonHash(toOpenReferralService(probeListing, probeVocabularies), 16)
  return fingerprint
}
