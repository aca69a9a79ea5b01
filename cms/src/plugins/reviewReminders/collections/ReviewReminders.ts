import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../access/staffOnly'
import { nobody } from '../../../access/nobody'
import { hiddenFromNonStaff } from '../../../access/hiddenFromNonStaff'
import { reminderKinds, reminderStates } from '../../../review/reminderKinds'

/**
 * The sent-log of review reminders. Each reminder is claimed here, under a unique key per
 * (listing, due date, kind), BEFORE its email is sent, so a job that runs twice in a day or is
 * restarted after a crash never sends the same reminder twice and never skips one.
 */
export const ReviewReminders: CollectionConfig<'review-reminders'> = {
  slug: 'review-reminders',
  labels: { singular: 'Review reminder', plural: 'Review reminders' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['createdAt', 'kind', 'listing', 'dueDate', 'state', 'recipients'],
    group: 'Administration',
    hidden: hiddenFromNonStaff,
  },
  disableDuplicate: true,
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'listing id : due date : kind — one reminder of each kind per cycle.' },
    },
    { name: 'listing', type: 'relationship', relationTo: 'services', index: true },
    { name: 'kind', type: 'select', required: true, options: [...reminderKinds] },
    {
      name: 'dueDate',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    { name: 'state', type: 'select', required: true, index: true, options: [...reminderStates] },
    { name: 'recipients', type: 'text' },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'claimedAt', type: 'date' },
    { name: 'sentAt', type: 'date' },
    { name: 'lastError', type: 'textarea' },
  ],
}
