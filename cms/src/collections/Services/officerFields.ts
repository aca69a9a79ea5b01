import type { Field } from 'payload'

import { staffOnlyField } from '../../access/staffOnlyField'

/**
 * "Temporarily closed" with the day it reopens (issue 12 item 7). Anyone who keeps the listing
 * may set it (a provider's change goes through moderation like any other). The closure ends by
 * itself on the reopening day (`closureOn` in shared/), so nothing has to be unticked.
 */
export const temporaryClosureField: Field = {
  name: 'temporaryClosure',
  label: 'Temporarily closed',
  type: 'group',
  admin: {
    position: 'sidebar',
    description:
      'Shown on the site with the reopening day. It ends by itself on that day; leave the day empty if it is not known.',
  },
  fields: [
    { name: 'closed', label: 'Temporarily closed', type: 'checkbox', defaultValue: false },
    {
      name: 'reopens',
      label: 'Reopens on',
      type: 'date',
      admin: {
        condition: (_data, siblingData) => Boolean(siblingData?.closed),
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
      },
    },
    {
      name: 'note',
      label: 'What families should know',
      type: 'text',
      localized: true,
      maxLength: 200,
      admin: {
        condition: (_data, siblingData) => Boolean(siblingData?.closed),
        placeholder:
          'Closed for building work; the summer scheme runs at the community centre instead.',
      },
    },
  ],
}

/**
 * The listing's internal notes (the Listing notes collection), shown to LA staff in its edit view.
 * Providers never see them: the field and the collection are staff-only.
 */
export const internalNotesField: Field = {
  name: 'internalNotes',
  label: 'Internal notes (LA staff only)',
  type: 'join',
  collection: 'listing-notes',
  on: 'listing',
  defaultSort: '-createdAt',
  defaultLimit: 10,
  access: { read: staffOnlyField },
  admin: {
    description: 'Only officers and administrators see these notes. Providers never do.',
    defaultColumns: ['note', 'author', 'createdAt'],
  },
}
