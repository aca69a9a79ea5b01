/**
 * The new listings among a run of records, written together: a feed's first import is thousands
 * of listings the CMS does not hold yet, and one at a time each took a create of its own (its
 * validation, hooks, version and read-back). Here what the CMS holds for the run is read at once
 * (which listings exist, the organisations, records waiting to be sorted, the slugs the names
 * could clash with), each new listing gets a free slug and its organisation is created if new, as
 * a lone import would do, and then the listings go in through the bulk path
 * (`createListingsInBulk`: the same stored listing, version and audit entry as a create), all in
 * one transaction where the database has them.
 *
 * Anything else a record asks for (an update, an organisation to change, a record held for
 * sorting to close, an organisation without a type) is left for the one-at-a-time import, as is
 * every record of the run if the batch is refused, so that each gets its own reason.
 */
import { createListingsInBulk, type NewListing } from '@local-offer/cms/bulkListings'
import { waitingHeldRecordIds } from '@local-offer/cms/importSorting'
import { firstFreeSlug, slugBase, takenSlugs } from '@local-offer/cms/openReferralImport/uniqueSlug'
import type { Organisation } from '@local-offer/cms/payload-types'
import { inTransaction } from '@local-offer/cms/transaction'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { ImportOptions, PreparedRecord, RecordResult } from './importFeed.js'
import { findOrganisations, planOrganisation, storedListingIds } from './plans.js'

interface Chosen {
  index: number
  listing: NewListing
  result: RecordResult
}

/**
 * Writes the new listings among `records` together; returns, for each record, its result when
 * it was written here, or undefined when it is left for the one-at-a-time import.
 */
export async function writeNewListingsTogether(
  payload: Payload,
  records: readonly PreparedRecord[],
  options: ImportOptions,
  context: Record<string, unknown>,
): Promise<(RecordResult | undefined)[]> {
  const results: (RecordResult | undefined)[] = records.map(() => undefined)
  if (options.dryRun || records.length === 0) return results
  const req = await createLocalReq({ context: { ...context } }, payload)
  const undoOrganisations: (() => Promise<unknown>)[] = []
  const chosen: Chosen[] = []
  let inATransaction = false
  try {
    await inTransaction(req, async (transaction) => {
      inATransaction = transaction.started
      const plan = await readRun(payload, req, records)
      for (const [index, record] of records.entries()) {
        const planned = await planNewListing(payload, req, record, plan)
        if (!planned) continue
        const organisation = await planned.organisation.write()
        if (!transaction.started) undoOrganisations.push(organisation.undo)
        // A later record of the run with an organisation it has just created reads it as it now is.
        if (planned.organisation.outcome === 'created') {
          plan.organisations.delete(record.mapped.organisation.openReferralId)
        }
        // Taken for the run's later records too.
        plan.slugs.add(planned.slug)
        chosen.push({
          index,
          result: {
            outcome: 'created',
            ref: record.ref,
            name: record.name,
            details: [...record.notes],
            organisation: planned.organisation.outcome,
          },
          listing: {
            data: {
              ...record.mapped.service,
              organisation: organisation.id,
              slug: planned.slug,
              // A record without assured_date is taken as checked today, as a new listing is.
              lastReviewed: record.mapped.service.lastReviewed ?? new Date().toISOString(),
              _status: options.publish ? 'published' : 'draft',
            },
            translations: new Map(),
            draft: !options.publish,
            context: { ...context },
          },
        })
      }
      await createListingsInBulk(
        payload,
        req,
        chosen.map((c) => c.listing),
      )
    })
  } catch (error) {
    // Without a transaction, what was written is taken out again; with one, it was rolled back.
    // Each record is then imported on its own, and says why if it fails.
    if (!inATransaction) await undoWithoutTransaction(payload, req, chosen, undoOrganisations)
    payload.logger.info(
      `${chosen.length} new listings could not be written together (${error instanceof Error ? error.message : String(error)}): importing them one at a time.`,
    )
    return results
  }
  for (const { index, result } of chosen) results[index] = result
  return results
}

/** What the CMS holds for a run of records, read once for the run (each read builds a query). */
interface RunAsStored {
  /** Listings (drafts too) the CMS has, by Open Referral id. */
  listings: Set<string>
  /** Records waiting to be sorted, by Open Referral id. */
  waiting: Set<string>
  /**
   * Organisations by Open Referral id: as stored, or null where there is none; taken out once the
   * run writes one, so a later record reads it as it then is.
   */
  organisations: Map<string, Organisation | null>
  /**
   * Listing slugs the records' names could clash with: as stored (drafts included), then also
   * each one the run gives out.
   */
  slugs: Set<string | null | undefined>
}

async function readRun(
  payload: Payload,
  req: PayloadRequest,
  records: readonly PreparedRecord[],
): Promise<RunAsStored> {
  const organisationIds = records.map((r) => r.mapped.organisation.openReferralId)
  const stored = await findOrganisations(payload, req, organisationIds)
  return {
    listings: await storedListingIds(
      payload,
      req,
      records.map((r) => r.mapped.service.openReferralId),
    ),
    waiting: await waitingHeldRecordIds(
      payload,
      req,
      records.map((r) => r.service.id),
    ),
    organisations: new Map(organisationIds.map((id) => [id, stored.get(id) ?? null])),
    slugs: await takenSlugs(
      payload,
      req,
      'services',
      records.map((r) => r.mapped.service.name ?? ''),
    ),
  }
}

/** The plan for a record whose listing is new, or undefined when it is not that simple. */
async function planNewListing(
  payload: Payload,
  req: PayloadRequest,
  record: PreparedRecord,
  run: RunAsStored,
) {
  if (run.listings.has(record.mapped.service.openReferralId)) return undefined
  if (run.waiting.has(record.service.id.toLowerCase())) return undefined
  const organisationId = record.mapped.organisation.openReferralId
  // An organisation the run has just created is read once more, as it now is.
  if (!run.organisations.has(organisationId)) {
    const stored = await findOrganisations(payload, req, [organisationId])
    run.organisations.set(organisationId, stored.get(organisationId) ?? null)
  }
  const known = run.organisations.get(organisationId)
  // An organisation without a type throws: the one-at-a-time import holds it for sorting.
  const organisation = await planOrganisation(
    payload,
    req,
    record.mapped.organisation,
    known,
  ).catch(() => undefined)
  if (!organisation || organisation.outcome === 'updated') return undefined
  const slug = firstFreeSlug(slugBase(record.mapped.service.name ?? ''), run.slugs)
  return { organisation, slug }
}

/** SQLite: takes out the listings and organisations a refused batch wrote. */
async function undoWithoutTransaction(
  payload: Payload,
  req: PayloadRequest,
  chosen: readonly Chosen[],
  undoOrganisations: readonly (() => Promise<unknown>)[],
): Promise<void> {
  const ids = chosen.map((c) => c.listing.data.openReferralId as string)
  if (ids.length > 0) {
    await payload.delete({
      collection: 'services',
      req,
      overrideAccess: true,
      where: { openReferralId: { in: ids } },
    })
  }
  for (const undo of [...undoOrganisations].reverse()) await undo()
}
