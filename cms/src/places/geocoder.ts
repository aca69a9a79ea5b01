/**
 * The optional geocoding service that fills gaps in the postcode table: any service with
 * postcodes.io's API shape (GET {GEOCODER_URL}/postcodes/{postcode} →
 * { status: 200, result: { latitude, longitude } }). Unset by default: the CMS then calls no one.
 */
import { isOnTheGlobe, type Coordinates } from '@local-offer/shared'
import { z } from 'zod'

import type { Environment } from '../config/environment'

const answer = z.object({
  result: z.object({ latitude: z.number().nullable(), longitude: z.number().nullable() }),
})

export function geocoderUrlFromEnv(env: Environment = process.env): string | undefined {
  const url = env.GEOCODER_URL?.trim().replace(/\/+$/, '')
  return url || undefined
}

/**
 * The postcode's coordinates from the service, or null when it does not know the postcode, is
 * unreachable within the time limit, or answers something else (a save never waits long or fails
 * because of it).
 */
export async function geocodePostcode(
  baseUrl: string,
  postcode: string,
  timeoutMs = 3000,
): Promise<Coordinates | null> {
  try {
    const response = await fetch(`${baseUrl}/postcodes/${encodeURIComponent(postcode)}`, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    })
    if (!response.ok) return null
    const parsed = answer.safeParse(await response.json())
    if (!parsed.success) return null
    const { latitude, longitude } = parsed.data.result
    return isOnTheGlobe(latitude, longitude) ? { latitude: latitude!, longitude: longitude! } : null
  } catch {
    return null
  }
}
