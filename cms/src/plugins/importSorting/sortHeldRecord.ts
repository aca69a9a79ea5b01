/**
 * An officer sorts a record the Open Referral importer held: either it becomes a listing — made
 * by the importer's own mapping (toCmsData) from the record with the officer's terms written
 * into it, saved as a draft submitted to the moderation queue (never published from here) —
 * or it is dismissed with a reason. Either way the held record says what happened, who did it
 * and when.
 */
import { serviceSchema } from '@local-offer/shared/openReferral'
import { createLocalReq, ValidationError, type Payload, type PayloadRequest } from 'payload'

import { inTransaction } from '../../db/inTransaction'
import { badRequest, conflict, notFound } from '../../endpoints/httpErrors'
import type { ListingSaveContext } from '../../moderation/listingSaveContext'
import { readClassification, withClassification } from '../../openReferralImport/classification'
import { toCmsData, type ImportedOrganisation } from '../../openReferralImport/toCmsData'
import { uniqueSlug } from '../../openReferralImport/uniqueSlug'
import type { ImportSorting, Organisation, Service, User } from '../../payload-types'
import { IMPORT_SORTING } from './ImportSorting'
import { importSortingStrings as s } from './strings'

const MAX_REASON = 1000

async function waitingRecord(payload: Payload, id: string): Promise<ImportSorting> {
  const held = await payload
    .findByID({ collection: IMPORT_SORTING, id, depth: 0, overrideAccess: true })
    .catch(() => undefined)
  if (!held) throw notFound(s.notFound)
  if (held.status !== 'waiting') throw conflict(s.notWaiting)
  return held
}

/** The organisation the record names: the one the CMS holds with its id, or a new one. */
async function organisationFor(
  payload: Payload,
  req: PayloadRequest,
  data: ImportedOrganisation,
): Promise<Organisation['id']> {
  const { docs } = await payload.find({
    collection: 'organisations',
    req,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    where: { openReferralId: { equals: data.openReferralId } },
  })
  if (docs[0]) return docs[0].id
  if (!data.type) throw badRequest(`${s.stillCannot} ${s.needsOrganisationType}`)
  const created = await payload.create({
    collection: 'organisations',
    req,
    overrideAccess: true,
    depth: 0,
    locale: 'en',
    data: {
      ...data,
      type: data.type,
      slug: await uniqueSlug(payload, req, 'organisations', data.name),
    },
  })
  return created.id
}

/** True when `listing` is a draft over a published version (a change waiting for moderation). */
async function hasLiveVersion(payload: Payload, req: PayloadRequest, listing: Service) {
  if (listing._status !== 'draft') return false
  const { totalDocs } = await payload.count({
    collection: 'services',
    req,
    overrideAccess: true,
    where: { and: [{ id: { equals: listing.id } }, { _status: { equals: 'published' } }] },
  })
  return totalDocs > 0
}

function reasonsFrom(error: unknown): string {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => `${e.path}: ${e.message}`).join('; ')
  }
  throw error
}

/**
 * Makes the held record `id` a draft listing with the officer's classification (`input`, see
 * classificationSchema) and submits it for moderation. A listing the record was made into
 * before (sorted, then held again by a later import) gets the new draft instead.
 */
export async function classifyHeldRecord(
  payload: Payload,
  user: User,
  id: string,
  input: unknown,
): Promise<{ listing: Service }> {
  const held = await waitingRecord(payload, id)
  const read = readClassification(input)
  if (!read.ok) throw badRequest(`${s.stillCannot} ${read.reasons.join('; ')}`)
  const parsed = serviceSchema.safeParse(held.record)
  if (!parsed.success) throw conflict(s.unreadable)
  const mapped = toCmsData(withClassification(parsed.data, read.classification))
  if (!mapped.ok)
    throw badRequest(`${s.stillCannot} ${[...mapped.reasons, ...mapped.toSort].join('; ')}`)

  // The audit log names the officer; the draft is a submission, as an import's is.
  const context: ListingSaveContext = { moderationAction: 'submit' }
  const req = await createLocalReq(
    { user: { ...user, collection: 'users' }, context: { ...context } },
    payload,
  )
  try {
    return await inTransaction(req, async () => {
      const { docs: existing } = await payload.find({
        collection: 'services',
        req,
        overrideAccess: true,
        depth: 0,
        draft: true,
        limit: 1,
        where: { openReferralId: { equals: mapped.service.openReferralId } },
      })
      const before = existing[0]
      // A change waiting for moderation (a provider's draft, or one submitted) is never
      // overwritten, as the importer never overwrites one.
      if (
        before &&
        (before.moderation === 'submitted' || (await hasLiveVersion(payload, req, before)))
      ) {
        throw conflict(s.listingExists)
      }
      const organisation = await organisationFor(payload, req, mapped.organisation)
      const common = {
        collection: 'services',
        req,
        overrideAccess: true,
        depth: 0,
        locale: 'en',
        draft: true,
      } as const
      const listing = before
        ? await payload.update({
            ...common,
            id: before.id,
            data: { ...mapped.service, organisation, _status: 'draft' },
          })
        : await payload.create({
            ...common,
            data: {
              ...mapped.service,
              organisation,
              slug: await uniqueSlug(payload, req, 'services', mapped.service.name ?? ''),
              lastReviewed: mapped.service.lastReviewed ?? new Date().toISOString(),
              _status: 'draft',
            },
          })
      await payload.update({
        collection: IMPORT_SORTING,
        req,
        overrideAccess: true,
        depth: 0,
        id: held.id,
        data: {
          status: 'listed',
          listing: listing.id,
          classification: read.classification,
          dismissReason: null,
          decidedBy: user.id,
          decidedAt: new Date().toISOString(),
        },
      })
      return { listing }
    })
  } catch (error) {
    // The CMS's own validation (a postcode, an opening time): said in plain words, as a 400.
    throw badRequest(`${s.stillCannot} ${reasonsFrom(error)}`)
  }
}

/** Closes the held record `id` without a listing, with the officer's reason. */
export async function dismissHeldRecord(
  payload: Payload,
  user: User,
  id: string,
  reason: unknown,
): Promise<ImportSorting> {
  const held = await waitingRecord(payload, id)
  const text = typeof reason === 'string' ? reason.trim() : ''
  if (!text || text.length > MAX_REASON) throw badRequest(s.dismissReasonNeeded)
  return payload.update({
    collection: IMPORT_SORTING,
    overrideAccess: true,
    depth: 0,
    id: held.id,
    data: {
      status: 'dismissed',
      dismissReason: text,
      decidedBy: user.id,
      decidedAt: new Date().toISOString(),
    },
  })
}
