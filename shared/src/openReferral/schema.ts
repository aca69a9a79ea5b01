/**
 * Open Referral UK 3.0 documents (HSDS 3.0 with the UK profile), as zod schemas: what the
 * Local Offer publishes under /openreferral/ and what the importer accepts. Only the fields the
 * Local Offer reads or writes are listed; others in a feed are allowed and ignored.
 * See docs/open-referral.md for the version followed and where fields come from.
 */
import { z } from 'zod'

import { isUuid } from './ids.js'

/** The version of Open Referral UK (and of HSDS) these documents follow. */
export const OPEN_REFERRAL_VERSION = '3.0'

const uuid = z.string().refine(isUuid, { message: 'must be a UUID' })
/** Ids of nested objects: any text (the importer derives its own). */
const anyId = z.union([z.string(), z.number()]).transform(String)
const text = z.string().nullish()

export const taxonomyTermSchema = z.looseObject({
  id: anyId.nullish(),
  name: text,
  term: text,
  taxonomy: text,
  parent_id: text,
  description: text,
  taxonomy_id: text,
  term_uri: text,
})

export const attributeSchema = z.looseObject({
  id: anyId.nullish(),
  link_type: text,
  taxonomy_term_id: text,
  taxonomy_term: taxonomyTermSchema.nullish(),
})

export const phoneSchema = z.looseObject({
  id: anyId.nullish(),
  number: z.string(),
  description: text,
})

export const contactSchema = z.looseObject({
  id: anyId.nullish(),
  name: text,
  title: text,
  email: text,
  phones: z.array(phoneSchema).nullish(),
})

export const addressSchema = z.looseObject({
  id: anyId.nullish(),
  address_1: z.string(),
  address_2: text,
  city: z.string(),
  region: text,
  state_province: text,
  postal_code: z.string(),
  country: text,
  address_type: text,
})

export const accessibilitySchema = z.looseObject({
  id: anyId.nullish(),
  description: text,
  details: text,
  url: text,
})

export const locationSchema = z.looseObject({
  id: anyId.nullish(),
  location_type: z.enum(['physical', 'postal', 'virtual']).nullish(),
  name: text,
  description: text,
  addresses: z.array(addressSchema).nullish(),
  accessibility: z.array(accessibilitySchema).nullish(),
  attributes: z.array(attributeSchema).nullish(),
})

export const serviceAtLocationSchema = z.looseObject({
  id: anyId.nullish(),
  location: locationSchema,
})

export const scheduleSchema = z.looseObject({
  id: anyId.nullish(),
  freq: text,
  interval: z.number().nullish(),
  byday: text,
  opens_at: text,
  closes_at: text,
  description: text,
  notes: text,
})

export const costOptionSchema = z.looseObject({
  id: anyId.nullish(),
  option: text,
  amount: z.number().nullish(),
  currency: text,
  amount_description: text,
})

export const serviceAreaSchema = z.looseObject({
  id: anyId.nullish(),
  name: text,
  service_area: text,
  uri: text,
})

export const languageSchema = z.looseObject({
  id: anyId.nullish(),
  name: text,
  code: text,
})

export const organizationIdentifierSchema = z.looseObject({
  id: anyId.nullish(),
  identifier_scheme: text,
  identifier_type: text,
  identifier: z.string(),
})

export const organizationSchema = z.looseObject({
  id: uuid,
  name: z.string().min(1, 'must not be empty'),
  description: text,
  email: text,
  website: text,
  phones: z.array(phoneSchema).nullish(),
  organization_identifiers: z.array(organizationIdentifierSchema).nullish(),
  attributes: z.array(attributeSchema).nullish(),
})

export const serviceSchema = z.looseObject({
  id: uuid,
  name: z.string().min(1, 'must not be empty'),
  description: text,
  url: text,
  email: text,
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  minimum_age: z.number().nullish(),
  maximum_age: z.number().nullish(),
  eligibility_description: text,
  application_process: text,
  assured_date: text,
  last_modified: text,
  organization: organizationSchema,
  service_at_locations: z.array(serviceAtLocationSchema).nullish(),
  contacts: z.array(contactSchema).nullish(),
  schedules: z.array(scheduleSchema).nullish(),
  cost_options: z.array(costOptionSchema).nullish(),
  languages: z.array(languageSchema).nullish(),
  attributes: z.array(attributeSchema).nullish(),
  service_areas: z.array(serviceAreaSchema).nullish(),
})

/** The page envelope of a paginated list (`/services?page=n`). */
export const pageSchema = z.looseObject({
  total_items: z.number().int().nonnegative(),
  total_pages: z.number().int().nonnegative(),
  page_number: z.number().int().positive(),
  size: z.number().int().nonnegative(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(z.unknown()),
})

export type OpenReferralTaxonomyTerm = z.infer<typeof taxonomyTermSchema>
export type OpenReferralAttribute = z.infer<typeof attributeSchema>
export type OpenReferralContact = z.infer<typeof contactSchema>
export type OpenReferralLocation = z.infer<typeof locationSchema>
export type OpenReferralSchedule = z.infer<typeof scheduleSchema>
export type OpenReferralOrganization = z.infer<typeof organizationSchema>
export type OpenReferralService = z.infer<typeof serviceSchema>
export type OpenReferralPage = z.infer<typeof pageSchema>
