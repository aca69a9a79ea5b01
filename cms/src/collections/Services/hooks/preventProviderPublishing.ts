import type { CollectionBeforeValidateHook } from 'payload'

import { forbidden } from '../../../endpoints/httpErrors'
import { userIsProvider } from '../../../access/userRoles'

/**
 * Providers save drafts; only LA officers publish. A provider's attempt to publish is refused
 * (HTTP 403) before anything is written, with a message that says what to do instead.
 */
export const preventProviderPublishing: CollectionBeforeValidateHook = ({ data, req }) => {
  if (userIsProvider(req.user) && data?._status === 'published') {
    throw forbidden(
      'Providers cannot publish listings. Save your changes as a draft and the Local Offer team will review and publish them.',
    )
  }
  return data
}
