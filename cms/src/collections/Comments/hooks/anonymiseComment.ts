import { isReportingYear, reportingYearOf } from '@local-offer/shared'
import type { CollectionBeforeChangeHook } from 'payload'

import { loadRedaction } from '../../../privacy/loadRedaction'
import { schoolNames } from '../../../feedback/schoolNames'
import { commentStrings as strings } from '../../../feedback/strings'
import type { Comment } from '../../../payload-types'

/**
 * Keeps every comment's anonymised text free of anything that identifies a person, on every save:
 * - a new comment gets anonymised text made from what was written;
 * - an officer's edit is kept, but run through redaction again, so a name or phone number left in
 *   (or typed in) is still replaced; the summary tells the officer what was replaced;
 * - clearing the anonymised text makes it again from what was written.
 * What was written is never changed (its field cannot be updated), except that invisible
 * formatting characters (bidi overrides and isolates, zero-width characters, soft hyphens) are
 * removed from it and from the anonymised text before either is stored: they can make the admin
 * show one thing while the text says another, and hide a name from the anonymiser (issue 16).
 */
export const anonymiseComment: CollectionBeforeChangeHook<Comment> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const { describePersonalData, redactPersonalData, removeInvisibleFormatting } =
    await loadRedaction()
  const options = { schoolNames: await schoolNames(req) }

  if (operation === 'create') {
    const comment = removeInvisibleFormatting(data.comment ?? '')
    const { text, matches } = redactPersonalData(comment, options)
    return {
      ...data,
      comment,
      anonymisedText: text,
      anonymisedTextEdited: false,
      redactionSummary: matches.length
        ? strings.removedOnCreate(describePersonalData(matches))
        : strings.nothingFound,
      reportingYear: isReportingYear(data.reportingYear)
        ? data.reportingYear
        : reportingYearOf(data.createdAt ?? new Date()),
    }
  }

  const original = originalDoc?.comment ?? ''
  const incoming = data.anonymisedText
  if (incoming === undefined) return data

  if (incoming === null || incoming.trim() === '') {
    // What was written has been deleted (retention): there is nothing to make it again from, so
    // the anonymised text, now the only text, stays as it was.
    if (original.trim() === '') return { ...data, anonymisedText: originalDoc?.anonymisedText }
    const { text, matches } = redactPersonalData(original, options)
    return {
      ...data,
      anonymisedText: text,
      anonymisedTextEdited: false,
      redactionSummary: matches.length
        ? strings.removedOnCreate(describePersonalData(matches))
        : strings.nothingFound,
    }
  }

  const { text, matches } = redactPersonalData(incoming.trim(), options)
  const changedNow = incoming.trim() !== (originalDoc?.anonymisedText ?? '').trim()
  if (!changedNow && matches.length === 0) return { ...data, anonymisedText: text }
  return {
    ...data,
    anonymisedText: text,
    anonymisedTextEdited: changedNow ? true : (originalDoc?.anonymisedTextEdited ?? false),
    redactionSummary: matches.length
      ? strings.removedFromEdit(describePersonalData(matches))
      : strings.editKept,
  }
}
