import type { CollectionBeforeValidateHook } from 'payload'

import { forbidden } from '../../../endpoints/httpErrors'
import { userIsProvider } from '../../../access/userRoles'
import { moderationStrings } from '../../../moderation/strings'

/**
 * Providers save drafts; only LA officers publish. A provider's attempt to publish is refused
 * (HTTP 403) before anything is written, with a message that says what to do instead.
 */
export const preventProviderPublishing: CollectionBeforeValidateHook = ({ data, req }) => {
  if (userIsProvider(req.user) && data?._status === 'published') {
    throw forbidden(moderationStrings.providerCannotPublish)
  }
  return data
}
