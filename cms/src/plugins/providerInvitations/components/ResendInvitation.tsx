'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { postAdminAction } from '../../../components/adminActions'
import { useApiRoute } from '../../../components/useApiRoute'
import { invitationStrings as s } from '../strings'

/** On an invited user's edit view (staff): send a new invitation link. */
export function ResendInvitation() {
  const { id } = useDocumentInfo()
  const api = useApiRoute()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  if (id === undefined || id === null) return null

  const resend = async () => {
    setBusy(true)
    const answer = await postAdminAction(
      `${api}/users/${encodeURIComponent(String(id))}/resend-invitation`,
    )
    setBusy(false)
    setMessage(answer.message)
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" onClick={resend} disabled={busy}>
        {s.resend}
      </Button>
      <p className="field-description">{s.resendHint}</p>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
