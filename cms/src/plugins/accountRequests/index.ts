import type { Config, Plugin } from 'payload'

import type { FeedbackSettings } from '../../config/feedbackSettings'
import type { SubmissionRateLimiter } from '../../endpoints/rateLimiter'
import { createAccountRequests } from './AccountRequests'
import { submitAccountRequestEndpoint } from './submitAccountRequest'

const WAITING = '/plugins/accountRequests/components/WaitingAccountRequests#WaitingAccountRequests'

/**
 * "Ask for an account" (issue 12 item 4): the site's public form posts to
 * POST /api/account-requests/submit; the request waits in the staff-only Account requests
 * collection (officers are e-mailed at the council's contact address and see a count on the
 * dashboard); an officer approves (organisation created or linked, contact invited through
 * plugins/providerInvitations) or declines with a reason, and the requester is e-mailed.
 */
export function accountRequestsPlugin(options: {
  feedback: FeedbackSettings
  limiter: SubmissionRateLimiter
}): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []),
      createAccountRequests([submitAccountRequestEndpoint(options.feedback, options.limiter)]),
    ],
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), WAITING],
      },
    },
  })
}
