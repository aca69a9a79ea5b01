import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../access/staffOnly'
import { nobody } from '../../access/nobody'
import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { auditActions } from '../../audit/auditActions'

/**
 * Who published, returned, withdrew or confirmed which listing, when, and why; and who checked a
 * quote, which comments' original text the retention job deleted, and each right-to-erasure and
 * subject access request (which comments, never what they said). Written only by
 * the server (hooks, endpoints and the review job); staff read it; nobody edits or deletes it
 * through the API, and providers cannot see it.
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: {
    useAsTitle: 'listingName',
    defaultColumns: ['createdAt', 'action', 'listingName', 'actorLabel', 'comment'],
    group: 'Administration',
    hidden: hiddenFromNonStaff,
    disableCopyToLocale: true,
  },
  disableDuplicate: true,
  access: {
    read: staffOnly,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: [...auditActions] },
    {
      name: 'listing',
      type: 'relationship',
      relationTo: 'services',
      index: true,
      admin: { description: 'Empty if the listing has since been deleted.' },
    },
    {
      name: 'listingName',
      label: 'What',
      type: 'text',
      required: true,
      admin: {
        description: 'The listing’s name when this happened, or the comments it was about.',
      },
    },
    { name: 'actor', label: 'By', type: 'relationship', relationTo: 'users' },
    {
      name: 'actorLabel',
      label: 'By (name)',
      type: 'text',
      required: true,
      admin: { description: 'The person’s name, or the scheduled job.' },
    },
    { name: 'comment', label: 'Comment or reason', type: 'textarea' },
    {
      name: 'versionId',
      label: 'Version',
      type: 'text',
      admin: { description: 'The id of the listing version this applies to.' },
    },
  ],
}
