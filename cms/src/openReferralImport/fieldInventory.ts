/**
 * Which fields of an Open Referral record the Local Offer keeps, and which it cannot hold: every
 * field of the record with a value is looked at (whatever the publisher's profile adds), so
 * nothing is dropped without the report saying so. Paths are written with `[]` for any item of a
 * list, e.g. `service_at_locations[].location.latitude`.
 */

/**
 * The fields toCmsData reads into the CMS (or checks: a value the export writes back the same).
 * A field of a part that is kept only for the first item (a second phone) is reported by
 * toCmsData itself.
 */
const KEPT = new Set([
  'id',
  'name',
  'description',
  'url',
  'status',
  'minimum_age',
  'maximum_age',
  'eligibility_description',
  'application_process',
  'assured_date',
  'organization.id',
  'organization.name',
  'organization.description',
  'organization.email',
  'organization.website',
  'organization.phones[].number',
  'organization.organization_identifiers[].identifier',
  'service_at_locations[].location.name',
  'service_at_locations[].location.location_type',
  'service_at_locations[].location.addresses[].address_1',
  'service_at_locations[].location.addresses[].address_2',
  'service_at_locations[].location.addresses[].city',
  'service_at_locations[].location.addresses[].postal_code',
  'service_at_locations[].location.addresses[].country',
  'service_at_locations[].location.addresses[].address_type',
  'service_at_locations[].location.accessibility[].description',
  'contacts[].name',
  'contacts[].title',
  'contacts[].email',
  'contacts[].phones[].number',
  'schedules[].freq',
  'schedules[].interval',
  'schedules[].byday',
  'schedules[].opens_at',
  'schedules[].closes_at',
  'schedules[].notes',
  'cost_options[].option',
  'cost_options[].amount_description',
  'languages[].code',
  'languages[].name',
])

/**
 * Fields that are not content: ids of parts (the Local Offer derives its own), the links
 * between parts, the record's update time (the CMS keeps its own) and taxonomy terms (read
 * and reported term by term by toCmsData).
 */
const NOT_CONTENT = [
  /(^|\.)id$/,
  /(^|\.)(service_id|location_id|organization_id|link_id|link_type|taxonomy_term_id|service_at_location_id|contact_id|parent_organization_id)$/,
  /^last_modified$/,
  /(^|\.)attributes\[\]/,
  /(^|\.)taxonomy_term(s)?(\[\])?\./,
  /^organization\.services\[\]/,
]

const hasValue = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)

function leaves(value: unknown, at: string, out: Set<string>) {
  if (Array.isArray(value)) {
    for (const item of value) leaves(item, `${at}[]`, out)
    return
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      leaves(inner, at ? `${at}.${key}` : key, out)
    }
    return
  }
  if (hasValue(value)) out.add(at)
}

/** The record's fields with a value that the Local Offer does not keep, in the record's order. */
export function fieldsNotKept(record: unknown): string[] {
  const found = new Set<string>()
  leaves(record, '', found)
  return [...found].filter(
    (field) => !KEPT.has(field) && !NOT_CONTENT.some((pattern) => pattern.test(field)),
  )
}
