/**
 * The importer's side of the CMS's "Imported records to sort" (cms/src/plugins/importSorting):
 * a record it cannot classify is held there for an officer (one per Open Referral id, brought up
 * to date by each import, never duplicated); a record an officer sorted is mapped again with
 * their classification; a held record that now imports is closed. Kept apart from importFeed so
 * the import loop only asks.
 */
import {
  classificationOf,
  closeHeldRecord,
  findHeldRecord,
  holdForSorting,
  type HoldOutcome,
} from '@local-offer/cms/importSorting'
import { withClassification } from '@local-offer/cms/openReferralImport/classification'
import { toCmsData, type CmsDataResult } from '@local-offer/cms/openReferralImport/toCmsData'
import type { VocabularyMapping } from '@local-offer/cms/openReferralImport/vocabularyMapping'
import { inTransaction } from '@local-offer/cms/transaction'
import type { OpenReferralService } from '@local-offer/shared/openReferral'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

const WHERE = 'in the CMS (Imported records to sort)'

export const HELD: Record<HoldOutcome, string> = {
  held: `held for an officer to sort ${WHERE}`,
  'held again': `held for an officer to sort ${WHERE}: the record held before is brought up to date`,
  'dismissed before': `an officer dismissed this record ${WHERE}: it stays dismissed`,
}

export const CLOSED = `the record held for sorting ${WHERE} is closed: it imports now`

/**
 * The record mapped with the classification an officer gave it when they made it a listing, or
 * undefined when no officer has.
 */
export async function mappedWithClassification(
  payload: Payload,
  service: OpenReferralService,
  mapping: VocabularyMapping | undefined,
): Promise<CmsDataResult | undefined> {
  const req = await createLocalReq({}, payload)
  const classification = classificationOf(await findHeldRecord(payload, req, service.id))
  return classification
    ? toCmsData(withClassification(service, classification), mapping)
    : undefined
}

/**
 * Holds the record for sorting (writing nothing on a dry run: in a transaction it rolls back,
 * or, without one, by asking what would happen) and says what it did.
 */
export async function holdRecord(
  payload: Payload,
  held: {
    service: OpenReferralService
    source: string
    reasons: string[]
    mapping?: VocabularyMapping
  },
  dryRun: boolean,
): Promise<HoldOutcome> {
  const req = await createLocalReq({}, payload)
  return inTransaction(
    req,
    (transaction) =>
      holdForSorting(
        payload,
        req,
        { record: held.service, source: held.source, reasons: held.reasons, mapping: held.mapping },
        { write: !dryRun || transaction.started },
      ),
    { rollBack: dryRun },
  )
}

/**
 * Whether a record held for sorting under this id waits (and so closes once the listing is
 * written), and the way to close it in the import's own request (its transaction).
 */
export async function heldRecordToClose(
  payload: Payload,
  req: PayloadRequest,
  openReferralId: string,
): Promise<{ waiting: boolean; close: () => Promise<unknown> }> {
  return {
    waiting: await closeHeldRecord(payload, req, openReferralId, { write: false }),
    close: () => closeHeldRecord(payload, req, openReferralId, { write: true }),
  }
}
