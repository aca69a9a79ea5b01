/**
 * Writes Open Referral UK services into the CMS through Payload's Local API: each record's
 * organisation and listing are created or updated by their Open Referral id, written whole or
 * not at all: in one transaction where the database has them (PostgreSQL), otherwise (Payload
 * runs SQLite without transactions) by undoing the organisation's change when the listing is
 * refused. A record that fails is reported with its reason and the rest go on. Records the CMS
 * already holds are "unchanged" and not written.
 *
 * Records are taken a hundred at a time: the run's new listings are written together through the
 * bulk path (`newListingsTogether.ts`), everything else a record at a time here; a run the CMS
 * refuses is imported a record at a time, so each record says why.
 *
 * A dry run writes nothing: with transactions it does the same work in one it rolls back, so
 * the CMS's own validation is in its report; without, it compares and reports what would change.
 */
import { plannerStatisticsKeptFresh } from '@local-offer/cms/bulkListings'
import { inTransaction } from '@local-offer/cms/transaction'
import { serviceSchema, type OpenReferralService } from '@local-offer/shared/openReferral'
import {
  statusNotImported,
  toCmsData,
  type CmsDataResult,
  type ImportLocality,
} from '@local-offer/cms/openReferralImport/toCmsData'
import {
  checkMappingSubCategories,
  type VocabularyMapping,
} from '@local-offer/cms/openReferralImport/vocabularyMapping'
import { withCouncilVocabularies } from '@local-offer/cms/vocabularies'
import { ValidationError, createLocalReq, type Payload } from 'payload'

import { yieldToEventLoop } from '../bulk/yieldToEventLoop.js'
import {
  CLOSED,
  HELD,
  heldRecordToClose,
  holdRecord,
  mappedWithClassification,
} from './heldForSorting.js'
import { writeNewListingsTogether } from './newListingsTogether.js'
import { NO_TYPE, planOrganisation, planService } from './plans.js'
import type { FeedRecord } from './readFeed.js'

/** Who the audit log names for what an import publishes. */
export const IMPORT_ACTOR = 'Open Referral import'

/** What the listing hooks read from the request (cms/src/moderation/listingSaveContext.ts). */
interface ListingSaveContext {
  moderationAction?: 'submit'
  actorLabel?: string
}

/** Drafts go to the moderation queue as submissions; the audit log names the import. */
const saveContext = (options: ImportOptions): ListingSaveContext & Record<string, unknown> => ({
  actorLabel: IMPORT_ACTOR,
  ...(options.publish ? {} : { moderationAction: 'submit' as const }),
})

export interface ImportOptions {
  /** Write nothing; report what would happen. */
  dryRun: boolean
  /** Publish imported listings (default: save them as drafts for an officer to check). */
  publish: boolean
  /** The officer's mapping of other publishers' terms (vocabularyMapping.ts). */
  mapping?: VocabularyMapping
  /**
   * Write every record on its own, new listings included (by default new listings are written
   * together, `newListingsTogether.ts`); the tests compare the two.
   */
  oneAtATime?: boolean
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
  /** How many of the created listings were written together (`newListingsTogether.ts`). */
  writtenTogether: number
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

/** A record that is good and classified: what is left is to write it. */
export interface PreparedRecord {
  ref: string
  name: string | undefined
  record: FeedRecord & { record: unknown }
  service: OpenReferralService
  mapped: Extract<CmsDataResult, { ok: true }>
  /** What the record had that the Local Offer cannot hold (for the report). */
  notes: string[]
}

/**
 * Checks and maps a record, without writing: the result when that settles it (rejected,
 * skipped, held for sorting), or the record ready to write.
 */
async function prepareRecord(
  payload: Payload,
  record: FeedRecord,
  options: ImportOptions,
  seen: Set<string>,
  localities: readonly ImportLocality[],
): Promise<{ result: RecordResult } | { prepared: PreparedRecord }> {
  const settled = (result: RecordResult | Promise<RecordResult>) =>
    Promise.resolve(result).then((r) => ({ result: r }))
  const { ref, name } = refOf(record)
  if ('error' in record) return settled({ outcome: 'rejected', ref, details: [record.error] })
  const checked = checkRecord(record.record)
  if (!checked.ok) return settled({ outcome: 'rejected', ref, name, details: checked.reasons })
  const service = checked.record
  if (seen.has(service.id.toLowerCase())) {
    return settled({
      outcome: 'skipped',
      ref,
      name,
      details: ['the feed has this id twice; the first was used'],
    })
  }
  seen.add(service.id.toLowerCase())
  const statusRefusal = statusNotImported(service.status)
  if (statusRefusal) return settled({ outcome: 'skipped', ref, name, details: [statusRefusal] })
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
    return settled(
      mapped.reasons.length > 0
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
          ),
    )
  }
  const notes = mapped.notes.map((note) => `left out: ${note}`)
  return { prepared: { ref, name, record, service, mapped, notes } }
}

/**
 * Writes one prepared record, organisation and listing, whole or not at all (a dry run in a
 * transaction it rolls back).
 */
async function writeRecord(
  payload: Payload,
  prepared: PreparedRecord,
  options: ImportOptions,
): Promise<RecordResult> {
  const { ref, name, record, service, mapped, notes } = prepared

  const req = await createLocalReq({ context: saveContext(options) }, payload)
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

/** Imports every record and reports what happened to each, in the feed's order. */
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
  let writtenTogether = 0
  const seen = new Set<string>()
  const localities = await importLocalities(payload)
  let run: FeedRecord[] = []
  // A council's first import grows the listing tables from nearly empty.
  const keepStatisticsFresh = plannerStatisticsKeptFresh(payload)
  const importRun = async () => {
    const written = await importRunOfRecords(payload, run, options, seen, localities)
    writtenTogether += written.writtenTogether
    await keepStatisticsFresh(writtenTogether)
    for (const result of written.results) {
      results.push(result)
      onResult(result)
    }
    run = []
    await yieldToEventLoop()
  }
  for await (const record of records) {
    run.push(record)
    if (run.length >= RECORDS_PER_RUN) await importRun()
  }
  if (run.length > 0) await importRun()
  return { dryRun: options.dryRun, results, writtenTogether }
}

/**
 * Records taken together: new listings are written in one go (`newListingsTogether.ts`), which a
 * first import of thousands needs; a run is bounded so one transaction never holds a whole feed.
 */
const RECORDS_PER_RUN = 100

/** A run of records: each prepared, the new listings written together, the rest one at a time. */
async function importRunOfRecords(
  payload: Payload,
  run: readonly FeedRecord[],
  options: ImportOptions,
  seen: Set<string>,
  localities: readonly ImportLocality[],
): Promise<{ results: RecordResult[]; writtenTogether: number }> {
  const prepared = []
  for (const record of run)
    prepared.push(await prepareRecord(payload, record, options, seen, localities))
  const ready = prepared.flatMap((p) => ('prepared' in p ? [p.prepared] : []))
  const together = options.oneAtATime
    ? []
    : await writeNewListingsTogether(payload, ready, options, saveContext(options))
  const results: RecordResult[] = []
  let readyIndex = 0
  for (const p of prepared) {
    if ('result' in p) {
      results.push(p.result)
      continue
    }
    const index = readyIndex++
    results.push(together[index] ?? (await writeRecord(payload, p.prepared, options)))
  }
  return { results, writtenTogether: together.filter(Boolean).length }
}
