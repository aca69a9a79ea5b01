/**
 * The static postcode files near-me search reads in the browser: one per postcode district of
 * the council's area, `/places/SW1A.json` → { "SW1A 1AA": [51.50101, -0.14156], … }. A family's
 * postcode is turned into coordinates from its district's file, so no server is asked and
 * nothing about the family leaves the page. A district has a few thousand postcodes at most
 * (~25 bytes each before compression).
 */
import type { SitePostcode } from '../model'

export type PostcodeFile = Record<string, [number, number]>

/** Postcodes grouped by district, each district's in postcode order (stable files, cacheable). */
export function postcodeFilesByDistrict(
  postcodes: readonly SitePostcode[],
): Map<string, PostcodeFile> {
  const files = new Map<string, PostcodeFile>()
  const sorted = [...postcodes].sort((a, b) => a.id.localeCompare(b.id))
  for (const postcode of sorted) {
    const file = files.get(postcode.district) ?? {}
    file[postcode.id] = [postcode.latitude, postcode.longitude]
    files.set(postcode.district, file)
  }
  return files
}

/** Where a district's file is published. */
export function postcodeFilePath(district: string): string {
  return `/places/${encodeURIComponent(district.toUpperCase())}.json`
}
