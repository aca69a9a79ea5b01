'use client'
import { Button, useAuth, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'

import { moderationStrings as s } from '../moderation/strings'
import type { User } from '../payload-types'
import { postListingAction, type ActionOutcome } from './adminActions'
import { useApiRoute } from './useApiRoute'

/**
 * Beside the listing's Save draft / Publish buttons: "Submit for review" (send the saved draft to
 * the Local Offer team) and "Confirm still correct" (the published listing is still right).
 * Results are announced in a live region; buttons are ordinary, keyboard-usable buttons.
 */
export function ListingReviewActions() {
  const { user } = useAuth<User>()
  const { id, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const modified = useFormModified()
  const moderation = useFormFields(([fields]) => fields.moderation?.value)
  const status = useFormFields(([fields]) => fields._status?.value)
  const apiRoute = useApiRoute()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null)

  if (!user || id === undefined || id === null) return null

  const run = async (action: 'submit' | 'confirm') => {
    setBusy(true)
    setOutcome(null)
    const result = await postListingAction(apiRoute, id, action)
    setOutcome(result)
    setBusy(false)
    if (result.ok) router.refresh()
  }

  // Only a saved draft can be submitted: on a live listing with no changes the button would
  // only be refused ("no unpublished changes"), so it is not offered.
  const hasDraft = !hasPublishedDoc || status === 'draft' || unpublishedVersionCount > 0
  const canSubmit = moderation !== 'submitted' && (hasDraft || modified)
  return (
    <div className="listing-review-actions">
      {canSubmit && (
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={busy || modified}
          tooltip={modified ? s.saveFirst : s.submitHelp}
          onClick={() => void run('submit')}
        >
          {s.submitButton}
        </Button>
      )}
      {hasPublishedDoc && (
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={busy}
          tooltip={s.confirmHelp}
          onClick={() => void run('confirm')}
        >
          {s.confirmButton}
        </Button>
      )}
      <p className="listing-review-actions__status" role="status" aria-live="polite">
        {busy ? s.working : modified && canSubmit ? s.saveFirst : ''}
        {outcome && (outcome.ok ? outcome.message : `${s.failed} ${outcome.message}`)}
      </p>
    </div>
  )
}
