import type { CollectionConfig, FieldHook } from 'payload'

import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { staffOnly } from '../../access/staffOnly'
import { relationId } from '../../relationships/relationshipIds'

/** Who wrote the note: the signed-in officer, set when it is first saved and never changed. */
const setAuthorOnce: FieldHook = ({ value, originalDoc, req }) =>
  originalDoc?.author ?? value ?? relationId(req.user ?? undefined)

/**
 * Notes LA staff keep on a listing for each other ("spoke to the manager on 3 May; new venue from
 * September"), issue 12 item 7. A collection of their own rather than a field of the listing:
 * a listing's fields travel with its drafts, so an officer's note would be lost when an older
 * provider draft is approved, and would appear in the moderation diff. Staff-only in every
 * operation; providers and the public never see them (the listing's edit view shows them to
 * staff through a join field).
 */
export const ListingNotes: CollectionConfig<'listing-notes'> = {
  slug: 'listing-notes',
  labels: { singular: 'Internal note', plural: 'Internal notes' },
  admin: {
    useAsTitle: 'note',
    defaultColumns: ['note', 'listing', 'author', 'createdAt'],
    group: 'Local Offer',
    hidden: hiddenFromNonStaff,
    description: 'Notes about listings that only officers and administrators see.',
  },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'listing',
      type: 'relationship',
      relationTo: 'services',
      required: true,
      index: true,
    },
    { name: 'note', type: 'textarea', required: true, maxLength: 2000 },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      hooks: { beforeChange: [setAuthorOnce] },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
