import type { CollectionBeforeChangeHook } from 'payload'

import { loadRedaction } from '../../../privacy/loadRedaction'
import { schoolNames } from '../../../feedback/schoolNames'
import type { ProblemReport, User } from '../../../payload-types'
import { problemReportStrings as s } from '../strings'

/**
 * A family's details are stored only after redaction, the same as a comment's anonymised text
 * (shared/src/redaction): names, phone numbers, e-mail and postal addresses and school names are
 * replaced before the text is saved or e-mailed to anyone. What was written is not kept: a problem
 * with a listing never needs to identify the person who saw it.
 */
export const redactReportDetails: CollectionBeforeChangeHook<ProblemReport> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { describePersonalData, redactPersonalData, removeInvisibleFormatting } =
    await loadRedaction()
  const written = removeInvisibleFormatting(data.details ?? '').trim()
  if (written === '') return { ...data, details: null, redactionSummary: s.nothingRemoved }
  const { text, matches } = redactPersonalData(written, { schoolNames: await schoolNames(req) })
  return {
    ...data,
    details: text,
    redactionSummary: matches.length ? describePersonalData(matches) : s.nothingRemoved,
  }
}

/** Who resolved a report and when, stamped by the server (cleared if it is opened again). */
export const stampResolution: CollectionBeforeChangeHook<ProblemReport> = ({
  data,
  originalDoc,
  req,
}) => {
  if (data.status === undefined || data.status === originalDoc?.status) return data
  if (data.status === 'resolved') {
    const user = req.user as User | null
    return { ...data, resolvedAt: new Date().toISOString(), resolvedBy: user?.id ?? null }
  }
  return { ...data, resolvedAt: null, resolvedBy: null }
}
