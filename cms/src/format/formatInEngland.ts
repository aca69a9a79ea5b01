import { inReviewTimeZone } from '@local-offer/shared'
import { format } from 'date-fns/format'

/**
 * A date as people in England read it, whatever time zone the server runs in: a review due at
 * midnight on 1 July is "1 July" in an email, not "30 June" from a server on UTC.
 */
export function formatInEngland(date: Date | string, pattern: string): string {
  return format(new Date(date), pattern, { in: inReviewTimeZone })
}
