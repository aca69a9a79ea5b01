import type { CollectionConfig, Config, Plugin } from 'payload'

import { staffNavLinkEntry } from '../../components/staffNavLinkEntry'
import { invitationEndpoints } from './endpoints'
import { markJoined } from './hooks/markJoined'
import { invitationFields } from './invitationFields'
import { invitationStrings } from './strings'

const VIEW = '/plugins/providerInvitations/components/InviteProvider#InviteProvider'
const PATH = '/invite-provider'

const withInvitations = (collection: CollectionConfig): CollectionConfig =>
  collection.slug !== 'users'
    ? collection
    : {
        ...collection,
        admin: {
          ...collection.admin,
          defaultColumns: [...(collection.admin?.defaultColumns ?? []), 'invitationStatus'],
        },
        // Before the collection's own `/:id` endpoints, so "invite" is never read as an id.
        endpoints: [...invitationEndpoints, ...(collection.endpoints || [])],
        hooks: {
          ...collection.hooks,
          afterLogin: [...(collection.hooks?.afterLogin ?? []), markJoined],
        },
        fields: [...collection.fields, ...invitationFields],
      }

/**
 * Providers join by invitation (issue 12 item 4): an LA officer invites a provider from the
 * admin (/admin/invite-provider: organisation, name, e-mail); the CMS makes the account with no
 * usable password and e-mails a link, made by Payload's own forgot-password operation, where the
 * invitee sets their password (Payload's reset page). The link works for INVITATION_DAYS days; an
 * officer can send a new one; Users shows "Invited, not yet joined" until the first sign-in.
 * Account requests (plugins/accountRequests) use the same invitation once approved.
 */
export function providerInvitationsPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withInvitations),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [
          ...(config.admin?.components?.afterNavLinks ?? []),
          staffNavLinkEntry({ path: PATH, label: invitationStrings.nav }),
        ],
        views: {
          ...config.admin?.components?.views,
          inviteProvider: {
            Component: VIEW,
            path: PATH,
            meta: { title: invitationStrings.title },
          },
        },
      },
    },
  })
}
