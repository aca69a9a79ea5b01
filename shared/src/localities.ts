/**
 * The localities of the borough, for the "where" filter. Set these for your authority.
 * "out-of-area" is for provision outside the borough that its children and young people use
 * (SEND Regulations 2014 Schedule 2 paragraph 2).
 */
export const localities = [
  { value: 'westbridge-central', label: 'Westbridge town centre' },
  { value: 'northbrook', label: 'Northbrook' },
  { value: 'eastfield', label: 'Eastfield' },
  { value: 'southmere', label: 'Southmere' },
  { value: 'riverside', label: 'Riverside' },
  { value: 'out-of-area', label: 'Outside Westbridge' },
] as const satisfies readonly { value: string; label: string }[]

export type LocalityValue = (typeof localities)[number]['value']

/**
 * The `state_province` of the addresses in the Open Referral feed (the schema requires one):
 * the UK nation the authority's venues are in. Set it for your authority.
 */
export const LOCATION_STATE_PROVINCE = 'England'

/**
 * The areas a listing serves, as the site's "where" filter reads them: the localities of its
 * venues, or every locality of the borough for a service delivered at home or online.
 */
export function listingLocalities(locations: readonly { locality: string }[]): string[] {
  const located = [...new Set(locations.map((location) => location.locality))]
  return located.length > 0
    ? located
    : localities.map((locality) => locality.value).filter((value) => value !== 'out-of-area')
}
