import type { CollectionConfig, Config, JobsConfig, Plugin } from 'payload'

import { staffNavLinkEntry } from '../../components/staffNavLinkEntry'
import { personalDataStrings } from '../../feedback/strings'
import { CommentRetention } from './CommentRetention'
import { commentRetentionTask, RETENTION_QUEUE } from './commentRetentionTask'
import {
  erasePersonalDataEndpoint,
  exportPersonalDataEndpoint,
  findPersonalDataEndpoint,
} from './personalDataEndpoints'

/** Paths for Payload's import map (relative to src/). */
const VIEW = '/plugins/commentPersonalData/components/PersonalDataRequests#PersonalDataRequests'
const NAV_LINK = staffNavLinkEntry({ path: '/personal-data', label: personalDataStrings.nav })

export interface CommentPersonalDataPluginOptions {
  /** Run the daily retention job in this process (the server does; tests run it themselves). */
  runOnSchedule: boolean
}

type AutoRun = NonNullable<JobsConfig['autoRun']>

function withRetentionQueue(autoRun: JobsConfig['autoRun']): AutoRun {
  const queue = { cron: '* * * * *', queue: RETENTION_QUEUE }
  if (typeof autoRun === 'function') return async (payload) => [...(await autoRun(payload)), queue]
  return [...(autoRun ?? []), queue]
}

const withEndpoints = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'comments'
    ? {
        ...collection,
        endpoints: [
          ...(collection.endpoints || []),
          findPersonalDataEndpoint,
          exportPersonalDataEndpoint,
          erasePersonalDataEndpoint,
        ],
      }
    : collection

/**
 * Personal data in comments has a lifetime (UK GDPR art. 5(1)(e), 15, 17): the Comment retention
 * setting; the daily job that deletes what was written once it has been kept long enough, leaving
 * the anonymised text; and the officers' tools for a person's requests: find everything they sent,
 * export it (subject access) or erase it (right to erasure), each recorded in the audit log.
 */
export function commentPersonalDataPlugin(options: CommentPersonalDataPluginOptions): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withEndpoints),
    globals: [...(config.globals ?? []), CommentRetention],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), commentRetentionTask],
      autoRun: options.runOnSchedule
        ? withRetentionQueue(config.jobs?.autoRun)
        : config.jobs?.autoRun,
    },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), NAV_LINK],
        views: {
          ...config.admin?.components?.views,
          personalData: {
            Component: VIEW,
            path: '/personal-data',
            meta: { title: 'Personal data requests' },
          },
        },
      },
    },
  })
}
