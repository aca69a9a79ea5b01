'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useId, useRef, useState } from 'react'

import { postListingAction, type ActionOutcome } from '../../components/adminActions'
import { useApiRoute } from '../../components/useApiRoute'
import { moderationStrings as s } from '../../moderation/strings'

/**
 * Approve (publish) or return one submission. The version the officer is looking at is sent
 * with an approval, so changes made since the page loaded are never published unseen. Once
 * decided, the officer goes back to the queue (its filters kept), which confirms the decision
 * above the submissions still waiting: the submission itself is no longer there to show.
 * The comment is read from its box when a button is pressed, not kept in state: words typed
 * before the page's script has started (a slow phone, a busy machine) are in the box but would
 * never have reached the state, and returning would have said "write a comment".
 */
export function ModerationDecision({
  listingId,
  versionId,
  listingName,
  queueAfterDecision,
}: {
  listingId: string
  versionId: string | null
  listingName: string
  /** The queue's address with the outcome of each decision, e.g. ?done=approved&listing=12. */
  queueAfterDecision: Record<'approve' | 'return', string>
}) {
  const apiRoute = useApiRoute()
  const router = useRouter()
  const commentId = useId()
  const commentBox = useRef<HTMLTextAreaElement>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null)

  const decide = async (action: 'approve' | 'return') => {
    const comment = commentBox.current?.value ?? ''
    if (action === 'return' && !comment.trim()) {
      setOutcome({ ok: false, message: s.commentRequired })
      return
    }
    setBusy(true)
    setOutcome(null)
    const body = action === 'approve' ? { versionId, comment } : { comment }
    const result = await postListingAction(apiRoute, listingId, action, body)
    setOutcome(result)
    setBusy(false)
    if (result.ok) router.push(queueAfterDecision[action])
  }

  return (
    <form className="moderation-decision" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={commentId}>{s.commentLabel}</label>
      <textarea id={commentId} rows={3} maxLength={2000} ref={commentBox} />
      <div className="moderation-decision__buttons">
        <Button
          buttonStyle="primary"
          size="medium"
          disabled={busy}
          aria-label={`${s.approveButton}: ${listingName}`}
          onClick={() => void decide('approve')}
        >
          {s.approveButton}
        </Button>
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={busy}
          aria-label={`${s.returnButton}: ${listingName}`}
          onClick={() => void decide('return')}
        >
          {s.returnButton}
        </Button>
      </div>
      <p role="status" aria-live="polite">
        {busy ? s.working : ''}
        {outcome && (outcome.ok ? outcome.message : `${s.failed} ${outcome.message}`)}
      </p>
    </form>
  )
}
