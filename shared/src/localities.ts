/**
 * The council's localities (its areas, for the "where" filter) are data officers manage in the
 * CMS (the `localities` collection, issue 12 item 2): each has a stable key, a name in every
 * language and the postcode districts or sectors it covers. A venue's locality is derived from
 * its postcode when a listing is saved; a venue whose postcode no locality covers is
 * OUTSIDE_AREA, provision outside the council's area that its children and young people use
 * (SEND Regulations 2014 Schedule 2 paragraph 2).
 */
import { parsePostcode } from './places/index.js'

/** The key of a venue no locality covers. Reserved: no locality may take it. */
export const OUTSIDE_AREA = 'out-of-area'

/** OUTSIDE_AREA's English name (the admin, the gap table, the Open Referral feed). */
export const OUTSIDE_AREA_NAME = 'Outside the area'

/** What the rules below need of a locality. */
export interface LocalityCoverage {
  readonly key: string
  /** Postcode districts ("AB1") or sectors ("AB1 2"), in their normal form. */
  readonly postcodeAreas: readonly string[]
}

/**
 * A postcode district ("ab1" → "AB1") or sector ("ab1 2" → "AB1 2") in its normal form, or null
 * when the value is neither.
 */
export function normalisePostcodeArea(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const match = /^\s*([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)(?:\s+([0-9]))?\s*$/.exec(value)
  if (!match) return null
  const district = match[1]!.toUpperCase()
  return match[2] ? `${district} ${match[2]}` : district
}

/**
 * The key of the locality covering a postcode: a sector ("AB1 2") wins over a district ("AB1"),
 * so a council can split a district between two localities. OUTSIDE_AREA when none covers it,
 * or the postcode is not a full UK postcode.
 */
export function localityForPostcode(
  postcode: unknown,
  localities: readonly LocalityCoverage[],
): string {
  const parsed = parsePostcode(postcode)
  if (!parsed) return OUTSIDE_AREA
  const [district = '', inward = ''] = parsed.split(' ')
  const sector = `${district} ${inward.charAt(0)}`
  const bySector = localities.find((locality) => locality.postcodeAreas.includes(sector))
  if (bySector) return bySector.key
  return (
    localities.find((locality) => locality.postcodeAreas.includes(district))?.key ?? OUTSIDE_AREA
  )
}

/**
 * The `state_province` of the addresses in the Open Referral feed (the schema requires one):
 * the UK nation the authority's venues are in. Set it for your authority.
 */
export const LOCATION_STATE_PROVINCE = 'England'

/**
 * The areas a listing serves, as the site's "where" filter reads them: the localities of its
 * venues, or every locality of the council (`localityKeys`) for a service delivered at home or
 * online.
 */
export function listingLocalities(
  locations: readonly { locality: string }[],
  localityKeys: readonly string[],
): string[] {
  const located = [...new Set(locations.map((location) => location.locality))]
  return located.length > 0 ? located : localityKeys.filter((key) => key !== OUTSIDE_AREA)
}
