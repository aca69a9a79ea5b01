/**
 * Next.js calls this once when the CMS server starts. Payload starts its job crons (the daily
 * review reminders) only when something asks for Payload with `cron: true`, which otherwise
 * happens on the first admin request; starting it here means a server nobody has visited since
 * a restart still sends its reminders. JOBS_AUTORUN=false turns this off.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.JOBS_AUTORUN === 'false') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('./payload.config'),
  ])
  await getPayload({ config, cron: true })
}
