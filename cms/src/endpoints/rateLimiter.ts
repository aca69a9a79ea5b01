import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

export interface RateLimitDecision {
  allowed: boolean
  /** When refused: how long until the client may try again. */
  retryAfterSeconds: number
}

export interface SubmissionRateLimiter {
  /** Counts one attempt from `key` and says whether it is within the limit. */
  attempt: (key: string) => Promise<RateLimitDecision>
}

/**
 * At most `points` attempts per key in each `windowSeconds` (a fixed window that starts with the
 * key's first attempt), kept in this process's memory.
 *
 * Correct under any number of concurrent requests in one process: the count is read and
 * increased synchronously inside `consume`, so no two requests can both see the last free place.
 * The CMS runs as one Node process; several processes or servers would each keep their own
 * count, and would need rate-limiter-flexible's Redis or PostgreSQL store instead.
 */
export function createSubmissionRateLimiter(options: {
  points: number
  windowSeconds: number
}): SubmissionRateLimiter {
  const limiter = new RateLimiterMemory({
    points: options.points,
    duration: options.windowSeconds,
  })
  return {
    attempt: async (key) => {
      try {
        await limiter.consume(key)
        return { allowed: true, retryAfterSeconds: 0 }
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.ceil(refusal.msBeforeNext / 1000) }
        }
        throw refusal
      }
    },
  }
}
