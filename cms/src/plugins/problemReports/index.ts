import type { CollectionBeforeDeleteHook, CollectionConfig, Config, Plugin } from 'payload'

import type { FeedbackSettings } from '../../config/feedbackSettings'
import type { SubmissionRateLimiter } from '../../endpoints/rateLimiter'
import { createProblemReports } from './ProblemReports'
import { submitProblemReportEndpoint } from './submitProblemReport'

const OPEN_REPORTS = '/plugins/problemReports/components/OpenProblemReports#OpenProblemReports'

/** A listing's reports go with it (the report's listing is required, and a foreign key). */
const deleteReportsOfListing: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'problem-reports',
    where: { listing: { equals: id } },
    overrideAccess: true,
    req,
  })
}

const withReportsDeletedOnDelete = (collection: CollectionConfig): CollectionConfig =>
  collection.slug !== 'services'
    ? collection
    : {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeDelete: [...(collection.hooks?.beforeDelete ?? []), deleteReportsOfListing],
        },
      }

/**
 * "Report a problem with this page" (issue 12 item 6): the staff-only Problem reports collection,
 * its public endpoint (POST /api/problem-reports/submit), the e-mails to the provider and the
 * responsible officer, and the open-report count on the officers' dashboard. The review rules
 * count a listing with an open report as due for review (src/review/openProblemReports.ts).
 */
export function problemReportsPlugin(options: {
  feedback: FeedbackSettings
  limiter: SubmissionRateLimiter
}): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map(withReportsDeletedOnDelete),
      createProblemReports([submitProblemReportEndpoint(options.feedback, options.limiter)]),
    ],
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), OPEN_REPORTS],
      },
    },
  })
}
