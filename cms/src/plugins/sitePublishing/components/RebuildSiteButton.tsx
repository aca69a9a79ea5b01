'use client'
import { Button, useAuth } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'

import { userIsStaff } from '../../../access/userRoles'
import type { User } from '../../../payload-types'
import { siteBuildStrings as s } from '../strings'
import { postAdminAction } from '../../../components/adminActions'
import { useApiRoute } from '../../../components/useApiRoute'

/**
 * "Rebuild the site now", for LA staff: asks the CMS to rebuild the public site as soon as no
 * other build is running. The outcome is announced in a live region.
 */
export function RebuildSiteButton() {
  const { user } = useAuth<User>()
  const apiRoute = useApiRoute()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  if (!userIsStaff(user)) return null

  const rebuild = async () => {
    setBusy(true)
    setMessage('')
    try {
      const outcome = await postAdminAction(`${apiRoute}/site-builds/rebuild`)
      setMessage(outcome.ok ? outcome.message : `${s.failed} ${outcome.message}`)
      if (outcome.ok) router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="rebuild-site">
      <Button
        buttonStyle="secondary"
        size="medium"
        disabled={busy}
        tooltip={s.rebuildHelp}
        onClick={() => void rebuild()}
      >
        {s.rebuildButton}
      </Button>
      <p className="rebuild-site__status" role="status" aria-live="polite">
        {busy ? s.working : message}
      </p>
    </div>
  )
}
