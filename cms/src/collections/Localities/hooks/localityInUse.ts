/**
 * A locality listings use keeps its key and cannot be removed (issue 12 item 2): the listings'
 * venues store the key, and the site's filter addresses and the Open Referral feed are built
 * from it. The refusal names how many listings use it, so the officer knows what to change first.
 */
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

/** How many listings have a venue in the locality with this key. */
export async function listingsInLocality(req: PayloadRequest, key: string): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'services',
    where: { 'locations.locality': { equals: key } },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

const listings = (count: number) => (count === 1 ? '1 listing uses' : `${count} listings use`)

export const refuseDeleteWhileInUse: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const locality = await req.payload.findByID({
    collection: 'localities',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const count = await listingsInLocality(req, locality.slug ?? '')
  if (count > 0) {
    throw new APIError(
      `This locality cannot be deleted: ${listings(count)} it. Change the postcode areas so those venues belong to another locality, and save the listings, first.`,
      409,
      null,
      true,
    )
  }
}

export const keepKeyWhileInUse: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const before = (originalDoc as { slug?: string | null } | undefined)?.slug
  if (operation !== 'update' || !before || data.slug === undefined || data.slug === before) {
    return data
  }
  const count = await listingsInLocality(req, before)
  if (count > 0) {
    throw new APIError(
      `The key “${before}” cannot change: ${listings(count)} this locality, and web addresses use the key.`,
      409,
      null,
      true,
    )
  }
  return data
}
