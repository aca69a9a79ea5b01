import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { organisationOf, userIsProvider } from '../access/userRoles'
import { relationId, sameId } from '../relationships/relationshipIds'

/**
 * A provider's documents always belong to the provider's own organisation.
 * On create the organisation is filled in when left empty; a provider naming another
 * organisation (on create or update) is refused with a message on the field, before anything is written.
 */
export function enforceOwnOrganisation(field = 'organisation'): CollectionBeforeValidateHook {
  return ({ collection, data, operation, req }) => {
    const { user } = req
    if (!data || !userIsProvider(user)) return data
    const own = organisationOf(user)
    const requested = relationId(data[field])

    if (requested === undefined) {
      if (operation === 'create') return { ...data, [field]: own }
      return data
    }
    if (own === undefined || !sameId(requested, own)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: field,
            message:
              'You can only add or move listings to your own organisation. Leave the organisation as it is, or ask the Local Offer team to transfer the listing.',
          },
        ],
      })
    }
    return data
  }
}
