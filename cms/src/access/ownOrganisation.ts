import type { Access, Where } from 'payload'

import { organisationOf, userIsProvider, userIsStaff } from './userRoles'

/**
 * Builds access that lets staff act on every document and a provider only on documents
 * whose `field` points at the provider's own organisation. Anyone else gets `otherwise`.
 */
export function staffOrOwnOrganisation(field: string, otherwise: Access = () => false): Access {
  return (args) => {
    const { user } = args.req
    if (userIsStaff(user)) return true
    if (userIsProvider(user)) {
      const organisation = organisationOf(user)
      if (organisation === undefined) return false
      const where: Where = { [field]: { equals: organisation } }
      return where
    }
    return otherwise(args)
  }
}

/** Staff, or a provider for the versions (drafts) of its own organisation's documents. */
export function staffOrOwnOrganisationVersions(field: string): Access {
  return staffOrOwnOrganisation(`version.${field}`)
}

/** Staff, or any provider: used for create, where the hook enforceOwnOrganisation does the binding. */
export const staffOrProvider: Access = ({ req: { user } }) =>
  userIsStaff(user) || userIsProvider(user)
