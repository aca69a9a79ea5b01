/**
 * Writes Open Referral UK services into the CMS through Payload's Local API: each record's
 * organisation and listing are created or updated by their Open Referral id, written whole or
 * not at all: in one transaction where the database has them (PostgreSQL), otherwise (Payload
 * runs SQLite without transactions) by undoing the organisation's change when the listing is
 * refused. A record that fails is reported with its reason and the rest go on. Records the CMS
 * already holds are "unchanged" and not written.
 *
 * A dry run writes nothing: with transactions it does the same work in one it rolls back, so
 * the CMS's own validation is in its report; without, it compares and reports what would change.
 */
import type { Organisation, Service } from '@local-offer/cms/payload-types'
import { inTransaction } from '@local-offer/cms/transaction'
import { serviceSchema, type OpenReferralService } from '@local-offer/shared/openReferral'
import {
  statusNotImported,
  toCmsData,
  type ImportLocality,
  type ImportedOrganisation,
  type ImportedService,
} from '@local-offer/cms/openReferralImport/toCmsData'
import { uniqueSlug } from '@local-offer/cms/openReferralImport/uniqueSlug'
import {
  checkMappingSubCategories,
  type VocabularyMapping,
} from '@local-offer/cms/openReferralImport/vocabularyMapping'
import { withCouncilVocabularies } from '@local-offer/cms/vocabularies'
import { ValidationError, createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { yieldToEventLoop } from '../bulk/yieldToEventLoop.js'
import { changedFields } from './compare.js'
import {
  CLOSED,
  HELD,
  heldRecordToClose,
  holdRecord,
  mappedWithClassification,
} from './heldForSorting.js'
import type { FeedRecord } from './readFeed.js'

/** Who the audit log names for what an import publishes. */
export const IMPORT_ACTOR = 'Open Referral import'

/** What the listing hooks read from the request (cms/src/moderation/listingSaveContext.ts). */
interface ListingSaveContext {
  moderationAction?: 'submit'
  actorLabel?: string
}

export interface ImportOptions {
  /** Write nothing; report what would happen. */
  dryRun: boolean
  /** Publish imported listings (default: save them as drafts for an officer to check). */
  publish: boolean
  /** The officer's mapping of other publishers' terms (vocabularyMapping.ts). */
  mapping?: VocabularyMapping
}

/**
 * `needs sorting`: a good record the Local Offer cannot classify from its terms (an officer
 * decides: the mapping file, or the listing by hand); `conflict`: the feed changes a listing
 * whose provider has a draft waiting, which an import never overwrites.
 */
export type Outcome =
  'created' | 'updated' | 'unchanged' | 'skipped' | 'needs sorting' | 'conflict' | 'rejected'

export interface RecordResult {
  outcome: Outcome
  /** The record's Open Referral id, or where it came from when it has none. */
  ref: string
  name?: string
  /** Why it was skipped or rejected, what changed, and what was left out. */
  details: string[]
  organisation?: 'created' | 'updated' | 'unchanged'
  /** The record as the feed gave it, for the officer's list of records to sort. */
  record?: unknown
}

export interface ImportReport {
  dryRun: boolean
  results: RecordResult[]
}

const refOf = (record: FeedRecord) => {
  const value = ('record' in record ? record.record : undefined) as
    { id?: unknown; name?: unknown } | undefined
  return {
    ref: typeof value?.id === 'string' ? value.id : record.source,
    name: typeof value?.name === 'string' ? value.name : undefined,
  }
}

/** A validation or database error as reasons a person can act on. */
function reasonsFrom(error: unknown): string[] {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => `${e.path}: ${e.message}`)
  }
  return [error instanceof Error ? error.message : String(error)]
}

/** The checked record, or the schema's complaints about it. */
export function checkRecord(
  value: unknown,
): { ok: true; record: OpenReferralService } | { ok: false; reasons: string[] } {
  const result = serviceSchema.safeParse(value)
  if (result.success) return { ok: true, record: result.data }
  return {
    ok: false,
    // Every problem at once, so the publisher can fix them in one go.
    reasons: result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`,
    ),
  }
}

type Planned = 'created' | 'updated' | 'unchanged'

interface Step<Id> {
  id: Id | undefined
  outcome: Planned
  changed: string[]
}

async function findOrganisation(payload: Payload, req: PayloadRequest, openReferralId: string) {
  const { docs } = await payload.find({
    collection: 'organisations',
    req,
    overrideAccess: true,
    depth: 0,
    locale: 'en',
    limit: 1,
    where: { openReferralId: { equals: openReferralId } },
  })
  return docs[0]
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

const NO_TYPE =
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
async function planOrganisation(payload: Payload, req: PayloadRequest, data: ImportedOrganisation) {
  const stored = await findOrganisation(payload, req, data.openReferralId)
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
async function planService(
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

async function importRecord(
  payload: Payload,
  record: FeedRecord,
  options: ImportOptions,
  seen: Set<string>,
  localities: readonly ImportLocality[],
): Promise<RecordResult> {
  const { ref, name } = refOf(record)
  if ('error' in record) return { outcome: 'rejected', ref, details: [record.error] }
  const checked = checkRecord(record.record)
  if (!checked.ok) return { outcome: 'rejected', ref, name, details: checked.reasons }
  const service = checked.record
  if (seen.has(service.id.toLowerCase())) {
    return {
      outcome: 'skipped',
      ref,
      name,
      details: ['the feed has this id twice; the first was used'],
    }
  }
  seen.add(service.id.toLowerCase())
  const statusRefusal = statusNotImported(service.status)
  if (statusRefusal) return { outcome: 'skipped', ref, name, details: [statusRefusal] }
  let mapped = toCmsData(service, options.mapping, localities)
  // A record an officer sorted before is read with their classification.
  if (!mapped.ok && mapped.reasons.length === 0) {
    mapped = (await mappedWithClassification(payload, service, options.mapping)) ?? mapped
  }
  if (!mapped.ok) {
    // Every reason at once: the data's, then what an officer must decide, then what is not kept.
    const details = [
      ...mapped.reasons,
      ...mapped.toSort,
      ...mapped.notes.map((note) => `left out: ${note}`),
    ]
    return mapped.reasons.length > 0
      ? { outcome: 'rejected', ref, name, details }
      : held(
          payload,
          { outcome: 'needs sorting', ref, name, details, record: record.record },
          {
            service,
            source: record.source,
            reasons: mapped.toSort,
            options,
          },
        )
  }
  const notes = mapped.notes.map((note) => `left out: ${note}`)

  // Drafts go to the moderation queue as submissions; the audit log names the import.
  const context: ListingSaveContext = {
    actorLabel: IMPORT_ACTOR,
    ...(options.publish ? {} : { moderationAction: 'submit' as const }),
  }
  const req = await createLocalReq({ context: { ...context } }, payload)
  let undoOrganisation: (() => Promise<unknown>) | undefined
  try {
    // A dry run does the work in a transaction it then rolls back.
    return await inTransaction(
      req,
      async (transaction) => {
        const organisation = await planOrganisation(payload, req, mapped.organisation)
        const listing = await planService(
          payload,
          req,
          mapped.service,
          options.publish,
          organisation.id,
        )
        const result: RecordResult = {
          outcome: listing.outcome,
          ref,
          name,
          details: [
            ...(listing.outcome === 'updated' ? [`changed: ${listing.changed.join(', ')}`] : []),
            ...(listing.outcome === 'conflict'
              ? [
                  `not written: the listing has a provider's draft waiting for moderation; the feed changes ${listing.changed.join(', ')}`,
                ]
              : []),
            ...notes,
          ],
          organisation: listing.outcome === 'conflict' ? 'unchanged' : organisation.outcome,
        }
        if (listing.outcome === 'conflict') return result
        const heldRecord = await heldRecordToClose(payload, req, service.id)
        if (heldRecord.waiting) result.details.push(CLOSED)
        if (options.dryRun && !transaction.started) return result
        const written = await organisation.write()
        if (!transaction.started) undoOrganisation = written.undo
        await listing.write(written.id)
        if (heldRecord.waiting) await heldRecord.close()
        return result
      },
      { rollBack: options.dryRun },
    )
  } catch (error) {
    // The transaction, if there was one, has been rolled back.
    const undone = await undoOrganisation?.().then(
      () => [],
      (undoError: unknown) => [
        `the organisation's change could not be undone: ${reasonsFrom(undoError).join('; ')}`,
      ],
    )
    // A new organisation without a type is the officer's to classify, like a category.
    if (error instanceof Error && error.message === NO_TYPE) {
      return held(
        payload,
        {
          outcome: 'needs sorting',
          ref,
          name,
          details: [NO_TYPE, ...notes],
          record: record.record,
        },
        { service, source: record.source, reasons: [NO_TYPE], options },
      )
    }
    return { outcome: 'rejected', ref, name, details: [...reasonsFrom(error), ...(undone ?? [])] }
  }
}

/**
 * A record that needs sorting, held in the CMS for an officer; one an officer dismissed is
 * skipped (they decided), and the report says so.
 */
async function held(
  payload: Payload,
  result: RecordResult,
  sorting: {
    service: OpenReferralService
    source: string
    reasons: string[]
    options: ImportOptions
  },
): Promise<RecordResult> {
  const { service, source, reasons, options } = sorting
  const outcome = await holdRecord(
    payload,
    { service, source, reasons, mapping: options.mapping },
    options.dryRun,
  )
  return {
    ...result,
    ...(outcome === 'dismissed before' ? { outcome: 'skipped' as const } : {}),
    details: [...result.details, HELD[outcome]],
  }
}

/** The CMS's localities, with their English names and postcode areas. */
async function importLocalities(payload: Payload): Promise<ImportLocality[]> {
  const { docs } = await payload.find({
    collection: 'localities',
    select: { slug: true, name: true, postcodeAreas: true },
    depth: 0,
    pagination: false,
    locale: 'en',
    overrideAccess: true,
  })
  return docs.flatMap((doc) =>
    doc.slug
      ? [{ key: doc.slug, name: doc.name ?? doc.slug, postcodeAreas: doc.postcodeAreas ?? [] }]
      : [],
  )
}

/** Imports every record, one at a time, and reports what happened to each. */
export async function importFeed(
  payload: Payload,
  records: AsyncIterable<FeedRecord> | Iterable<FeedRecord>,
  options: ImportOptions,
  onResult: (result: RecordResult) => void = () => {},
): Promise<ImportReport> {
  // The council's sub-categories, languages and venue features: the mapping is checked against
  // them and every record is read with them (@local-offer/cms/vocabularies).
  return withCouncilVocabularies(payload, async () => {
    if (options.mapping) checkMappingSubCategories(options.mapping)
    return importRecords(payload, records, options, onResult)
  })
}

async function importRecords(
  payload: Payload,
  records: AsyncIterable<FeedRecord> | Iterable<FeedRecord>,
  options: ImportOptions,
  onResult: (result: RecordResult) => void,
): Promise<ImportReport> {
  const results: RecordResult[] = []
  const seen = new Set<string>()
  const localities = await importLocalities(payload)
  for await (const record of records) {
    const result = await importRecord(payload, record, options, seen, localities)
    results.push(result)
    onResult(result)
    await yieldToEventLoop()
  }
  return { dryRun: options.dryRun, results }
}
