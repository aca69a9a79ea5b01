import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { staffOnly } from '../../access/staffOnly'
import { DEFAULT_RETENTION } from './retentionRule'
import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { requestSiteRebuildAfterGlobalChange } from '../sitePublishing/hooks/requestSiteRebuildHooks'

const months = (value: unknown): true | string =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 120
    ? true
    : 'Enter a whole number of months from 1 to 120'

/**
 * How long what people wrote in comments is kept (the anonymised text stays). Officers set it;
 * anyone may read it, because the comment form's privacy notice on the site says how long.
 */
export const CommentRetention: GlobalConfig = {
  slug: 'comment-retention',
  label: 'Comment retention',
  admin: {
    // Providers cannot change it: it is not on their dashboard or menu (issue 12 item 5).
    hidden: hiddenFromNonStaff,
    group: 'Comments and response',
    description:
      'What people write in a comment may identify them or their child. It is kept only for the time set here, then deleted by a daily job, leaving the anonymised text. Each deletion is recorded in the audit log. The privacy notice on the comment form states these periods.',
  },
  access: { read: anyone, update: staffOnly, readVersions: staffOnly },
  // The privacy notice on the site states these periods: a change is published by itself.
  hooks: { afterChange: [requestSiteRebuildAfterGlobalChange('Comment retention')] },
  fields: [
    {
      name: 'monthsAfterReport',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_RETENTION.monthsAfterReport,
      label: 'Months to keep what was written, after the year’s report is published',
      validate: months,
      admin: {
        description:
          'Counted from when the “You said, we did” report for the comment’s reporting year was first published.',
      },
    },
    {
      name: 'monthsWithoutReport',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_RETENTION.monthsWithoutReport,
      label: 'Months to keep what was written when the year’s report is never published',
      validate: months,
      admin: {
        description:
          'Counted from the end of the comment’s reporting year (31 August), for a year with no published report.',
      },
    },
  ],
}
