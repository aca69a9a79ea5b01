import type { CollectionConfig, Config, JobsConfig, Plugin } from 'payload'

import { staffNavLinkEntry } from '../../components/staffNavLinkEntry'
import type { SubmissionRateLimiter } from '../../endpoints/rateLimiter'
import { gapsCsvEndpoint, recordSearchMissEndpoint } from './endpoints'
import { searchMissRetentionTask, SEARCH_MISS_QUEUE } from './searchMissRetention'
import { SearchMisses } from './SearchMisses'
import { reportCountsField } from './reportCounts/reportCountsField'
import { takeReportCounts } from './reportCounts/takeReportCounts'
import { gapStrings } from './strings'

/** Paths for Payload's import map (relative to src/). */
const VIEW = '/plugins/localOfferGaps/components/GapsView#GapsView'
const NAV_LINK = staffNavLinkEntry({ path: '/local-offer-gaps', label: gapStrings.nav })

export interface LocalOfferGapsPluginOptions {
  /** Run the daily deletion of old search counts in this process (the server does). */
  runOnSchedule: boolean
  /** Counts beacons per address (the comment limiter's store, its own prefix and limit). */
  rateLimiter: SubmissionRateLimiter
  /** Proxies in front of the CMS (TRUSTED_PROXY), to find the address to count. */
  trustedProxyHops: number
}

type AutoRun = NonNullable<JobsConfig['autoRun']>

function withQueue(autoRun: JobsConfig['autoRun']): AutoRun {
  const queue = { cron: '* * * * *', queue: SEARCH_MISS_QUEUE }
  if (typeof autoRun === 'function') return async (payload) => [...(await autoRun(payload)), queue]
  return [...(autoRun ?? []), queue]
}

/**
 * The "You said, we did" reports get "The Local Offer in numbers": the gaps table's counts,
 * frozen when an officer adds them (issue 15 item 5's last sentence). The reports collection
 * does not know about it.
 */
function withReportCounts(collection: CollectionConfig): CollectionConfig {
  if (collection.slug !== 'feedback-reports') return collection
  return {
    ...collection,
    fields: [...collection.fields, reportCountsField],
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), takeReportCounts],
    },
  }
}

/**
 * Where the Local Offer has gaps (issue 15 item 5), for commissioners: the staff view of current
 * listings by category, need, age and locality (with its CSV), the searches on the site that found
 * nothing (the beacon endpoint, the counts collection and its 12-month deletion job), and the
 * counts a "You said, we did" report can show.
 */
export function localOfferGapsPlugin(options: LocalOfferGapsPluginOptions): Plugin {
  const searchMisses: CollectionConfig = {
    ...SearchMisses,
    endpoints: [recordSearchMissEndpoint(options.rateLimiter, options.trustedProxyHops)],
  }
  return (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []).map(withReportCounts), searchMisses],
    endpoints: [...(config.endpoints ?? []), gapsCsvEndpoint],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), searchMissRetentionTask],
      autoRun: options.runOnSchedule ? withQueue(config.jobs?.autoRun) : config.jobs?.autoRun,
    },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), NAV_LINK],
        views: {
          ...config.admin?.components?.views,
          localOfferGaps: {
            Component: VIEW,
            path: '/local-offer-gaps',
            meta: { title: gapStrings.title },
          },
        },
      },
    },
  })
}
