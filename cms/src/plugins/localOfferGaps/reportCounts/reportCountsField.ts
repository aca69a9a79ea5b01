import type { ArrayField } from 'payload'

import { dimensionKeys, dimensionLabels } from '../dimensions'
import { reportCountsStrings as s } from '../strings'

const dimensionOptions = dimensionKeys.map((key) => ({ value: key, label: dimensionLabels[key] }))

/**
 * "The Local Offer in numbers" on a "You said, we did" report: the cuts of the gaps view an
 * officer adds to it, each with the counts frozen when it was taken (see takeReportCounts). The
 * counts and their date are written only by the CMS; the site shows them as a table and a chart.
 */
export const reportCountsField: ArrayField = {
  name: 'localOfferCounts',
  type: 'array',
  labels: s.labels,
  admin: { description: s.description, initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'rows',
          type: 'select',
          required: true,
          defaultValue: 'category',
          label: s.rows,
          options: dimensionOptions,
        },
        {
          name: 'columns',
          type: 'select',
          required: true,
          defaultValue: 'age',
          label: s.columns,
          options: dimensionOptions,
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            value !== siblingData.rows || s.sameDimension,
        },
      ],
    },
    {
      name: 'note',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: s.note,
      admin: { description: s.noteDescription },
    },
    {
      name: 'countAgain',
      type: 'checkbox',
      defaultValue: false,
      label: s.countAgain,
      admin: { description: s.countAgainDescription },
    },
    {
      name: 'takenAt',
      type: 'date',
      label: s.takenAt,
      admin: {
        readOnly: true,
        description: s.takenAtDescription,
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'counts',
      type: 'json',
      label: s.counts,
      admin: { readOnly: true },
    },
  ],
}
