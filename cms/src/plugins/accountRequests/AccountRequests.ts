import { locales, organisationTypes } from '@local-offer/shared'
import type { CollectionConfig, Endpoint, Field } from 'payload'

import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { nobody } from '../../access/nobody'
import { staffOnly } from '../../access/staffOnly'
import { afterRequestChange } from './hooks/afterRequestChange'
import { decideRequest } from './hooks/decideRequest'
import { accountRequestStrings as s } from './strings'

/** What the requester sent: kept as sent, never edited. */
const asSent = (field: Field): Field =>
  ({
    ...field,
    access: { update: () => false },
    admin: { ...('admin' in field ? field.admin : {}), readOnly: true },
  }) as Field

const setByTheCms = { update: () => false }

/**
 * Organisations asking for an account from the site's public form (issue 12 item 4). Staff only:
 * requests arrive through the public endpoint (POST /api/account-requests/submit), which
 * validates, rate-limits and drops spam before creating one with access control overridden. An
 * officer approves (the organisation is created or linked and its contact invited) or declines
 * with a reason; the requester is e-mailed either way (hooks/).
 */
export function createAccountRequests(endpoints: Endpoint[]): CollectionConfig<'account-requests'> {
  return {
    slug: 'account-requests',
    labels: s.labels,
    admin: {
      hidden: hiddenFromNonStaff,
      useAsTitle: 'organisationName',
      defaultColumns: ['organisationName', 'contactName', 'email', 'status', 'createdAt'],
      group: s.group,
      description: s.description,
    },
    access: { read: staffOnly, create: nobody, update: staffOnly, delete: staffOnly },
    defaultSort: '-createdAt',
    endpoints,
    hooks: { beforeChange: [decideRequest], afterChange: [afterRequestChange] },
    fields: [
      asSent({ name: 'organisationName', type: 'text', required: true, label: s.organisationName }),
      {
        type: 'row',
        fields: [
          asSent({ name: 'contactName', type: 'text', required: true, label: s.contactName }),
          asSent({ name: 'email', type: 'email', required: true, label: s.email }),
          asSent({ name: 'phone', type: 'text', label: s.phone }),
        ],
      },
      asSent({ name: 'offer', type: 'textarea', required: true, label: s.offer }),
      {
        type: 'row',
        fields: [
          asSent({ name: 'registrationNumber', type: 'text', label: s.registrationNumber }),
          asSent({
            name: 'locale',
            type: 'select',
            label: s.locale,
            defaultValue: 'en',
            options: locales.map((l) => ({ value: l.code, label: l.englishName })),
          }),
        ],
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'waiting',
        label: s.status.label,
        options: s.status.options.map((o) => ({ ...o })),
        admin: { position: 'sidebar', description: s.status.description },
      },
      {
        name: 'organisation',
        type: 'relationship',
        relationTo: 'organisations',
        label: s.organisation.label,
        admin: { position: 'sidebar', description: s.organisation.description },
      },
      {
        name: 'organisationType',
        type: 'select',
        label: s.organisationType.label,
        options: organisationTypes.map(({ value, label }) => ({ value, label })),
        admin: {
          position: 'sidebar',
          description: s.organisationType.description,
          condition: (data) => !data?.organisation,
        },
      },
      {
        name: 'declineReason',
        type: 'textarea',
        maxLength: 1000,
        label: s.declineReason.label,
        admin: { position: 'sidebar', description: s.declineReason.description },
      },
      {
        name: 'decidedAt',
        type: 'date',
        label: s.decidedAt,
        access: setByTheCms,
        admin: {
          readOnly: true,
          position: 'sidebar',
          condition: (data) => Boolean(data?.decidedAt),
          date: { pickerAppearance: 'dayAndTime' },
        },
      },
      {
        name: 'decidedBy',
        type: 'relationship',
        relationTo: 'users',
        label: s.decidedBy,
        access: setByTheCms,
        admin: {
          readOnly: true,
          position: 'sidebar',
          condition: (data) => Boolean(data?.decidedAt),
        },
      },
      {
        name: 'invitedUser',
        type: 'relationship',
        relationTo: 'users',
        label: s.invitedUser,
        access: setByTheCms,
        admin: {
          readOnly: true,
          position: 'sidebar',
          condition: (data) => Boolean(data?.invitedUser),
        },
      },
    ],
  }
}
