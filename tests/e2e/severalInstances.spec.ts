/**
 * Issue 14, item 7: two real CMS processes (the built CMS, `next start`) on one PostgreSQL
 * database and one Redis, as production runs them behind a load balancer. What lived in one
 * process's memory must hold across both:
 * - a flood of comments from one client, split across both, is limited as one (Redis);
 * - both asked to rebuild the site at once make one build;
 * - the daily review job, run by both at once, sends each reminder once;
 * - an instance killed mid-build: the other takes the build over, and the live site stays as it
 *   was until a complete build swaps in.
 * Builds run `support/fakePublish.mjs`, which builds and swaps releases as the real publish
 * command does, in a moment instead of minutes. Needs psql, PostgreSQL on 127.0.0.1:5432 (or
 * E2E_POSTGRES_URL) and Redis on 127.0.0.1:6379 (or E2E_REDIS_URL).
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, test } from '@playwright/test'
import { run, scriptsDir, startCmsServer, type CmsServer } from '@local-offer/scripts/site'

import { e2ePorts } from '../support/ports'

const POSTGRES = (process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(
  /\/$/,
  '',
)
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379'
/** Names this run's database and Redis keys (E2E_NAME_PREFIX), so runs side by side never meet. */
const PREFIX = process.env.E2E_NAME_PREFIX ?? 'local_offer_e2e'
const PASSWORD = 'several-instances-test'
const ADMIN = 'admin@westbridge.example.gov.uk'
const RATE_LIMIT = 5
const LEASE_SECONDS = 6
const fakePublish = fileURLToPath(new URL('../support/fakePublish.mjs', import.meta.url))

const id = `${process.pid}_${randomBytes(3).toString('hex')}`
const database = `${PREFIX}_instances_${id}`
const databaseUrl = `${POSTGRES}/${database}`

const psql = (sql: string, db = 'postgres') =>
  execFileSync('psql', [`${POSTGRES}/${db}`, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], {
    encoding: 'utf8',
  }).trim()

let dir: string
let releases: string
const instances: Array<CmsServer & { log: string[]; dataDir: string }> = []
let token: string

const env = (port: number, dataDir: string) => ({
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: 'several-instances-test',
  DATA_DIR: dataDir,
  MEDIA_DIR: path.join(dir, 'media'),
  PORT: String(port),
  CMS_URL: `http://127.0.0.1:${port}`,
  REDIS_URL,
  RATE_LIMIT_KEY_PREFIX: `${PREFIX}-${id}`,
  COMMENT_RATE_LIMIT: String(RATE_LIMIT),
  // The test says which client each comment comes from (one proxy in front, as in production).
  TRUSTED_PROXY: '1',
  SITE_REBUILD_AUTORUN: 'true',
  SITE_REBUILD_POLL_SECONDS: '1',
  SITE_REBUILD_DEBOUNCE_SECONDS: '0',
  SITE_BUILD_LEASE_SECONDS: String(LEASE_SECONDS),
  SITE_PUBLISH_COMMAND: `"${process.execPath}" "${fakePublish}" "${dir}"`,
  // The test runs the review queue itself, on both at once.
  JOBS_AUTORUN: 'false',
})

const invocations = async () =>
  existsSync(path.join(dir, 'invocations'))
    ? (await readFile(path.join(dir, 'invocations'), 'utf8')).split('\n').filter(Boolean)
    : []

const live = () => readlink(path.join(releases, 'live'))

interface SiteBuildDoc {
  id: number
  status: string
  runner?: string | null
  failureReason?: string | null
}

async function siteBuilds(server: CmsServer): Promise<SiteBuildDoc[]> {
  const response = await fetch(`${server.url}/api/site-builds?depth=0&limit=100&sort=createdAt`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: SiteBuildDoc[] }).docs
}

const rebuild = (server: CmsServer) =>
  fetch(`${server.url}/api/site-builds/rebuild`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
  })

test.describe.configure({ mode: 'serial' })
test.setTimeout(300_000)

test.beforeAll(async () => {
  test.setTimeout(600_000)
  dir = await mkdtemp(path.join(tmpdir(), 'local-offer-instances-'))
  releases = path.join(dir, 'releases')
  // The site as it is live before the test: one complete release.
  await mkdir(path.join(releases, 'r-before'), { recursive: true })
  await writeFile(path.join(releases, 'r-before', 'index.html'), '<p>complete r-before</p>')
  await symlink('r-before', path.join(releases, 'live'), 'dir')
  psql(`create database ${database}`)
  const resolve = createRequire(path.join(scriptsDir, 'package.json')).resolve
  await run(resolve('node/bin/node'), [resolve('tsx/cli'), 'src/seed/index.ts'], {
    cwd: scriptsDir,
    env: {
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: 'several-instances-test',
      DEMO_PASSWORD: PASSWORD,
      MEDIA_DIR: path.join(dir, 'media'),
      DATA_DIR: path.join(dir, 'seed'),
    },
    log: () => undefined,
  })
  // One after the other: the first brings the database to the latest migration.
  for (const port of [e2ePorts.instances, e2ePorts.instances + 1]) {
    const dataDir = path.join(dir, `instance-${port}`)
    const log: string[] = []
    const server = await startCmsServer({
      port,
      env: env(port, dataDir),
      log: (line) => log.push(line),
      timeoutMs: 180_000,
    })
    instances.push({ ...server, log, dataDir })
  }
  const login = await fetch(`${instances[0]!.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
  })
  expect(login.status).toBe(200)
  token = ((await login.json()) as { token: string }).token
})

test.afterAll(async () => {
  await rm(path.join(dir ?? '', 'hold'), { force: true })
  for (const pid of await invocations().catch(() => [])) {
    try {
      process.kill(Number(pid), 'SIGKILL')
    } catch {
      // finished
    }
  }
  await Promise.all(instances.map((server) => server.stop()))
  try {
    psql(`drop database if exists ${database} with (force)`)
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true })
  }
})

test('a flood of comments from one client, split across both instances, is limited as one', async () => {
  // An address of the documentation range, new for each run, so earlier runs' counts never meet.
  const client = `198.51.100.${1 + (process.pid % 250)}`
  const responses = await Promise.all(
    Array.from({ length: 4 * RATE_LIMIT }, (_, i) =>
      fetch(`${instances[i % 2]!.url}/api/comments/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
        body: JSON.stringify({
          comment: `Comment ${i} from the flood: the transport page was hard to find.`,
          topic: 'general',
          locale: 'en',
        }),
      }),
    ),
  )
  const statuses = responses.map((response) => response.status)
  expect(statuses.filter((status) => status === 201)).toHaveLength(RATE_LIMIT)
  expect(statuses.filter((status) => status === 429)).toHaveLength(3 * RATE_LIMIT)
  // Both instances refused some: the count really was shared, not one instance taking all.
  expect(statuses.filter((status, i) => status === 429 && i % 2 === 0).length).toBeGreaterThan(0)
  expect(statuses.filter((status, i) => status === 429 && i % 2 === 1).length).toBeGreaterThan(0)
})

test('the daily review job, run by both instances at once, sends each reminder once', async () => {
  const today = new Date().toISOString().slice(0, 10)
  // As each instance's scheduler queues the day's run: two jobs for the same day.
  for (let i = 0; i < 2; i++) {
    psql(
      `insert into payload_jobs (input, task_slug, queue) values ('{"today":"${today}"}', 'reviewReminders', 'review-reminders')`,
      database,
    )
  }
  const runs = await Promise.all(
    instances.map((server) =>
      fetch(
        `${server.url}/api/payload-jobs/run?queue=review-reminders&disableScheduling=true&limit=10`,
        { headers: { Authorization: `JWT ${token}` } },
      ),
    ),
  )
  const answers = await Promise.all(runs.map((response) => response.text()))
  // Both answer: one claims and runs the day's jobs, the other finds nothing left to claim. (Two
  // runs at once used to claim the same jobs and one answered 500; claims are now exclusive,
  // cms/src/db/exclusiveJobClaims.ts.)
  expect(
    runs.map((response) => response.status),
    answers.join('\n'),
  ).toEqual([200, 200])
  await expect
    .poll(() => psql('select count(*) from payload_jobs where completed_at is null', database), {
      timeout: 60_000,
    })
    .toBe('0')
  const sent = Number(psql(`select count(*) from review_reminders where state = 'sent'`, database))
  expect(sent).toBeGreaterThan(0)
  const mails = (
    await Promise.all(
      instances.map((server) => readdir(path.join(server.dataDir, 'mail')).catch(() => [])),
    )
  ).flat()
  // One message per reminder, however many runs: a second run finds every reminder claimed.
  expect(mails).toHaveLength(sent)
  const reported = instances
    .flatMap((server) => server.log)
    .map((line) => /Review run for \S+: \d+ listings, (\d+) reminders sent/.exec(line)?.[1])
    .filter((count): count is string => count !== undefined)
    .map(Number)
  expect(reported.reduce((sum, count) => sum + count, 0)).toBe(sent)
  expect(reported.filter((count) => count > 0)).toHaveLength(1)
})

test('both instances asked to rebuild the site at once make one build', async () => {
  const before = await invocations()
  const responses = await Promise.all(instances.map(rebuild))
  expect(responses.map((response) => response.status)).toEqual([202, 202])
  await expect
    .poll(
      async () => (await siteBuilds(instances[0]!)).filter((b) => b.status === 'succeeded').length,
      { timeout: 60_000 },
    )
    .toBe(1)
  // Both runners poll every second: give a second build the chance to start, were there one.
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  expect(await invocations()).toHaveLength(before.length + 1)
  const builds = await siteBuilds(instances[1]!)
  expect(builds.map((b) => b.status)).toEqual(['succeeded'])
  expect(await live()).not.toBe('r-before')
})

test('an instance killed mid-build: the other takes over after the lease, and the live site stays as it was until a complete build swaps in', async () => {
  const liveBefore = await live()
  await writeFile(path.join(dir, 'hold'), '')
  const before = (await invocations()).length
  expect((await rebuild(instances[1]!)).status).toBe(202)
  await expect.poll(async () => (await invocations()).length, { timeout: 30_000 }).toBe(before + 1)
  const running = (await siteBuilds(instances[0]!)).find((b) => b.status === 'running')
  expect(running?.runner).toBeTruthy()
  const runnerPid = Number(running!.runner!.split(':')[1])
  const victim = instances.findIndex((server) => server.pid === runnerPid)
  expect(
    victim,
    `the runner ${running!.runner} is one of the two instances`,
  ).toBeGreaterThanOrEqual(0)
  const survivor = instances[1 - victim]!
  // The instance dies as a crashed machine would: the server and the build it was running.
  const stub = Number((await invocations()).at(-1))
  process.kill(runnerPid, 'SIGKILL')
  process.kill(stub, 'SIGKILL')
  await instances[victim]!.stop()
  // Half a build is on disk; the live site is still the last complete one.
  expect(await live()).toBe(liveBefore)
  expect(
    (await readdir(releases)).some((name) => name.startsWith('.partial-')),
    'the killed build left its partial folder',
  ).toBe(true)
  await rm(path.join(dir, 'hold'))
  await expect
    .poll(
      async () => {
        const builds = await siteBuilds(survivor)
        return builds.map((b) => b.status)
      },
      { timeout: 60_000 + LEASE_SECONDS * 1000 },
    )
    .toEqual(['succeeded', 'failed', 'succeeded'])
  const builds = await siteBuilds(survivor)
  expect(builds[1]!.runner).toBe(running!.runner)
  expect(builds[2]!.runner).not.toBe(running!.runner)
  expect(await invocations()).toHaveLength(before + 2)
  const liveNow = await live()
  expect(liveNow).not.toBe(liveBefore)
  expect(await readFile(path.join(releases, liveNow, 'index.html'), 'utf8')).toContain(
    `complete ${liveNow}`,
  )
})
