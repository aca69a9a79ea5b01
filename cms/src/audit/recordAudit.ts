import type { Payload, PayloadRequest } from 'payload'

import type { Service, User } from '../payload-types'
import type { AuditAction } from './auditActions'

export const SCHEDULED_JOB_ACTOR = 'Scheduled review job'
const NO_USER_ACTOR = 'System (no signed-in user)'

export interface AuditEntry {
  action: AuditAction
  listing: Pick<Service, 'id' | 'name'>
  /** The person who did it; leave out for the scheduled job or a system task. */
  actor?: User | null
  /** Who did it when there is no person, e.g. the scheduled review job. */
  actorLabel?: string
  comment?: string | null
  versionId?: string | number | null
}

const labelFor = (actor: User) => (actor.name ? `${actor.name} (${actor.email})` : actor.email)

/** Writes one audit entry, in the same transaction as the change it records. */
export async function recordAudit(
  payload: Payload,
  entry: AuditEntry,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const actor = entry.actor && entry.actor.id !== undefined ? entry.actor : null
  await payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    depth: 0,
    req,
    data: {
      action: entry.action,
      listing: entry.listing.id,
      listingName: entry.listing.name || `Listing ${entry.listing.id}`,
      actor: actor?.id ?? null,
      actorLabel: actor ? labelFor(actor) : (entry.actorLabel ?? NO_USER_ACTOR),
      comment: entry.comment ?? null,
      versionId:
        entry.versionId === null || entry.versionId === undefined ? null : String(entry.versionId),
    },
  })
}

/** The id of the newest stored version of a listing (what was just saved). */
export async function latestVersionId(
  payload: Payload,
  listingId: Service['id'],
  req?: Partial<PayloadRequest>,
): Promise<string | number | null> {
  const { docs } = await payload.db.findVersions({
    collection: 'services',
    where: { parent: { equals: listingId } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0]?.id ?? null
}
