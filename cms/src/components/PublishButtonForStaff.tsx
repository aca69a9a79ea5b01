'use client'
import { PublishButton, useAuth } from '@payloadcms/ui'
import type React from 'react'

import type { User } from '../payload-types'

type PublishButtonProps = React.ComponentProps<typeof PublishButton>

/**
 * The admin's Publish button, shown to LA staff only. Providers save drafts (the Save draft button
 * stays); an officer reviews and publishes. The API refuses a provider's publish either way.
 */
export function PublishButtonForStaff(props: PublishButtonProps) {
  const { user } = useAuth<User>()
  if (!user || user.role === 'provider') return null
  return <PublishButton {...props} />
}
