/**
 * An Open Referral UK service (checked against the shared schema) as the CMS documents it
 * becomes: its organisation and the listing. Pure, and the inverse of the site's export
 * (shared/src/openReferral/toService.ts): toCmsData(export(listing)) gives the listing's fields back, which the
 * round-trip test proves. What the Local Offer needs and the record does not give is a reason
 * to reject it, never a guess; what the record has and the Local Offer cannot hold is a note.
 */
import type { Organisation, Service } from '../payload-types'
import {
  categoryOfSubCategory,
  costTypes,
  listingLocalities,
  localityForPostcode,
  type LocalityCoverage,
  LOCATION_STATE_PROVINCE,
  educationOfferQuestions,
  validateAge,
  validateAgeRange,
  validateTimeOfDay,
  validateUkPostcode,
  weekdays,
} from '@local-offer/shared'
import {
  NATIONAL_VOCABULARIES,
  VOCABULARIES,
  identifyVocabularyTerm,
  localityName,
  type LocalityName,
  isKindDescription,
  normaliseText,
  parseApplicationProcess,
  parseServiceDescription,
  plainTextToLexical,
  type OpenReferralAttribute,
  type OpenReferralService,
  type OpenReferralTaxonomyTerm,
  type VocabularyName,
} from '@local-offer/shared/openReferral'

import { currentOwnTerms, currentVocabularies } from '../collections/vocabularies/vocabularyContext'
import { fieldsNotKept } from './fieldInventory'
import { describeTerm, lookUpTerm, type VocabularyMapping } from './vocabularyMapping'

/** The organisation fields an import writes (English). `type` only when the feed says. */
export type ImportedOrganisation = Pick<
  Organisation,
  'openReferralId' | 'name' | 'description' | 'email' | 'website' | 'phone' | 'registrationNumber'
> & { openReferralId: string; type?: Organisation['type'] }

/** The listing fields an import writes (English); the organisation is linked when written. */
export type ImportedService = Pick<
  Service,
  | 'openReferralId'
  | 'name'
  | 'summary'
  | 'description'
  | 'category'
  | 'subCategories'
  | 'ageRange'
  | 'areasOfNeed'
  | 'languages'
  | 'access'
  | 'eligibility'
  | 'howToComplain'
  | 'cost'
  | 'contacts'
  | 'website'
  | 'locations'
  | 'openingTimes'
  | 'senInformationReportUrl'
  | 'educationOffer'
  | 'temporaryClosure'
> & { openReferralId: string; lastReviewed?: string }

/**
 * The Open Referral statuses a service is imported with, and whether each is closed on the site.
 * A temporarily closed service is still part of the Local Offer (marked closed, with no reopening
 * day: the standard has none); any other status (inactive, defunct) is skipped by the importer.
 */
const IMPORTED_STATUSES: Readonly<Record<string, { closed: boolean }>> = {
  active: { closed: false },
  'temporarily closed': { closed: true },
}

/** Why a service is not imported because of its status, or null when its status is imported. */
export function statusNotImported(status: string): string | null {
  return Object.hasOwn(IMPORTED_STATUSES, status)
    ? null
    : `its status is "${status}": only ${Object.keys(IMPORTED_STATUSES).join(' and ')} services are imported`
}

export type CmsDataResult =
  | {
      ok: true
      organisation: ImportedOrganisation
      service: ImportedService
      /** What the record had that the Local Offer cannot hold, and was left out. */
      notes: string[]
    }
  | {
      ok: false
      /** What is wrong with the record's data: the publisher must change it. */
      reasons: string[]
      /**
       * What an officer must decide (the Local Offer classification the record's terms do not
       * give: category, access route, cost, locality): with no `reasons`, the record needs sorting.
       */
      toSort: string[]
      notes: string[]
    }

const SUMMARY_MAX = 300

const dayByCode = Object.fromEntries(
  weekdays.map((day) => [day.value.slice(0, 2).toUpperCase(), day.value]),
) as Record<string, (typeof weekdays)[number]['value']>

/**
 * The codes of the Local Offer terms among attributes, per vocabulary; the other terms (another
 * publisher's, or the national ones) are kept aside for the mapping file.
 */
export function readAttributes(attributes: readonly OpenReferralAttribute[] | null | undefined) {
  const codes = new Map<VocabularyName, string[]>()
  const foreign: Array<{ term: OpenReferralTaxonomyTerm; name: string }> = []
  for (const attribute of attributes ?? []) {
    const term = attribute.taxonomy_term
      ? identifyVocabularyTerm(attribute.taxonomy_term, currentOwnTerms())
      : identifyVocabularyTerm({ id: attribute.taxonomy_term_id }, currentOwnTerms())
    if (!term || NATIONAL_VOCABULARIES.includes(term.vocabulary)) {
      const published = attribute.taxonomy_term ?? {}
      const known = term
        ? { ...published, taxonomy: term.vocabulary, term: term.code, term_uri: term.uri }
        : published
      foreign.push({
        term: known,
        name: describeTerm(attribute.taxonomy_term, attribute.taxonomy_term_id),
      })
      continue
    }
    const list = codes.get(term.vocabulary) ?? []
    if (!list.includes(term.code)) list.push(term.code)
    codes.set(term.vocabulary, list)
  }
  return { get: (vocabulary: VocabularyName) => codes.get(vocabulary) ?? [], foreign }
}

/**
 * The category, sub-categories and areas of need the mapping file gives the record's other
 * terms; the terms it does not name are listed (never guessed at).
 */
export function mapForeignTerms(
  foreign: ReturnType<typeof readAttributes>['foreign'],
  mapping: VocabularyMapping | undefined,
) {
  const categories = new Set<string>()
  const subCategories = new Set<string>()
  const areasOfNeed = new Set<string>()
  const unmapped: string[] = []
  for (const { term, name } of foreign) {
    const found = mapping ? lookUpTerm(mapping, term) : undefined
    if (!found) {
      unmapped.push(name)
      continue
    }
    if (found.entry.category) categories.add(found.entry.category)
    for (const sub of found.entry.subCategories) subCategories.add(sub)
    for (const area of found.entry.areasOfNeed) areasOfNeed.add(area)
  }
  return {
    categories: [...categories],
    subCategories: [...subCategories],
    areasOfNeed: [...areasOfNeed],
    unmapped: [...new Set(unmapped)],
  }
}

/** "09:00", "09:00:00", "09:00Z" or "09:00+01:00" as the CMS's "09:00". */
function timeOfDay(value: string | null | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/)
  return match && validateTimeOfDay(match[1]) === true ? match[1] : undefined
}

const text = (value: string | null | undefined) => normaliseText(value) || undefined

function toOrganisation(
  record: OpenReferralService['organization'],
  toSort: string[],
): ImportedOrganisation {
  const attributes = readAttributes(record.attributes)
  const [type, ...otherTypes] = attributes.get(VOCABULARIES.organisationType)
  if (otherTypes.length > 0) toSort.push('the organisation has more than one organisation type')
  const name = record.name.trim()
  const description = text(record.description)
  // The export writes "<name>: <kind>." for an organisation without a description of its own.
  const ownDescription =
    description &&
    type &&
    isKindDescription({ name, type: type as Organisation['type'] }, description)
      ? undefined
      : description
  return {
    openReferralId: record.id.toLowerCase(),
    name,
    ...(type ? { type: type as Organisation['type'] } : {}),
    description: ownDescription ?? null,
    email: text(record.email) ?? null,
    website: text(record.website) ?? null,
    phone: record.phones?.[0]?.number.trim() || null,
    registrationNumber: record.organization_identifiers?.[0]?.identifier.trim() || null,
  }
}

/**
 * `mapping`: the officer's mapping of other publishers' terms (vocabularyMapping.ts), used when
 * the record carries no Local Offer category of its own.
 */
/** A locality of the CMS: the service areas it would derive from the venues' postcodes. */
export type ImportLocality = LocalityName & LocalityCoverage

export function toCmsData(
  record: OpenReferralService,
  mapping?: VocabularyMapping,
  /** The CMS's localities (the importer reads them): only to tell whether service areas differ. */
  localities: readonly ImportLocality[] = [],
): CmsDataResult {
  const reasons: string[] = []
  const toSort: string[] = []
  const notes: string[] = []
  const organisation = toOrganisation(record.organization, toSort)
  const attributes = readAttributes(record.attributes)
  const own = attributes.get(VOCABULARIES.category).length > 0
  // A record with our own category (our feed, or one classified for us) is read by its own
  // terms: its national terms are derived from them and other terms are left out (noted).
  const mapped = own ? undefined : mapForeignTerms(attributes.foreign, mapping)
  if (own) {
    const others = attributes.foreign.filter(
      ({ term }) => !NATIONAL_VOCABULARIES.includes(term.taxonomy as VocabularyName),
    )
    if (others.length > 0) {
      notes.push(
        `taxonomy terms outside the Local Offer's vocabularies left out: ${others.map((o) => o.name).join(', ')}`,
      )
    }
  } else if (mapped && mapped.unmapped.length > 0 && mapped.categories.length > 0) {
    notes.push(`taxonomy terms not in the mapping file left out: ${mapped.unmapped.join(', ')}`)
  }

  const categories = own ? attributes.get(VOCABULARIES.category) : (mapped?.categories ?? [])
  const [category, ...otherCategories] = categories
  if (!category) {
    toSort.push(
      mapped && mapped.unmapped.length > 0
        ? `no Local Offer category: none of its terms is in the mapping file (${mapped.unmapped.join(', ')}); add one there or give it a ${VOCABULARIES.category} term`
        : `no Local Offer category: add an attribute with a ${VOCABULARIES.category} term`,
    )
  } else if (otherCategories.length > 0) {
    toSort.push(
      own
        ? `more than one ${VOCABULARIES.category} term: a listing has one category`
        : `its terms map to more than one category (${categories.join(', ')}): a listing has one`,
    )
  }
  const subCategories = own
    ? attributes.get(VOCABULARIES.subCategory)
    : (mapped?.subCategories ?? []).filter(
        (sub) => categoryOfSubCategory(currentVocabularies().subCategories, sub) === category,
      )
  const strays = subCategories.filter(
    (sub) => categoryOfSubCategory(currentVocabularies().subCategories, sub) !== category,
  )
  if (category && strays.length > 0) {
    reasons.push(`sub-categories ${strays.join(', ')} are not in the category ${category}`)
  }
  const areasOfNeed = [
    ...new Set([...attributes.get(VOCABULARIES.areaOfNeed), ...(mapped?.areasOfNeed ?? [])]),
  ]

  const minimum = record.minimum_age
  const maximum = record.maximum_age
  if (typeof minimum !== 'number' || typeof maximum !== 'number') {
    reasons.push('minimum_age and maximum_age are needed: the Local Offer shows the ages, 0 to 25')
  } else {
    // The CMS's own rules, checked here too so every reason is given at once (and a dry run
    // without the CMS's validation says the same).
    for (const [field, age] of [
      ['minimum_age', minimum],
      ['maximum_age', maximum],
    ] as const) {
      const valid = validateAge(age)
      if (valid !== true) reasons.push(`${field} is ${age}: ${valid}`)
    }
    const range = validateAgeRange(minimum, maximum)
    if (range !== true) reasons.push(range)
  }

  const routes = attributes.get(VOCABULARIES.accessRoute)
  if (routes.length === 0) {
    toSort.push(`no access route: add attributes with ${VOCABULARIES.accessRoute} terms`)
  }
  const requirements = attributes.get(VOCABULARIES.requirement)
  const { howToAccess, referralUrl } = parseApplicationProcess(record.application_process ?? '')
  if (!howToAccess) reasons.push('application_process is empty: say how a family gets the service')

  const costOption = record.cost_options?.[0]
  const optionType = costTypes.find((c) => c.label.en === costOption?.option?.trim())?.value
  const costType = attributes.get(VOCABULARIES.cost)[0] ?? optionType
  if (!costType) {
    toSort.push(`no cost: add an attribute with a ${VOCABULARIES.cost} term`)
  }
  // The CMS records the kind of cost; the option's own words are not kept (never replaced).
  if (costOption?.option?.trim() && optionType === undefined) {
    notes.push(`the cost option's own words "${costOption.option.trim()}" are not kept`)
  }
  if ((record.cost_options?.length ?? 0) > 1) {
    notes.push('only the first cost option was kept')
  }

  const parts = parseServiceDescription(record.description ?? '')
  if (!parts.summary) reasons.push('description is empty: the Local Offer needs a summary')
  if (parts.summary.length > SUMMARY_MAX) {
    reasons.push(
      `the description's first paragraph is ${parts.summary.length} characters: the summary holds at most ${SUMMARY_MAX}`,
    )
  }

  const contacts = (record.contacts ?? []).map((contact) => {
    if ((contact.phones?.length ?? 0) > 1)
      notes.push(`only the first phone of each contact was kept`)
    return {
      name: text(contact.name) ?? null,
      role: text(contact.title) ?? null,
      phone: contact.phones?.[0]?.number.trim() || null,
      email: text(contact.email) ?? null,
    }
  })
  if (contacts.length === 0) reasons.push('no contacts: the Local Offer needs at least one')

  const locations = (record.service_at_locations ?? []).flatMap(({ location }, index) => {
    const where = `location ${index + 1}`
    const addresses = location.addresses ?? []
    // A Local Offer location is a venue: a postal address is not made into one.
    const address = addresses.find((a) => !a.address_type || a.address_type === 'physical')
    // Its locality is not read: the CMS derives it from the postcode when the listing is saved.
    const locationTerms = readAttributes(location.attributes)
    for (const other of addresses) {
      const country = other.country?.trim()
      if (country && country.toUpperCase() !== 'GB') {
        reasons.push(
          `${where} is in the country "${country}": the Local Offer lists venues in the United Kingdom (GB)`,
        )
      }
    }
    if (location.location_type === 'virtual') {
      reasons.push(`${where} is virtual: the Local Offer's locations are venues`)
      return []
    }
    if (!address) {
      reasons.push(
        addresses.length > 0
          ? `${where} has only a ${addresses.map((a) => a.address_type).join(', ')} address: the Local Offer's locations are venues with a physical address`
          : `${where} has no address`,
      )
      return []
    }
    const postcode = validateUkPostcode(address.postal_code)
    if (postcode !== true) {
      reasons.push(`${where}'s postal_code "${address.postal_code}": ${postcode}`)
    }
    const state = address.state_province?.trim()
    if (state && state !== LOCATION_STATE_PROVINCE) {
      notes.push(`${where}'s state_province "${state}" is not kept`)
    }
    return [
      {
        name: text(location.name) ?? null,
        addressLine1: address.address_1.trim(),
        addressLine2: text(address.address_2) ?? null,
        town: address.city.trim(),
        postcode: address.postal_code.trim(),
        venueFeatures: locationTerms.get(VOCABULARIES.venueFeature) as NonNullable<
          Service['locations']
        >[number]['venueFeatures'],
        accessibility: text(location.accessibility?.[0]?.description) ?? null,
      },
    ]
  })

  const openingTimes = (record.schedules ?? []).flatMap((schedule, index) => {
    const where = `schedule ${index + 1}`
    if ((schedule.freq && schedule.freq !== 'WEEKLY') || (schedule.interval ?? 1) !== 1) {
      notes.push(
        `${where} repeats ${schedule.freq ?? ''}${schedule.interval && schedule.interval !== 1 ? ` every ${schedule.interval}` : ''}, not every week, and was left out`,
      )
      return []
    }
    const codes = (schedule.byday ?? '').split(',').map((code) => code.trim().toUpperCase())
    const days = codes.map((code) => dayByCode[code]).filter((day) => day !== undefined)
    const opens = timeOfDay(schedule.opens_at)
    const closes = timeOfDay(schedule.closes_at)
    if (days.length === 0 || days.length !== codes.length || !opens || !closes) {
      reasons.push(`${where} needs byday (MO,TU...), opens_at and closes_at (HH:MM)`)
      return []
    }
    return [{ days, opens, closes, note: text(schedule.notes) ?? null }]
  })

  const languages = (record.languages ?? []).flatMap((language) => {
    const code = language.code?.trim().toLowerCase()
    const known = currentVocabularies().languages.find(
      (l) => l.value === code || l.code === code || l.label.en === language.name,
    )
    if (!known) {
      notes.push(
        language.name || code
          ? `language ${language.name ?? code} is not on the Local Offer's list`
          : 'a language with neither a code nor a name was left out',
      )
    }
    return known ? [known.value] : []
  })

  const organisationIdentifier = record.organization.organization_identifiers?.[0]
  const identifierType = organisationIdentifier?.identifier_type?.trim()
  if (identifierType && identifierType !== 'Registration number') {
    notes.push(
      `the organisation identifier's type "${identifierType}" is not kept (the CMS holds the number only)`,
    )
  }
  if ((record.organization.organization_identifiers?.length ?? 0) > 1) {
    notes.push('only the first organisation identifier was kept')
  }
  if ((record.organization.phones?.length ?? 0) > 1) {
    notes.push("only the organisation's first phone was kept")
  }
  notes.push(...notKeptNote(record, locations, localities))

  if (reasons.length > 0 || toSort.length > 0 || !category || !costType) {
    return { ok: false, reasons, toSort, notes: [...new Set(notes)] }
  }

  const educationOffer = Object.fromEntries(
    educationOfferQuestions.map(({ key }) => [key, parts.sections[key] ?? null]),
  )
  const service: ImportedService = {
    openReferralId: record.id.toLowerCase(),
    name: record.name.trim(),
    summary: parts.summary,
    description: parts.description ? plainTextToLexical(parts.description) : null,
    category: category as Service['category'],
    subCategories: subCategories as Service['subCategories'],
    ageRange: { minimum: minimum as number, maximum: maximum as number },
    areasOfNeed: areasOfNeed as Service['areasOfNeed'],
    languages: languages as Service['languages'],
    access: {
      routes: routes as Service['access']['routes'],
      ehcPlanRequired: requirements.includes('ehc-plan-required'),
      referralRequired: requirements.includes('referral-required'),
      howToAccess,
      referralUrl: referralUrl ?? null,
    },
    eligibility: text(record.eligibility_description) ?? null,
    howToComplain: parts.sections.howToComplain ?? null,
    cost: {
      type: costType as NonNullable<Service['cost']>['type'],
      detail: text(costOption?.amount_description) ?? null,
    },
    contacts,
    website: text(record.url) ?? null,
    locations,
    openingTimes,
    senInformationReportUrl: parts.sections.senInformationReportUrl ?? null,
    educationOffer: educationOffer as Service['educationOffer'],
    temporaryClosure: { closed: IMPORTED_STATUSES[record.status]?.closed ?? false },
    ...(record.assured_date && /^\d{4}-\d{2}-\d{2}$/.test(record.assured_date)
      ? { lastReviewed: `${record.assured_date}T12:00:00.000Z` }
      : {}),
  }
  return { ok: true, organisation, service, notes: [...new Set(notes)] }
}

/**
 * The note naming the record's fields the Local Offer cannot hold (fieldInventory.ts). Service
 * areas equal to the ones the Local Offer derives from the venues (the export's) are not news.
 */
function notKeptNote(
  record: OpenReferralService,
  locations: ReadonlyArray<{ postcode: string }>,
  localities: readonly ImportLocality[],
): string[] {
  const derivedAreas = listingLocalities(
    locations.map((location) => ({ locality: localityForPostcode(location.postcode, localities) })),
    localities.map((locality) => locality.key),
  )
    .map((key) => localityName(localities, key))
    .sort()
  const areas = (record.service_areas ?? []).map((area) => area.service_area ?? area.name ?? '')
  const sameAreas = JSON.stringify([...areas].sort()) === JSON.stringify(derivedAreas)
  const fields = fieldsNotKept(record).filter(
    (field) =>
      !(sameAreas && /^service_areas\[\]\.(name|service_area)$/.test(field)) &&
      // Reported above, with the value.
      !/addresses\[\]\.state_province$|organization_identifiers\[\]\.identifier_type$/.test(field),
  )
  return fields.length > 0
    ? [`fields the Local Offer cannot hold, not kept: ${fields.join(', ')}`]
    : []
}
