/**
 * Next.js calls this once when the CMS server starts
 * (https://nextjs.org/docs/app/guides/instrumentation).
 *
 * - Without a trusted proxy, the comment form's rate limit must count the connection's own
 *   address, so the server overwrites X-Forwarded-For with it.
 * - Payload starts its job crons (the daily review reminders) only when something asks for
 *   Payload with `cron: true`, which otherwise happens on the first admin request; starting it
 *   here means a server nobody has visited since a restart still sends its reminders.
 *   JOBS_AUTORUN=false turns this off.
 * - The site build runner rebuilds the public site a short while after content is published
 *   (docs/publishing.md). SITE_REBUILD_AUTORUN=false turns it off.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { trustedProxyHopsFromEnv } = await import('./config/feedbackSettings')
  if (trustedProxyHopsFromEnv() === 0) {
    const { trustOnlyTheSocket } = await import('./server/socketAddress')
    trustOnlyTheSocket()
  }
  const { sitePublishingSettingsFromEnv } = await import('./plugins/sitePublishing/settings')
  const runJobs = process.env.JOBS_AUTORUN !== 'false'
  const runSiteBuilds = sitePublishingSettingsFromEnv().autoRun
  if (!runJobs && !runSiteBuilds) return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('./payload.config'),
  ])
  const payload = await getPayload({ config, cron: runJobs })
  if (runSiteBuilds) {
    const { startSiteBuildRunner } = await import('./plugins/sitePublishing/siteBuildRunner')
    startSiteBuildRunner(payload)
  }
}
