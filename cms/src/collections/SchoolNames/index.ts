import type { CollectionConfig } from 'payload'

import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { staffOnly } from '../../access/staffOnly'

/** Where a school name came from. */
export const schoolNameSources = [
  { label: 'Get Information about Schools (DfE)', value: 'gias' },
  { label: 'Added by hand', value: 'manual' },
] as const

/**
 * Schools and settings that are not the council's own organisations but that a comment may name
 * (academies, independent schools, schools in the next authority), loaded from the DfE's
 * "Get Information about Schools" extract (Open Government Licence) by
 * `pnpm --filter @local-offer/scripts import:schools`. The comment anonymiser replaces any of them
 * with [school], whatever its case. Staff-only: it is reference data for anonymising, not content.
 */
export const SchoolNames: CollectionConfig<'school-names'> = {
  slug: 'school-names',
  labels: { singular: 'School name', plural: 'School names' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'source', 'urn', 'importedAt'],
    group: 'Administration',
    hidden: hiddenFromNonStaff,
    description:
      'Schools a comment may name that are not listed as organisations. Comments replace them with [school].',
  },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, index: true },
    {
      name: 'urn',
      label: 'URN',
      type: 'text',
      unique: true,
      admin: {
        description: 'The school’s Unique Reference Number in Get Information about Schools.',
      },
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      options: [...schoolNameSources],
    },
    {
      name: 'importedAt',
      label: 'Imported at',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
