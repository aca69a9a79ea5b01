'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useApiRoute } from '../../components/useApiRoute'
import type { ListingStatus } from '../listingStatus'
import { providerDashboardStrings as s } from '../strings'

/**
 * The listing's one status, in place of Payload's own "Status: Published / Changed / Draft",
 * which said "Published" beside a sidebar saying "Draft (not yet submitted)" or "Submitted for
 * review" for the same listing (issue 12 item 5). The wording is the dashboard's, from the
 * server (GET /api/services/:id/status), read again after every save.
 */
export function ListingStatusLine() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const apiRoute = useApiRoute()
  const [status, setStatus] = useState<ListingStatus | null>(null)

  useEffect(() => {
    if (id === undefined || id === null) return
    const controller = new AbortController()
    fetch(`${apiRoute}/services/${encodeURIComponent(String(id))}/status`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { status?: ListingStatus } | null) => setStatus(body?.status ?? null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [apiRoute, id, lastUpdateTime])

  if (id === undefined || id === null) return null
  return (
    <div className="listing-status-line" data-status={status?.kind}>
      <span className="listing-status-line__label">{s.statusColumn}: </span>
      <strong role="status" aria-live="polite">
        {status?.label ?? ''}
      </strong>
    </div>
  )
}
