import type { Payload, PayloadRequest } from 'payload'

import type { AuditLog, Service, User } from '../payload-types'
import { knownAnswer, shareAnswer } from '../db/sharedReads'
import type { AuditAction } from './auditActions'
import { batchedAuditEntries } from './batchedAuditEntries'

/** The actions about comments: they name what was done to which comments, never what was written. */
export type CommentAuditAction = 'quote-checked' | 'original-deleted' | 'erasure' | 'subject-access'

export interface CommentAuditEntry {
  action: CommentAuditAction
  /** What it was about, shown in the log's "What" column: "Comment 14", "3 comments". */
  what: string
  actor?: User | null
  actorLabel?: string
  /** The details: which comment ids, the request's reference. Never any of the personal data. */
  comment: string
}

export const SCHEDULED_JOB_ACTOR = 'Scheduled review job'
export const RETENTION_JOB_ACTOR = 'Scheduled comment retention job'
const NO_USER_ACTOR = 'System (no signed-in user)'

export interface AuditEntry {
  action: Exclude<AuditAction, CommentAuditAction>
  listing: Pick<Service, 'id' | 'name'>
  /** The person who did it; leave out for the scheduled job or a system task. */
  actor?: User | null
  /** Who did it when there is no person, e.g. the scheduled review job. */
  actorLabel?: string
  comment?: string | null
  versionId?: string | number | null
}

/** How a person is named in the audit log and in build reasons: "Name (e-mail)", or the e-mail. */
export const actorLabelFor = (actor: Pick<User, 'name' | 'email'>) =>
  actor.name ? `${actor.name} (${actor.email})` : actor.email

type AuditData = Omit<AuditLog, 'id' | 'actor' | 'actorLabel' | 'createdAt' | 'updatedAt'>

/** An audit entry as stored. */
export type AuditLogData = Omit<AuditLog, 'id' | 'createdAt' | 'updatedAt'>

/** Writes one entry, naming the person who did it (or the label for when nobody did). */
async function writeAuditEntry(
  payload: Payload,
  data: AuditData,
  who: { actor?: User | null; actorLabel?: string },
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const actor = who.actor && who.actor.id !== undefined ? who.actor : null
  const entry: AuditLogData = {
    ...data,
    actor: actor?.id ?? null,
    actorLabel: actor ? actorLabelFor(actor) : (who.actorLabel ?? NO_USER_ACTOR),
  }
  const batch = batchedAuditEntries(req)
  if (batch) {
    batch.push(entry)
    return
  }
  await payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    depth: 0,
    // Only the id is read back (Payload always returns it): every publish writes an entry, and a
    // bulk load thousands.
    select: { action: true },
    req,
    data: entry,
  })
}

/** Writes one audit entry, in the same transaction as the change it records. */
export async function recordAudit(
  payload: Payload,
  entry: AuditEntry,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  await writeAuditEntry(
    payload,
    {
      action: entry.action,
      listing: entry.listing.id,
      listingName: entry.listing.name || `Listing ${entry.listing.id}`,
      comment: entry.comment ?? null,
      versionId:
        entry.versionId === null || entry.versionId === undefined ? null : String(entry.versionId),
    },
    entry,
    req,
  )
}

const latestVersionKey = (listingId: Service['id']) => `latest-version:services:${listingId}`

/**
 * Tells `latestVersionId` the version a bulk write has just written for a new listing, so the
 * audit entry names it without reading it back (inside `withSharedReads` only; the writer must
 * not save that listing again in the same piece of work).
 */
export function rememberLatestVersion(
  req: Partial<PayloadRequest>,
  listingId: Service['id'],
  versionId: string | number,
): void {
  shareAnswer(req, latestVersionKey(listingId), versionId)
}

/**
 * The id of the newest stored version of a listing (what was just saved). Only the id is read:
 * a whole version row brings every array and locale with it, and this runs after every publish
 * (a fifth of a bulk load's time went to reading versions, docs/benchmark.md).
 */
export async function latestVersionId(
  payload: Payload,
  listingId: Service['id'],
  req?: Partial<PayloadRequest>,
): Promise<string | number | null> {
  const known = knownAnswer<string | number>(req, latestVersionKey(listingId))
  if (known) return known
  const { docs } = await payload.db.findVersions({
    collection: 'services',
    where: { parent: { equals: listingId } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    select: { id: true },
    req,
  })
  return docs[0]?.id ?? null
}

/** Writes one audit entry about comments (no listing), in the same transaction as the change. */
export async function recordCommentAudit(
  payload: Payload,
  entry: CommentAuditEntry,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  await writeAuditEntry(
    payload,
    { action: entry.action, listing: null, listingName: entry.what, comment: entry.comment },
    entry,
    req,
  )
}
