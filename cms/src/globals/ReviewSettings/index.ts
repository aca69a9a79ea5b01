import {
  DEFAULT_REVIEW_GRACE_PERIOD_DAYS,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
} from '@local-offer/shared'
import type { GlobalConfig } from 'payload'

import { staffOnly } from '../../access/staffOnly'
import { emailField } from '../../fields/contactDetails'
import { categoryOptions } from '../../collections/Services/options'
import { OFFICER_ALERT_DAYS_AFTER_DUE } from '../../review/schedule'

/**
 * How often listings must be reviewed (by default and per category), how long an overdue
 * listing stays on the site before it is withdrawn, and who hears about overdue listings.
 * A listing's own "Review every (months)" overrides its category.
 */
export const ReviewSettings: GlobalConfig<'review-settings'> = {
  slug: 'review-settings',
  label: 'Review settings',
  admin: { group: 'Administration' },
  access: { read: staffOnly, update: staffOnly },
  fields: [
    {
      name: 'defaultIntervalMonths',
      label: 'Review every (months), unless the category says otherwise',
      type: 'number',
      required: true,
      min: 1,
      max: 36,
      defaultValue: DEFAULT_REVIEW_INTERVAL_MONTHS,
    },
    {
      name: 'categoryIntervals',
      label: 'Review interval by category',
      type: 'array',
      labels: { singular: 'Category interval', plural: 'Category intervals' },
      validate: (value: unknown) => {
        const rows = Array.isArray(value) ? (value as { category?: string }[]) : []
        const seen = new Set<string>()
        for (const row of rows) {
          if (!row.category) continue
          if (seen.has(row.category))
            return `The category "${row.category}" is listed twice. Keep one interval per category.`
          seen.add(row.category)
        }
        return true
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'category',
              type: 'select',
              required: true,
              options: categoryOptions,
              admin: { width: '50%' },
            },
            {
              name: 'intervalMonths',
              label: 'Review every (months)',
              type: 'number',
              required: true,
              min: 1,
              max: 36,
              admin: { width: '50%' },
            },
          ],
        },
      ],
    },
    {
      name: 'gracePeriodDays',
      label: 'Withdraw an unconfirmed listing this many days after its review was due',
      type: 'number',
      required: true,
      min: OFFICER_ALERT_DAYS_AFTER_DUE + 1,
      max: 365,
      defaultValue: DEFAULT_REVIEW_GRACE_PERIOD_DAYS,
      admin: {
        description: `Officers are told ${OFFICER_ALERT_DAYS_AFTER_DUE} days after the due date, so this must be longer than that.`,
      },
    },
    emailField({
      name: 'overdueAlertEmail',
      label: 'Send overdue alerts to',
      admin: {
        description:
          'For listings without a responsible officer. Leave empty to alert every LA officer.',
      },
    }),
  ],
}
