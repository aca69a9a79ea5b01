/**
 * Reads and checks the query string of a live Open Referral API request. Every parameter an
 * endpoint does not know, every repeated one and every bad value is refused with a message that
 * says what to send instead; nothing is silently ignored (a consumer that filters must never get
 * unfiltered data).
 */
import { isUuid } from '@local-offer/shared/openReferral'
import { weekdays, type Weekday } from '@local-offer/shared'

import { badQuery } from './apiErrors'

export const DEFAULT_PER_PAGE = 50
export const MAX_PER_PAGE = 100

/** The service filters the API answers (the UK profile's, and `vocabulary`, `organization_id`). */
export interface ServiceFilters {
  search?: string
  taxonomyTermId?: string
  taxonomyId?: string
  vocabulary?: string
  organizationId?: string
  minimumAge?: number
  maximumAge?: number
  modifiedAfter?: Date
  day?: Weekday
  startTime?: string
  endTime?: string
}

export interface Paging {
  page: number
  perPage: number
}

const PAGING = ['page', 'per_page'] as const
export const SERVICE_PARAMETERS = [
  ...PAGING,
  'search',
  'taxonomy_term_id',
  'taxonomy_id',
  'vocabulary',
  'organization_id',
  'minimum_age',
  'maximum_age',
  'modified_after',
  'day',
  'start_time',
  'end_time',
] as const
export const TAXONOMY_TERM_PARAMETERS = [...PAGING, 'taxonomy_id', 'vocabulary'] as const
export const LIST_PARAMETERS = PAGING

/** The single value of each parameter; refuses unknown and repeated ones. */
export function readParameters(
  searchParams: URLSearchParams,
  allowed: readonly string[],
): Map<string, string> {
  const values = new Map<string, string>()
  for (const [name, value] of searchParams) {
    if (!allowed.includes(name)) {
      throw badQuery(
        allowed.length === 0
          ? `Unknown parameter "${name}": this address takes no parameters.`
          : `Unknown parameter "${name}": this address takes ${allowed.join(', ')}.`,
      )
    }
    if (values.has(name)) throw badQuery(`Parameter "${name}" is given more than once.`)
    values.set(name, value)
  }
  return values
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw badQuery(`"${name}" must be a whole number from ${min} to ${max}, not "${value}".`)
  }
  return Number(value)
}

export function readPaging(values: Map<string, string>): Paging {
  const page = values.get('page')
  const perPage = values.get('per_page')
  return {
    page: page === undefined ? 1 : wholeNumber('page', page, 1, 999_999),
    perPage:
      perPage === undefined ? DEFAULT_PER_PAGE : wholeNumber('per_page', perPage, 1, MAX_PER_PAGE),
  }
}

function uuid(name: string, value: string): string {
  if (!isUuid(value)) throw badQuery(`"${name}" must be a UUID, not "${value}".`)
  return value.toLowerCase()
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/
function time(name: string, value: string): string {
  if (!TIME.test(value)) throw badQuery(`"${name}" must be a time as HH:MM, not "${value}".`)
  return value.slice(0, 5)
}

const DAY_CODES: Record<string, Weekday> = {
  MO: 'monday',
  TU: 'tuesday',
  WE: 'wednesday',
  TH: 'thursday',
  FR: 'friday',
  SA: 'saturday',
  SU: 'sunday',
}

function day(value: string): Weekday {
  const byCode = DAY_CODES[value.toUpperCase()]
  const byName = weekdays.find((entry) => entry.value === value.toLowerCase())?.value
  const found = byCode ?? byName
  if (!found) {
    throw badQuery(
      `"day" must be a day as MO, TU, WE, TH, FR, SA or SU (or its name), not "${value}".`,
    )
  }
  return found
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/
function dateTime(name: string, value: string): Date {
  const parsed = new Date(value)
  if (!DATE_TIME.test(value) || Number.isNaN(parsed.getTime())) {
    throw badQuery(
      `"${name}" must be an ISO 8601 date or date-time, like 2026-01-31 or 2026-01-31T09:00:00Z, not "${value}".`,
    )
  }
  return parsed
}

/** The filters of `/taxonomy_terms`: a vocabulary by id or by name. */
export function readTaxonomyFilters(
  values: Map<string, string>,
): Pick<ServiceFilters, 'taxonomyId' | 'vocabulary'> {
  const taxonomyId = values.get('taxonomy_id')
  return {
    taxonomyId: taxonomyId === undefined ? undefined : uuid('taxonomy_id', taxonomyId),
    vocabulary: values.get('vocabulary'),
  }
}

export function readServiceFilters(values: Map<string, string>): ServiceFilters {
  const get = (name: string) => values.get(name)
  const filters: ServiceFilters = {}
  const search = get('search')?.trim()
  if (search !== undefined) {
    if (!search || search.length > 200) {
      throw badQuery('"search" must be some text, at most 200 characters.')
    }
    filters.search = search
  }
  const termId = get('taxonomy_term_id')
  if (termId !== undefined) filters.taxonomyTermId = uuid('taxonomy_term_id', termId)
  const taxonomyId = get('taxonomy_id')
  if (taxonomyId !== undefined) filters.taxonomyId = uuid('taxonomy_id', taxonomyId)
  const organizationId = get('organization_id')
  if (organizationId !== undefined) filters.organizationId = uuid('organization_id', organizationId)
  const vocabulary = get('vocabulary')
  if (vocabulary !== undefined) filters.vocabulary = vocabulary
  const minimumAge = get('minimum_age')
  if (minimumAge !== undefined) filters.minimumAge = wholeNumber('minimum_age', minimumAge, 0, 120)
  const maximumAge = get('maximum_age')
  if (maximumAge !== undefined) filters.maximumAge = wholeNumber('maximum_age', maximumAge, 0, 120)
  const modifiedAfter = get('modified_after')
  if (modifiedAfter !== undefined) filters.modifiedAfter = dateTime('modified_after', modifiedAfter)
  const dayValue = get('day')
  if (dayValue !== undefined) filters.day = day(dayValue)
  const startTime = get('start_time')
  if (startTime !== undefined) filters.startTime = time('start_time', startTime)
  const endTime = get('end_time')
  if (endTime !== undefined) filters.endTime = time('end_time', endTime)
  return filters
}
