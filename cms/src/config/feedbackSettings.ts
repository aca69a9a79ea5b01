// A type-only import: this module stays free of the database code, for src/instrumentation.ts.
import type { Environment } from './environment'

/** Settings for the public comment form (see src/endpoints/submitComment.ts). */
export interface FeedbackSettings {
  /** The public site, where the form's thank-you and error pages are: SITE_URL. */
  siteUrl: string
  /**
   * How many proxies in front of the CMS append to X-Forwarded-For (TRUSTED_PROXY).
   * 0: none is trusted and the address Next.js took from the connection is used.
   */
  trustedProxyHops: number
  /** At most this many comments from one address… (COMMENT_RATE_LIMIT, default 5) */
  rateLimitPoints: number
  /** …in this many seconds (COMMENT_RATE_LIMIT_WINDOW_SECONDS, default 600). */
  rateLimitWindowSeconds: number
}

const DEFAULT_SITE_URL = 'http://localhost:4321'

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a whole number of 0 or more, not "${value}"`)
  }
  return parsed
}

/** TRUSTED_PROXY: unset, "false" or 0 → none; "true" → 1; a number → that many proxies. */
export function trustedProxyHopsFromEnv(env: Environment = process.env): number {
  const value = env.TRUSTED_PROXY?.trim().toLowerCase()
  if (!value || value === 'false' || value === 'no') return 0
  if (value === 'true' || value === 'yes') return 1
  return positiveInteger('TRUSTED_PROXY', value, 0)
}

export function siteUrlFromEnv(env: Environment = process.env): string {
  const value = env.SITE_URL?.trim() || DEFAULT_SITE_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(
      `SITE_URL "${value}" is not a web address: use the form https://localoffer.example.gov.uk`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must start with https:// (or http:// for testing), not "${value}"`)
  }
  return url.toString().replace(/\/+$/, '')
}

export function feedbackSettingsFromEnv(env: Environment = process.env): FeedbackSettings {
  const rateLimitPoints = positiveInteger('COMMENT_RATE_LIMIT', env.COMMENT_RATE_LIMIT, 5)
  const rateLimitWindowSeconds = positiveInteger(
    'COMMENT_RATE_LIMIT_WINDOW_SECONDS',
    env.COMMENT_RATE_LIMIT_WINDOW_SECONDS,
    600,
  )
  if (rateLimitPoints < 1 || rateLimitWindowSeconds < 1) {
    throw new Error('COMMENT_RATE_LIMIT and COMMENT_RATE_LIMIT_WINDOW_SECONDS must be at least 1')
  }
  return {
    siteUrl: siteUrlFromEnv(env),
    trustedProxyHops: trustedProxyHopsFromEnv(env),
    rateLimitPoints,
    rateLimitWindowSeconds,
  }
}
