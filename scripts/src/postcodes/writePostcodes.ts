import type { Payload, PayloadRequest } from 'payload'

import { yieldToEventLoop } from '../bulk/yieldToEventLoop.js'
import type { PostcodeCentroid } from './readPostcodes.js'

export interface PostcodeWriteCounts {
  created: number
  updated: number
  unchanged: number
}

export type PostcodeSource = 'ons' | 'codepoint' | 'demo'

/**
 * Writes one batch of centroids, by postcode: new ones created, moved ones updated, the rest left
 * alone, so loading the same file twice changes nothing. Postcodes missing from the file are
 * kept (a venue may still use a terminated postcode). A dry run only counts.
 */
export async function writePostcodes(
  payload: Payload,
  batch: readonly PostcodeCentroid[],
  options: { source: PostcodeSource; dryRun: boolean; req?: PayloadRequest; now?: Date },
): Promise<PostcodeWriteCounts> {
  const counts: PostcodeWriteCounts = { created: 0, updated: 0, unchanged: 0 }
  const common = { req: options.req, overrideAccess: true, depth: 0 } as const
  const existing = await payload.find({
    collection: 'postcodes',
    where: { postcode: { in: batch.map((c) => c.postcode) } },
    select: { postcode: true, latitude: true, longitude: true },
    limit: batch.length,
    pagination: false,
    ...common,
  })
  const byPostcode = new Map(existing.docs.map((doc) => [doc.postcode, doc]))
  const importedAt = (options.now ?? new Date()).toISOString()
  for (const centroid of batch) {
    const found = byPostcode.get(centroid.postcode)
    if (found && found.latitude === centroid.latitude && found.longitude === centroid.longitude) {
      counts.unchanged++
    } else if (found) {
      counts.updated++
      if (!options.dryRun) {
        await payload.update({
          collection: 'postcodes',
          id: found.id,
          data: {
            latitude: centroid.latitude,
            longitude: centroid.longitude,
            source: options.source,
            importedAt,
          },
          ...common,
        })
      }
    } else {
      counts.created++
      if (!options.dryRun) {
        await payload.create({
          collection: 'postcodes',
          data: { ...centroid, source: options.source, importedAt },
          ...common,
        })
      }
    }
    await yieldToEventLoop()
  }
  return counts
}
