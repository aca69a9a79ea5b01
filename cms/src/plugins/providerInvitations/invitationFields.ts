import type { Field } from 'payload'

import { invitationStrings as s } from './strings'

const setByTheCms = { create: () => false, update: () => false }

/**
 * What the Users collection records of an invitation. Only the CMS writes them (the invite
 * endpoints, and the sign-in hook that marks a person joined); nobody can set them by hand.
 */
export const invitationFields: Field[] = [
  {
    name: 'invitationStatus',
    type: 'select',
    label: s.status.label,
    options: s.status.options.map((o) => ({ ...o })),
    index: true,
    access: setByTheCms,
    admin: { readOnly: true, position: 'sidebar', description: s.status.description },
  },
  {
    name: 'invitedAt',
    type: 'date',
    label: s.invitedAt,
    access: setByTheCms,
    admin: {
      readOnly: true,
      position: 'sidebar',
      condition: (data) => Boolean(data?.invitationStatus),
      date: { pickerAppearance: 'dayAndTime' },
    },
  },
  {
    name: 'invitedBy',
    type: 'relationship',
    relationTo: 'users',
    label: s.invitedBy,
    access: setByTheCms,
    admin: {
      readOnly: true,
      position: 'sidebar',
      condition: (data) => Boolean(data?.invitationStatus),
    },
  },
  {
    name: 'resendInvitation',
    type: 'ui',
    admin: {
      position: 'sidebar',
      condition: (data) => data?.invitationStatus === 'invited',
      components: {
        Field: '/plugins/providerInvitations/components/ResendInvitation#ResendInvitation',
      },
    },
  },
]
