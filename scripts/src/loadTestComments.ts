/**
 * Load test for the public comment endpoint of a running CMS.
 *
 *   pnpm --filter @local-offer/scripts load-test:comments -- --url http://localhost:3000
 *
 * Sends 1,000 comments at once (by default): most from many simulated addresses (via
 * X-Forwarded-For, so the CMS must run with TRUSTED_PROXY=1), each sending no more than the rate
 * limit, and a flood from one address. Then, signed in as staff, it reads back what was stored and
 * checks that:
 *   - every accepted comment was stored exactly once, and no refused one was stored;
 *   - the number stored for this run equals the number of accepted responses;
 *   - the flooding address got exactly the rate limit accepted and the rest refused (429);
 *   - no request failed with an error.
 * Exits with status 1 if any check fails.
 *
 * Options (or environment variables):
 *   --url CMS_URL                  the CMS (default http://localhost:3000)
 *   --total LOAD_TOTAL             how many submissions (default 1000)
 *   --flood LOAD_FLOOD             how many of them come from the flooding address (default 100)
 *   --limit COMMENT_RATE_LIMIT     the CMS's rate limit per address (default 5)
 *   STAFF_EMAIL, STAFF_PASSWORD    a staff account to read comments with; on a CMS with no users
 *                                  yet, the account is created as its first (admin) user
 */
import { randomInt } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { Agent, fetch } from 'undici'

/**
 * Generous timeouts: 1,000 connections opened at once queue in the server's accept backlog, and on
 * a busy machine the default 10-second connect timeout would count a slow connection as a failure.
 */
const dispatcher = new Agent({
  connect: { timeout: 120_000 },
  headersTimeout: 300_000,
  bodyTimeout: 300_000,
})

interface Options {
  url: string
  total: number
  flood: number
  limit: number
  email: string
  password: string
}

function option(name: string, env: string | undefined, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? process.argv[index + 1] : undefined
  return value ?? env ?? fallback
}

function whole(name: string, value: string): number {
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`--${name} must be a whole number above 0, not "${value}"`)
  return parsed
}

function readOptions(): Options {
  const total = whole('total', option('total', process.env.LOAD_TOTAL, '1000'))
  const flood = whole('flood', option('flood', process.env.LOAD_FLOOD, '100'))
  if (flood >= total) throw new Error('--flood must be smaller than --total')
  return {
    url: option('url', process.env.CMS_URL, 'http://localhost:3000').replace(/\/+$/, ''),
    total,
    flood,
    limit: whole('limit', option('limit', process.env.COMMENT_RATE_LIMIT, '5')),
    email: process.env.STAFF_EMAIL ?? 'load-test-admin@example.gov.uk',
    password: process.env.STAFF_PASSWORD ?? 'load-test-password-change-me',
  }
}

interface Submission {
  marker: string
  address: string
  flood: boolean
  asForm: boolean
}

interface Result extends Submission {
  status: number
  accepted: boolean
  refused: boolean
  ms: number
  error?: string
}

/** Every submission of this run, with a unique marker and the address it claims to come from. */
function plan(options: Options, run: string): Submission[] {
  // A random /16 per run, so addresses never carry rate-limit counts from an earlier run.
  const prefix = `10.${randomInt(0, 255)}`
  const floodAddress = `${prefix}.255.254`
  const submissions: Submission[] = []
  const spread = options.total - options.flood
  for (let i = 0; i < options.total; i++) {
    const flood = i >= spread
    const slot = Math.floor(i / options.limit)
    const address = flood ? floodAddress : `${prefix}.${Math.floor(slot / 250)}.${(slot % 250) + 1}`
    submissions.push({
      marker: `${run}x${String(i).padStart(5, '0')}`,
      address,
      flood,
      asForm: i % 3 === 0,
    })
  }
  // Interleave the flood with everything else, as it would arrive.
  return submissions.sort(() => Math.random() - 0.5)
}

async function send(url: string, submission: Submission): Promise<Result> {
  const fields = {
    comment: `Load test comment ${submission.marker}: the transport page needs the deadline.`,
    respondent: 'prefer-not-to-say',
    topic: 'transport',
    locale: 'en',
  }
  const started = performance.now()
  try {
    const response = await fetch(`${url}/api/comments/submit`, {
      dispatcher,
      method: 'POST',
      redirect: 'manual',
      headers: {
        'X-Forwarded-For': submission.address,
        ...(submission.asForm
          ? { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' }
          : { 'Content-Type': 'application/json', Accept: 'application/json' }),
      },
      body: submission.asForm ? new URLSearchParams(fields) : JSON.stringify(fields),
    })
    await response.arrayBuffer()
    const location = response.headers.get('location') ?? ''
    const accepted =
      response.status === 201 ||
      (response.status === 303 && location.includes('/feedback/thank-you/'))
    const refused =
      response.status === 429 ||
      (response.status === 303 && location.includes('reason=rate-limited'))
    return {
      ...submission,
      status: response.status,
      accepted,
      refused,
      ms: performance.now() - started,
    }
  } catch (error) {
    return {
      ...submission,
      status: 0,
      accepted: false,
      refused: false,
      ms: performance.now() - started,
      error: describeError(error),
    }
  }
}

/** "fetch failed" says little: the cause (a timeout, a reset connection) says why. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause as { code?: string; message?: string } | undefined
  return cause ? `${error.message}: ${cause.code ?? cause.message ?? ''}` : error.message
}

async function staffToken(options: Options): Promise<string> {
  const login = async () =>
    fetch(`${options.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: options.email, password: options.password }),
    })
  let response = await login()
  if (!response.ok) {
    // A CMS with no users yet: make the account its first user, who becomes an administrator.
    response = await fetch(`${options.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: options.email,
        password: options.password,
        name: 'Load test',
        role: 'admin',
      }),
    })
    if (!response.ok) {
      throw new Error(
        `Could not sign in as ${options.email} (${response.status}). Set STAFF_EMAIL and STAFF_PASSWORD to an officer's account.`,
      )
    }
  }
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error('Signing in gave no token')
  return token
}

async function storedMarkers(options: Options, token: string, run: string): Promise<string[]> {
  const query = new URLSearchParams({
    'where[comment][contains]': run,
    pagination: 'false',
    depth: '0',
    'select[comment]': 'true',
  })
  const response = await fetch(`${options.url}/api/comments?${query.toString()}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  if (!response.ok) throw new Error(`Reading the comments back failed: ${response.status}`)
  const { docs } = (await response.json()) as { docs: { comment: string }[] }
  return docs.flatMap((doc) => doc.comment.match(new RegExp(`${run}x\\d{5}`, 'g')) ?? [])
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

async function main(): Promise<void> {
  const options = readOptions()
  const token = await staffToken(options)
  const run = `lt${Date.now().toString(36)}${randomInt(1000, 9999)}`
  const submissions = plan(options, run)
  console.log(
    `Sending ${options.total} comments at once to ${options.url}: ${options.total - options.flood} from ` +
      `${Math.ceil((options.total - options.flood) / options.limit)} addresses (at most ${options.limit} each) ` +
      `and ${options.flood} from one flooding address.`,
  )

  const started = performance.now()
  const results = await Promise.all(submissions.map((s) => send(options.url, s)))
  const seconds = (performance.now() - started) / 1000

  const accepted = results.filter((r) => r.accepted)
  const refused = results.filter((r) => r.refused)
  const failed = results.filter((r) => !r.accepted && !r.refused)
  const floodAccepted = results.filter((r) => r.flood && r.accepted).length
  const spreadRefused = results.filter((r) => !r.flood && !r.accepted).length

  const stored = await storedMarkers(options, token, run)
  const storedCount = new Map<string, number>()
  for (const marker of stored) storedCount.set(marker, (storedCount.get(marker) ?? 0) + 1)
  const lost = accepted.filter((r) => !storedCount.has(r.marker))
  const duplicated = [...storedCount].filter(([, count]) => count > 1)
  const storedButRefused = results.filter((r) => !r.accepted && storedCount.has(r.marker))

  const latencies = results.map((r) => r.ms).sort((a, b) => a - b)
  console.log(
    `Done in ${seconds.toFixed(2)} s (${(options.total / seconds).toFixed(0)} requests/s).`,
  )
  console.log(
    `Responses: ${accepted.length} accepted, ${refused.length} refused by the rate limit, ${failed.length} failed.`,
  )
  console.log(
    `Latency: median ${percentile(latencies, 50).toFixed(0)} ms, 95th percentile ${percentile(latencies, 95).toFixed(0)} ms, slowest ${percentile(latencies, 100).toFixed(0)} ms.`,
  )
  console.log(
    `Stored for this run: ${stored.length} comments, ${storedCount.size} distinct markers; ` +
      `${lost.length} accepted but not stored, ${duplicated.length} stored twice, ${storedButRefused.length} stored though refused.`,
  )
  console.log(
    `Flooding address: ${floodAccepted} of ${options.flood} accepted (limit ${options.limit}). ` +
      `Other addresses: ${spreadRefused} of ${options.total - options.flood} not accepted.`,
  )

  const checks: [string, boolean][] = [
    ['no request failed', failed.length === 0],
    ['stored count equals accepted responses', stored.length === accepted.length],
    ['every accepted comment stored exactly once', lost.length === 0 && duplicated.length === 0],
    ['no refused comment stored', storedButRefused.length === 0],
    ['the flooding address got exactly the limit', floodAccepted === options.limit],
    ['addresses within the limit were all accepted', spreadRefused === 0],
  ]
  for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`)
  if (failed.length > 0) {
    const sample = failed.slice(0, 5).map((r) => `${r.status} ${r.error ?? ''}`.trim())
    console.log(`First failures: ${sample.join('; ')}`)
  }
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
