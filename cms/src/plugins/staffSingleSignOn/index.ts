import {
  APIError,
  type CollectionBeforeLoginHook,
  type CollectionConfig,
  type Config,
  type Plugin,
} from 'payload'

import { userIsStaff } from '../../access/userRoles'
import type { User } from '../../payload-types'
import { callbackEndpoint, startEndpoint } from './endpoints'
import { identityProvider } from './identityProvider'
import type { SingleSignOnSettings } from './settings'

export { singleSignOnFromEnv, type SingleSignOnSettings } from './settings'

/** Path for Payload's import map (relative to src/). */
const BUTTON = '/plugins/staffSingleSignOn/components/SingleSignOnButton#SingleSignOnButton'

export const PASSWORD_REFUSED_FOR_STAFF =
  'Officers and administrators sign in with their council account: use the button below the sign-in form.'

/** With OIDC_REQUIRED_FOR_STAFF, a staff password is refused (the provider's own sign-in rules apply). */
const refuseStaffPasswords: CollectionBeforeLoginHook = ({ user }) => {
  if (userIsStaff(user as User)) throw new APIError(PASSWORD_REFUSED_FOR_STAFF, 403, null, true)
  return user
}

/**
 * Staff single sign-on with the council's OpenID Connect provider: the sign-in button, the two
 * endpoints of the authorization code flow (with PKCE) on the users collection and, when the
 * council requires it, the refusal of staff passwords. Without settings the button renders
 * nothing and no endpoint exists; the component is registered either way so the admin's import
 * map does not depend on the environment it was generated in.
 */
export function staffSingleSignOnPlugin(settings: SingleSignOnSettings | undefined): Plugin {
  return (config: Config): Config => {
    const provider = settings ? identityProvider(settings) : undefined
    const withSignOn = (collection: CollectionConfig): CollectionConfig => {
      if (collection.slug !== 'users' || !settings || !provider) return collection
      return {
        ...collection,
        endpoints: [
          ...(collection.endpoints || []),
          startEndpoint(settings, provider),
          callbackEndpoint(settings, provider),
        ],
        hooks: settings.requiredForStaff
          ? {
              ...collection.hooks,
              beforeLogin: [...(collection.hooks?.beforeLogin ?? []), refuseStaffPasswords],
            }
          : collection.hooks,
      }
    }
    return {
      ...config,
      collections: (config.collections ?? []).map(withSignOn),
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          afterLogin: [
            ...(config.admin?.components?.afterLogin ?? []),
            { path: BUTTON, clientProps: { label: settings?.buttonLabel ?? null } },
          ],
        },
      },
    }
  }
}
