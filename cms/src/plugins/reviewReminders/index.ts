import type { Config, JobsConfig, Plugin } from 'payload'

import { ReviewReminders } from './collections/ReviewReminders'
import { REVIEW_QUEUE, reviewRemindersTask } from './reviewRemindersTask'

/** Where the dashboard panel is, for Payload's import map (paths are relative to src/). */
const REVIEW_DASHBOARD = '/plugins/reviewReminders/components/ReviewDashboard#ReviewDashboard'

export interface ReviewRemindersPluginOptions {
  /**
   * Run the daily review job in this process: the CMS checks the review queue every minute and
   * the task is queued at its scheduled time. The server does; tests run the task themselves.
   */
  runOnSchedule: boolean
}

type AutoRun = NonNullable<JobsConfig['autoRun']>

/** The queues this process runs, with the review queue added (Payload accepts a list or a function). */
function withReviewQueue(autoRun: JobsConfig['autoRun']): AutoRun {
  const reviewQueue = { cron: '* * * * *', queue: REVIEW_QUEUE }
  if (typeof autoRun === 'function') {
    return async (payload) => [...(await autoRun(payload)), reviewQueue]
  }
  return [...(autoRun ?? []), reviewQueue]
}

/**
 * The review reminders: the daily job that e-mails providers before a listing's
 * review falls due and its officer after, and withdraws listings left overdue past the grace
 * period; the sent-log that stops a reminder going twice (Review reminders collection); and the
 * review dashboard.
 *
 * What stays outside, because listings need it with or without reminders: the review schedule,
 * the Review settings global and the review fields and hooks of the Services collection
 * (src/review/, globals/ReviewSettings, collections/Services).
 */
export function reviewRemindersPlugin(options: ReviewRemindersPluginOptions): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), ReviewReminders],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), reviewRemindersTask],
      autoRun: options.runOnSchedule ? withReviewQueue(config.jobs?.autoRun) : config.jobs?.autoRun,
    },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), REVIEW_DASHBOARD],
      },
    },
  })
}
