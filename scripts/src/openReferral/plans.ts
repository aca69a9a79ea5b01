/**
 * What writing one record's organisation and listing would do (created, updated, unchanged or,
 * for a listing with a provider's draft waiting, a conflict), worked out from what the CMS holds,
 * and the way to write each.
 */
import type { Organisation, Service } from '@local-offer/cms/payload-types'
import type {
  ImportedOrganisation,
  ImportedService,
} from '@local-offer/cms/openReferralImport/toCmsData'
import { uniqueSlug } from '@local-offer/cms/openReferralImport/uniqueSlug'
import type { Payload, PayloadRequest } from 'payload'

import { changedFields } from './compare.js'

export type Planned = 'created' | 'updated' | 'unchanged'

interface Step<Id> {
  id: Id | undefined
  outcome: Planned
  changed: string[]
}

/** The stored organisations with these Open Referral ids, by id: one read for a run of records. */
export async function findOrganisations(
  payload: Payload,
  req: PayloadRequest,
  openReferralIds: readonly string[],
): Promise<Map<string, Organisation>> {
  const { docs } = await payload.find({
    collection: 'organisations',
    req,
    overrideAccess: true,
    depth: 0,
    locale: 'en',
    pagination: false,
    where: { openReferralId: { in: [...new Set(openReferralIds)] } },
  })
  return new Map(docs.map((doc) => [doc.openReferralId!, doc]))
}

/** Which of these Open Referral ids the CMS has a listing (or a draft) for: one small read. */
export async function storedListingIds(
  payload: Payload,
  req: PayloadRequest,
  openReferralIds: readonly string[],
): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'services',
    req,
    overrideAccess: true,
    depth: 0,
    draft: true,
    pagination: false,
    select: { openReferralId: true },
    where: { openReferralId: { in: [...openReferralIds] } },
  })
  return new Set(docs.map((doc) => doc.openReferralId!))
}

async function findOrganisation(payload: Payload, req: PayloadRequest, openReferralId: string) {
  return (await findOrganisations(payload, req, [openReferralId])).get(openReferralId)
}

async function findService(payload: Payload, req: PayloadRequest, openReferralId: string) {
  const { docs } = await payload.find({
    collection: 'services',
    req,
    overrideAccess: true,
    depth: 0,
    locale: 'en',
    draft: true,
    limit: 1,
    where: { openReferralId: { equals: openReferralId } },
  })
  return docs[0] as Service | undefined
}

export const NO_TYPE =
  'the organisation is new and has no organisation type: add an attribute with a local-offer-organisation-type term'

/** The live (published) version of a listing, when it has one. */
async function findPublishedService(payload: Payload, req: PayloadRequest, id: Service['id']) {
  const { docs } = await payload.find({
    collection: 'services',
    req,
    overrideAccess: true,
    depth: 0,
    draft: false,
    limit: 1,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  return docs[0]
}

/** What writing the organisation would do, and a way to write it (and to undo that). */
export async function planOrganisation(
  payload: Payload,
  req: PayloadRequest,
  data: ImportedOrganisation,
  /** The organisation as stored (null: none), when already read (`findOrganisations`). */
  known?: Organisation | null,
) {
  const stored =
    known === undefined
      ? await findOrganisation(payload, req, data.openReferralId)
      : (known ?? undefined)
  const changed = changedFields(data, stored as unknown as Record<string, unknown> | undefined)
  const outcome: Planned = !stored ? 'created' : changed.length > 0 ? 'updated' : 'unchanged'
  if (!stored && !data.type) throw new Error(NO_TYPE)
  const common = { collection: 'organisations', req, overrideAccess: true, depth: 0 } as const
  return {
    outcome,
    changed,
    id: stored?.id,
    /** Writes it; returns its id and how to undo the write. */
    write: async (): Promise<{ id: Organisation['id']; undo: () => Promise<unknown> }> => {
      if (!stored) {
        const slug = await uniqueSlug(payload, req, 'organisations', data.name)
        const created = await payload.create({
          ...common,
          locale: 'en',
          data: { ...data, type: data.type!, slug },
        })
        return {
          id: created.id,
          undo: () => payload.delete({ ...common, id: created.id }),
        }
      }
      if (outcome === 'unchanged') return { id: stored.id, undo: async () => {} }
      await payload.update({ ...common, locale: 'en', id: stored.id, data })
      const previous = Object.fromEntries(
        changed.map((key) => [key, (stored as unknown as Record<string, unknown>)[key] ?? null]),
      )
      return {
        id: stored.id,
        undo: () => payload.update({ ...common, locale: 'en', id: stored.id, data: previous }),
      }
    },
  } satisfies Step<Organisation['id']> & { write: unknown }
}

/** What writing the listing would do, and a way to write it. */
export async function planService(
  payload: Payload,
  req: PayloadRequest,
  data: ImportedService,
  publish: boolean,
  /** The organisation's id, when it exists already. */
  organisationId: Organisation['id'] | undefined,
) {
  const stored = await findService(payload, req, data.openReferralId)
  const changed = changedFields(data, stored as unknown as Record<string, unknown> | undefined)
  if (stored && stored.organisation !== organisationId) changed.push('organisation')
  // A draft over a live listing (a provider's change waiting for moderation) is never
  // overwritten: the feed's change is reported for an officer to reconcile.
  const pendingDraft =
    stored?._status === 'draft' &&
    (await findPublishedService(payload, req, stored.id)) !== undefined
  const needsPublishing =
    Boolean(stored) && publish && stored?._status !== 'published' && !pendingDraft
  const outcome: Planned | 'conflict' = !stored
    ? 'created'
    : changed.length > 0 || needsPublishing
      ? pendingDraft
        ? 'conflict'
        : 'updated'
      : 'unchanged'
  const common = { collection: 'services', req, overrideAccess: true, depth: 0 } as const
  return {
    outcome,
    changed: stored && needsPublishing ? [...changed, '_status'] : stored ? changed : [],
    write: async (organisation: Organisation['id']): Promise<void> => {
      if (!stored) {
        // A record without assured_date is taken as checked today, as a new listing is.
        const created = {
          ...data,
          organisation,
          slug: await uniqueSlug(payload, req, 'services', data.name ?? ''),
          lastReviewed: data.lastReviewed ?? new Date().toISOString(),
        }
        if (publish) {
          await payload.create({
            ...common,
            locale: 'en',
            data: { ...created, _status: 'published' },
          })
        } else {
          await payload.create({
            ...common,
            locale: 'en',
            draft: true,
            data: { ...created, _status: 'draft' },
          })
        }
        return
      }
      if (outcome === 'unchanged' || outcome === 'conflict') return
      // Only what changed is written: a description that says the same keeps its CMS formatting.
      const update = Object.fromEntries(
        changed
          .filter((key) => key !== 'organisation')
          .map((key) => [key, data[key as keyof typeof data]]),
      )
      await payload.update({
        ...common,
        locale: 'en',
        id: stored.id,
        draft: !publish,
        data: {
          ...update,
          ...(stored.organisation === organisation ? {} : { organisation }),
          _status: publish ? 'published' : 'draft',
        },
      })
    },
  }
}
