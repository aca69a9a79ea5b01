/**
 * The importer's side of "Imported records to sort": holding a record it cannot classify (one
 * held record per Open Referral id, updated when the feed is imported again, never duplicated),
 * reading back an officer's classification, and closing a held record once the record imports.
 * Exported to the scripts as `@local-offer/cms/importSorting`. Writes only when told to: a dry
 * run without a transaction asks what would happen instead (scripts/src/openReferral).
 */
import { parseServiceDescription, type OpenReferralService } from '@local-offer/shared/openReferral'
import type { Payload, PayloadRequest } from 'payload'

import {
  foreignTermsOf,
  readClassification,
  suggestedClassification,
  type Classification,
} from '../../openReferralImport/classification'
import type { VocabularyMapping } from '../../openReferralImport/vocabularyMapping'
import type { ImportSorting } from '../../payload-types'
import { IMPORT_SORTING } from './ImportSorting'

export { IMPORT_SORTING }

/** What holding a record did: held anew, held again (still waiting), or left as an officer left it. */
export type HoldOutcome = 'held' | 'held again' | 'dismissed before'

export async function findHeldRecord(
  payload: Payload,
  req: PayloadRequest,
  openReferralId: string,
): Promise<ImportSorting | undefined> {
  const { docs } = await payload.find({
    collection: IMPORT_SORTING,
    req,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    where: { openReferralId: { equals: openReferralId.toLowerCase() } },
  })
  return docs[0]
}

/** Which of these Open Referral ids have a record waiting to be sorted: one read for many. */
export async function waitingHeldRecordIds(
  payload: Payload,
  req: PayloadRequest,
  openReferralIds: readonly string[],
): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: IMPORT_SORTING,
    req,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { openReferralId: true },
    where: {
      and: [
        { openReferralId: { in: openReferralIds.map((id) => id.toLowerCase()) } },
        { status: { equals: 'waiting' } },
      ],
    },
  })
  return new Set(docs.map((doc) => doc.openReferralId))
}

/** The officer's classification of a record they made a listing of, to apply again. */
export function classificationOf(held: ImportSorting | undefined): Classification | undefined {
  if (held?.status !== 'listed' || !held.classification) return undefined
  const read = readClassification(held.classification)
  return read.ok ? read.classification : undefined
}

/**
 * Holds `record` for sorting with the reasons it needs it, or updates the record held under its
 * id: a waiting or sorted record waits again with the feed's latest version (a listing made from
 * it stays linked); a dismissed one stays dismissed, its record brought up to date.
 */
export async function holdForSorting(
  payload: Payload,
  req: PayloadRequest,
  held: {
    record: OpenReferralService
    /** Where it came from: the feed's file or address (and its place in it). */
    source: string
    reasons: string[]
    mapping?: VocabularyMapping
  },
  { write }: { write: boolean },
): Promise<HoldOutcome> {
  const { record } = held
  const stored = await findHeldRecord(payload, req, record.id)
  const outcome: HoldOutcome = !stored
    ? 'held'
    : stored.status === 'dismissed'
      ? 'dismissed before'
      : 'held again'
  if (!write) return outcome
  const data = {
    openReferralId: record.id.toLowerCase(),
    name: record.name.trim(),
    summary: parseServiceDescription(record.description ?? '').summary || null,
    organisationName: record.organization.name.trim(),
    source: held.source,
    importedAt: new Date().toISOString(),
    reasons: held.reasons,
    foreignTerms: foreignTermsOf(record),
    suggested: suggestedClassification(record, held.mapping),
    record: record as unknown as Record<string, unknown>,
  }
  const common = { collection: IMPORT_SORTING, req, overrideAccess: true, depth: 0 } as const
  if (!stored) {
    await payload.create({ ...common, data: { ...data, status: 'waiting' } })
  } else {
    await payload.update({
      ...common,
      id: stored.id,
      data: { ...data, status: outcome === 'dismissed before' ? 'dismissed' : 'waiting' },
    })
  }
  return outcome
}

/**
 * Closes the record held under `openReferralId`, if one waits, now that it has imported (the
 * mapping file covers it, or the feed gives it our terms): it links the listing. True when one
 * was (or, not writing, would be) closed.
 */
export async function closeHeldRecord(
  payload: Payload,
  req: PayloadRequest,
  openReferralId: string,
  { write }: { write: boolean },
): Promise<boolean> {
  const stored = await findHeldRecord(payload, req, openReferralId)
  if (stored?.status !== 'waiting') return false
  if (!write) return true
  const { docs } = await payload.find({
    collection: 'services',
    req,
    overrideAccess: true,
    depth: 0,
    draft: true,
    limit: 1,
    select: {},
    where: { openReferralId: { equals: openReferralId.toLowerCase() } },
  })
  await payload.update({
    collection: IMPORT_SORTING,
    req,
    overrideAccess: true,
    depth: 0,
    id: stored.id,
    data: {
      status: 'imported',
      listing: docs[0]?.id ?? null,
      decidedAt: new Date().toISOString(),
      decidedBy: null,
    },
  })
  return true
}
