/**
 * Runs once when the Next.js server starts (https://nextjs.org/docs/app/guides/instrumentation).
 * Without a trusted proxy, the comment form's rate limit must count the connection's own address.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { trustedProxyHopsFromEnv } = await import('./config/feedbackSettings')
  if (trustedProxyHopsFromEnv() > 0) return
  const { trustOnlyTheSocket } = await import('./server/socketAddress')
  trustOnlyTheSocket()
}
