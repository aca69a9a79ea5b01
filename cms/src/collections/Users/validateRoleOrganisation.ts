import { relationId } from '../../relationships/relationshipIds'

/** A provider belongs to exactly one organisation; officers and administrators belong to none. */
export function validateRoleOrganisation(role: unknown, organisation: unknown): true | string {
  const hasOrganisation = relationId(organisation) !== undefined
  if (!role) return 'Choose a role'
  if (role === 'provider' && !hasOrganisation) {
    return 'A provider must belong to an organisation. Choose the organisation this person works for'
  }
  if (role !== 'provider' && hasOrganisation) {
    return 'Only providers belong to an organisation. Remove the organisation, or make this person a provider'
  }
  return true
}
