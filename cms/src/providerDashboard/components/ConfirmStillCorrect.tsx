'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'

import { postListingAction, type ActionOutcome } from '../../components/adminActions'
import { useApiRoute } from '../../components/useApiRoute'
import { moderationStrings } from '../../moderation/strings'

/**
 * "Confirm still correct" on the provider's dashboard: the same endpoint as the button on the
 * listing, in one step from the to-do list. The result is announced in a live region.
 */
export function ConfirmStillCorrect({
  id,
  label,
  listingName,
}: {
  id: string | number
  label: string
  listingName: string
}) {
  const apiRoute = useApiRoute()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null)
  const confirm = async () => {
    setBusy(true)
    const result = await postListingAction(apiRoute, id, 'confirm')
    setOutcome(result)
    setBusy(false)
    if (result.ok) router.refresh()
  }
  return (
    <div className="provider-dashboard__confirm">
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={busy}
        aria-label={`${label}: ${listingName}`}
        onClick={() => void confirm()}
      >
        {label}
      </Button>
      <span role="status" aria-live="polite">
        {busy
          ? moderationStrings.working
          : outcome &&
            (outcome.ok ? outcome.message : `${moderationStrings.failed} ${outcome.message}`)}
      </span>
    </div>
  )
}
