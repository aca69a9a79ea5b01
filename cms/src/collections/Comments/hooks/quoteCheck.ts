import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { recordCommentAudit } from '../../../audit/recordAudit'
import { quoteCheckStrings as strings } from '../../../feedback/strings'
import type { Comment, User } from '../../../payload-types'

const signedInUser = (user: unknown): User | null =>
  user && typeof user === 'object' && (user as { collection?: string }).collection === 'users'
    ? (user as User)
    : null

const labelFor = (user: User | null) =>
  user ? (user.name ? `${user.name} (${user.email})` : user.email) : 'System (no signed-in user)'

const SENT_TEXT = 'anonymisedTextAsSent'

/** Keeps the anonymised text as the officer sent it, before anonymiseComment runs over it. */
export const rememberSentText: CollectionBeforeChangeHook<Comment> = ({ data, context }) => {
  context[SENT_TEXT] = data.anonymisedText
  return data
}

/**
 * The officer's tick that a comment's anonymised text identifies nobody (a person checks every
 * quote: the anonymiser errs, and reg 56 forbids publishing what identifies an individual).
 * Runs after anonymiseComment, so it sees the text as it will be stored:
 * - who ticked it and when are set here, never taken from the request;
 * - the tick holds only for the text that was read: if the stored text differs from what the
 *   officer saw (they changed it earlier and left the tick, or the anonymiser changed their edit),
 *   the tick is cleared and the summary says so.
 */
export const stampQuoteCheck: CollectionBeforeChangeHook<Comment> = ({
  data,
  operation,
  originalDoc,
  req,
  context,
}) => {
  const wasChecked = originalDoc?.quoteChecked === true
  const wantsChecked = data.quoteChecked ?? wasChecked
  const storedText = data.anonymisedText ?? originalDoc?.anonymisedText ?? ''
  // On create Payload passes an empty originalDoc: a new comment's text has not "changed".
  const textChanged = operation === 'update' && storedText !== (originalDoc?.anonymisedText ?? '')

  if (!wantsChecked) {
    return { ...data, quoteChecked: false, quoteCheckedBy: null, quoteCheckedAt: null }
  }
  // Ticked before, still ticked, same text: nothing to record.
  if (wasChecked && !textChanged) {
    return {
      ...data,
      quoteChecked: true,
      quoteCheckedBy: originalDoc?.quoteCheckedBy ?? null,
      quoteCheckedAt: originalDoc?.quoteCheckedAt ?? null,
    }
  }
  // A new tick is for the text the officer sent, if that is what is stored.
  const sent: unknown = context[SENT_TEXT]
  const officerSaw = typeof sent === 'string' ? sent.trim() : undefined
  const sawStoredText = !textChanged || (!wasChecked && officerSaw === storedText.trim())
  if (!sawStoredText || (wasChecked && textChanged)) {
    return {
      ...data,
      quoteChecked: false,
      quoteCheckedBy: null,
      quoteCheckedAt: null,
      redactionSummary: [
        data.redactionSummary ?? originalDoc?.redactionSummary,
        strings.clearedByChange,
      ]
        .filter(Boolean)
        .join(' '),
    }
  }
  return {
    ...data,
    quoteChecked: true,
    quoteCheckedBy: labelFor(signedInUser(req.user)),
    quoteCheckedAt: new Date().toISOString(),
  }
}

/** Each new tick goes in the audit log (who and when), in the same transaction as the save. */
export const auditQuoteCheck: CollectionAfterChangeHook<Comment> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (!doc.quoteChecked || !doc.quoteCheckedAt) return doc
  if (previousDoc?.quoteChecked && previousDoc.quoteCheckedAt === doc.quoteCheckedAt) return doc
  await recordCommentAudit(
    req.payload,
    {
      action: 'quote-checked',
      what: `Comment ${doc.id}`,
      actor: signedInUser(req.user),
      // Not the text itself: the log cannot be erased, and a request to erase must leave nothing.
      comment: `Checked that the anonymised text identifies nobody, so it may be quoted.`,
    },
    req,
  )
  return doc
}
