import type { CollectionBeforeOperationHook } from 'payload'

import { forbidden } from '../../../endpoints/httpErrors'
import { userIsProvider } from '../../../access/userRoles'
import { moderationStrings } from '../../../moderation/strings'

/**
 * A provider's change to a listing is always saved as a draft for the Local Offer team to review:
 * an update or restore that is not a draft save (which would go straight to the live listing) is
 * refused before anything is written, with a message that says what to do instead.
 */
export const requireProviderDraftSaves: CollectionBeforeOperationHook<'services'> = ({
  args,
  operation,
  req,
}) => {
  if ((operation === 'update' || operation === 'restoreVersion') && userIsProvider(req.user)) {
    const draft = (args as { draft?: boolean | string }).draft
    if (draft !== true && draft !== 'true') {
      throw forbidden(
        operation === 'restoreVersion'
          ? moderationStrings.providerRestoresAsDrafts
          : moderationStrings.providerSavesDrafts,
      )
    }
  }
  return args
}
