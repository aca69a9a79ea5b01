'use client'
import { Button, useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'

import { isStaff } from '../access/roles'
import type { User } from '../payload-types'
import { siteBuildStrings as s } from '../sitePublishing/strings'

interface RebuildResponse {
  message?: string
  errors?: { message?: string }[]
}

/**
 * "Rebuild the site now", for LA staff: asks the CMS to rebuild the public site as soon as no
 * other build is running. The outcome is announced in a live region.
 */
export function RebuildSiteButton() {
  const { user } = useAuth<User>()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  if (!isStaff(user)) return null

  const rebuild = async () => {
    setBusy(true)
    setMessage('')
    try {
      const response = await fetch(`${serverURL ?? ''}${api}/site-builds/rebuild`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json().catch(() => ({}))) as RebuildResponse
      const text =
        body.message ?? body.errors?.map((e) => e.message).join(' ') ?? response.statusText
      setMessage(response.ok ? text : `${s.failed} ${text}`)
      if (response.ok) router.refresh()
    } catch (error) {
      setMessage(`${s.failed} ${error instanceof Error ? error.message : String(error)}`)
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
