import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { addMinutes } from 'date-fns/addMinutes'
import { addSeconds } from 'date-fns/addSeconds'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import pg from 'pg'

import { runExclusively } from '../../src/db/exclusiveRun'
import type { SiteBuild } from '../../src/payload-types'
import { latestBuilds } from '../../src/plugins/sitePublishing/latestBuilds'
import { requestSiteRebuild } from '../../src/plugins/sitePublishing/requestSiteRebuild'
import { sitePublishingSettingsOf } from '../../src/plugins/sitePublishing/settings'
import { siteBuildStrings } from '../../src/plugins/sitePublishing/strings'
import {
  failInterruptedBuild,
  HEARTBEAT_STALE_SECONDS,
  runDueSiteBuild,
} from '../../src/plugins/sitePublishing/siteBuildRunner'
import {
  createWorld,
  validCouncilSettings,
  validPage,
  validService,
  type World,
} from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * The automatic rebuild of the public site, with the real Payload on this run's database and a
 * stub publish command run as a real child process that records each run: a burst of publishes
 * makes exactly one build, draft saves none, a publish during a build exactly one more, and a
 * failing build is recorded as failed with its reason.
 */
const DEBOUNCE = 30
const MAX_WAIT = 300
const stub = fileURLToPath(new URL('../helpers/stubPublishCommand.mjs', import.meta.url))
const folder = mkdtempSync(path.join(tmpdir(), 'local-offer-stub-publish-'))

let t: TestPayload
let payload: Payload
let world: World

const invocations = () => {
  const file = path.join(folder, 'invocations')
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').length : 0
}
const setMode = (mode: 'ok' | 'fail' | 'fail-silently' | 'wait' | 'held-back') =>
  writeFileSync(path.join(folder, 'mode'), mode)

const builds = async () =>
  (
    await payload.find({
      collection: 'site-builds',
      sort: 'requestedAt',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/** A time after any build requested so far is due. */
const later = () => addSeconds(new Date(), MAX_WAIT + 60)

const publishListing = (id: number | string) =>
  payload.update({ collection: 'services', id, data: { _status: 'published' } })

/** A runner on this host whose process no longer exists (its heartbeat may still be fresh). */
const PROCESS_GONE = `${hostname()}:2147483646:dead`

/** A build left "running" by `runner`, as a restart or a killed instance leaves it. */
const orphanBuild = (trigger: string, runner: string, now: Date) =>
  payload.create({
    collection: 'site-builds',
    overrideAccess: true,
    data: {
      status: 'running',
      slot: 'running',
      trigger,
      changes: 1,
      requestedAt: now.toISOString(),
      startAfter: now.toISOString(),
      startedAt: now.toISOString(),
      runner,
      heartbeatAt: now.toISOString(),
    },
  })

beforeAll(async () => {
  t = await startTestPayload({
    sitePublishing: {
      debounceSeconds: DEBOUNCE,
      maxWaitSeconds: MAX_WAIT,
      command: `"${process.execPath}" "${stub}" "${folder}"`,
      timeoutMinutes: 2,
    },
  })
  payload = t.payload
  world = await createWorld(payload)
})
afterAll(async () => {
  await t?.shutdown()
  rmSync(folder, { recursive: true, force: true })
})
beforeEach(async () => {
  // Each test starts with no builds and a command that succeeds.
  await payload.delete({ collection: 'site-builds', where: {}, overrideAccess: true })
  rmSync(path.join(folder, 'invocations'), { force: true })
  rmSync(path.join(folder, 'finish'), { force: true })
  setMode('ok')
})

describe('a burst of publishes', () => {
  it('makes exactly one build and one run of the publish command', async () => {
    const drafts = await Promise.all(
      [1, 2, 3].map(() =>
        payload.create({
          collection: 'services',
          data: { ...validService(world.orgA.id), _status: 'draft' },
          draft: true,
        }),
      ),
    )
    expect(await builds()).toHaveLength(0)
    const started = new Date()
    for (const draft of drafts) await publishListing(draft.id)
    await payload.update({
      collection: 'pages',
      id: world.publishedPage.id,
      data: { title: 'How to ask for an assessment (updated)' },
    })
    await payload.create({
      collection: 'glossary-terms',
      data: { term: 'EHCP', definition: 'An education, health and care plan.' },
    })

    const [queued, ...others] = await builds()
    expect(others).toHaveLength(0)
    expect(queued).toMatchObject({ status: 'queued', changes: 5 })
    expect(queued?.trigger).toBe(`Listing ‘${drafts[0]?.name}’ published`)
    expect(queued?.lastChange).toBe('Glossary term ‘EHCP’ changed')
    // Pushed back by each change: due 30 s after the last one.
    expect(new Date(queued?.startAfter ?? 0).getTime()).toBeGreaterThanOrEqual(
      addSeconds(started, DEBOUNCE).getTime(),
    )

    // Not due yet: nothing runs.
    expect(await runDueSiteBuild(payload, { now: new Date() })).toBeNull()
    expect(invocations()).toBe(0)

    const finished = await runDueSiteBuild(payload, { now: later() })
    expect(finished).toMatchObject({
      status: 'succeeded',
      pages: 1234,
      release: '20261125-120000-000',
      failureReason: null,
    })
    expect(finished?.logTail).toContain('✔ Published')
    expect(await runDueSiteBuild(payload, { now: later() })).toBeNull()
    expect(invocations()).toBe(1)
    expect(await builds()).toHaveLength(1)
  })

  it('never waits longer than the maximum after its first change', async () => {
    const t0 = new Date('2027-01-04T09:00:00.000Z')
    await requestSiteRebuild(payload, { reason: 'first', now: t0 })
    await requestSiteRebuild(payload, { reason: 'second', now: addSeconds(t0, 200) })
    const build = await requestSiteRebuild(payload, { reason: 'third', now: addSeconds(t0, 290) })
    expect(build.startAfter).toBe(addSeconds(t0, MAX_WAIT).toISOString())
  })

  it('holds one waiting build however many requests arrive at once', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => requestSiteRebuild(payload, { reason: `change ${i}` })),
    )
    const all = await builds()
    expect(all).toHaveLength(1)
    expect(all[0]?.changes).toBe(12)
    // Two runners at once: one runs it, the other finds nothing to do.
    const results = await Promise.all([
      runDueSiteBuild(payload, { now: later() }),
      runDueSiteBuild(payload, { now: later() }),
    ])
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(invocations()).toBe(1)
  })
})

describe('draft saves', () => {
  it('ask for no build; withdrawing or deleting live content does', async () => {
    await payload.update({
      collection: 'services',
      id: world.publishedA.id,
      data: { summary: 'A draft change to a live listing.' },
      draft: true,
    })
    await payload.update({
      collection: 'pages',
      id: world.publishedPage.id,
      data: { summary: 'A draft change to a live page.' },
      draft: true,
    })
    await payload.create({ collection: 'pages', data: validPage(), draft: true })
    await rest(t, 'PATCH', `/api/services/${world.draftB.id}?draft=true`, {
      as: world.providerB,
      body: { summary: 'A provider’s draft.' },
    }).then((response) => expect(response.status).toBe(200))
    await payload.delete({ collection: 'services', id: world.draftA.id })
    expect(await builds()).toHaveLength(0)

    // A draft saved over a live listing, then the listing unpublished: the unpublish counts.
    await payload.update({
      collection: 'services',
      id: world.publishedB.id,
      data: { _status: 'draft' },
    })
    const [withdrawal] = await builds()
    expect(withdrawal?.trigger).toBe(`Listing ‘${world.publishedB.name}’ withdrawn from the site`)
    await runDueSiteBuild(payload, { now: later() })

    const page = await payload.findByID({ collection: 'pages', id: world.publishedPage.id })
    await payload.delete({ collection: 'pages', id: page.id })
    const waiting = (await builds()).filter((build) => build.status === 'queued')
    expect(waiting.map((build) => build.trigger)).toEqual([`Page ‘${page.title}’ deleted`])
  })
})

describe('settings the site shows', () => {
  it('ask for a build when saved: the council settings and the comment retention periods', async () => {
    await payload.updateGlobal({ slug: 'council-settings', data: validCouncilSettings() })
    const [queued, ...others] = await builds()
    expect(others).toHaveLength(0)
    expect(queued).toMatchObject({ status: 'queued', trigger: 'Council settings changed' })
    await payload.updateGlobal({ slug: 'comment-retention', data: { monthsAfterReport: 18 } })
    expect(await builds()).toHaveLength(1)
    expect((await builds())[0]).toMatchObject({
      changes: 2,
      lastChange: 'Comment retention changed',
    })
  })
})

describe('a publish while a build is running', () => {
  it('queues exactly one more build, which runs after it', async () => {
    await requestSiteRebuild(payload, { reason: 'before the build' })
    setMode('wait')
    const first = runDueSiteBuild(payload, { now: later() })
    await waitFor(async () => (await builds()).some((build) => build.status === 'running'))

    await publishListing(world.draftB.id)
    await requestSiteRebuild(payload, { reason: 'another change' })
    // A runner looking now finds the running build and starts nothing.
    expect(await runDueSiteBuild(payload, { now: later() })).toBeNull()
    const during = await builds()
    expect(during.map((build) => build.status)).toEqual(['running', 'queued'])
    expect(during[1]?.changes).toBe(2)

    writeFileSync(path.join(folder, 'finish'), '')
    expect(await first).toMatchObject({ status: 'succeeded' })
    setMode('ok')
    expect(await runDueSiteBuild(payload, { now: later() })).toMatchObject({
      status: 'succeeded',
      trigger: `Listing ‘${world.draftB.name}’ published`,
    })
    expect(await runDueSiteBuild(payload, { now: later() })).toBeNull()
    expect(invocations()).toBe(2)
    expect((await builds()).map((build) => build.status)).toEqual(['succeeded', 'succeeded'])
  })
})

describe('a failing build', () => {
  it('is recorded as failed with the reason the command reported', async () => {
    setMode('fail')
    await requestSiteRebuild(payload, { reason: 'a change' })
    const failed = await runDueSiteBuild(payload, { now: later() })
    expect(failed).toMatchObject({
      status: 'failed',
      failureReason: 'The CMS at http://127.0.0.1:9 could not be reached.',
    })
    expect(failed?.logTail).toContain('Not published')
    expect(failed?.finishedAt).toBeTruthy()
  })

  it('without a report, gives the last line it printed and its exit code', async () => {
    setMode('fail-silently')
    await requestSiteRebuild(payload, { reason: 'a change' })
    expect(await runDueSiteBuild(payload, { now: later() })).toMatchObject({
      status: 'failed',
      failureReason:
        'Something broke in a way the command did not explain (the publish command exited with code 3)',
    })
  })

  it('left running by a CMS that stopped is marked interrupted, and the next build can run', async () => {
    const now = new Date()
    const orphan = await orphanBuild('before the restart', PROCESS_GONE, now)
    expect(await failInterruptedBuild(payload, now)).toMatchObject({
      id: orphan.id,
      status: 'failed',
      failureReason: expect.stringMatching(/^Interrupted/),
    })
    await requestSiteRebuild(payload, { reason: 'after the restart' })
    expect(await runDueSiteBuild(payload, { now: later() })).toMatchObject({ status: 'succeeded' })
  })

  it('on another host is only taken as interrupted once its heartbeat is stale', async () => {
    const now = new Date()
    await orphanBuild('on another server', 'another-server:123:abcd', now)
    expect(await failInterruptedBuild(payload, addSeconds(now, 10))).toBeNull()
    expect(
      await failInterruptedBuild(payload, addSeconds(now, HEARTBEAT_STALE_SECONDS + 1)),
    ).toMatchObject({ status: 'failed' })
  })

  it('is taken over once its lease runs out: this instance runs a build in its place at once', async () => {
    const now = new Date()
    const orphan = await orphanBuild(
      'on an instance that was killed',
      'another-server:123:abcd',
      now,
    )
    // Within the lease: nothing happens, the other instance may still be building.
    expect(await runDueSiteBuild(payload, { now: addSeconds(now, 10) })).toBeNull()
    expect(invocations()).toBe(0)
    // After it: one turn fails the orphan and runs its replacement, with no new request.
    const afterLease = addSeconds(now, HEARTBEAT_STALE_SECONDS + 1)
    const takeover = await runDueSiteBuild(payload, { now: afterLease })
    expect(takeover).toMatchObject({
      status: 'succeeded',
      trigger: `Taking over site build ${orphan.id}, which was interrupted when its CMS instance stopped`,
    })
    expect(invocations()).toBe(1)
    expect(
      (await builds()).map((build) => [build.id === orphan.id ? 'orphan' : 'new', build.status]),
    ).toEqual([
      ['orphan', 'failed'],
      ['new', 'succeeded'],
    ])
  })
})

describe('a failed build tried again by itself', () => {
  const queued = async () => (await builds()).filter((build) => build.status === 'queued')

  it('after 2, 10 and 30 minutes; then the officers are e-mailed once and it waits for a person', async () => {
    setMode('fail')
    const sendEmail = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    try {
      await requestSiteRebuild(payload, { reason: 'a change' })
      let now = later()
      let previous = await runDueSiteBuild(payload, { now })
      expect(previous).toMatchObject({ status: 'failed', trigger: 'a change' })
      for (const [attempt, minutes] of [
        [1, 2],
        [2, 10],
        [3, 30],
      ] as const) {
        const [retry, ...others] = await queued()
        expect(others).toHaveLength(0)
        expect(retry).toMatchObject({
          trigger: `Trying again after site build ${previous?.id} failed (automatic retry ${attempt} of 3)`,
          startAfter: addMinutes(now, minutes).toISOString(),
        })
        // Not before its wait is over.
        expect(await runDueSiteBuild(payload, { now: addMinutes(now, minutes - 1) })).toBeNull()
        now = addMinutes(now, minutes)
        previous = await runDueSiteBuild(payload, { now })
        expect(previous).toMatchObject({ status: 'failed', trigger: retry?.trigger })
      }
      // Four failures in a row: nothing more is queued, and the officers hear of it once.
      expect(await queued()).toHaveLength(0)
      expect(await runDueSiteBuild(payload, { now: addMinutes(now, 600) })).toBeNull()
      expect(invocations()).toBe(4)
      expect(sendEmail).toHaveBeenCalledTimes(1)
      const [message] = sendEmail.mock.calls[0] ?? []
      expect(message).toMatchObject({
        subject: 'Local Offer: the public site could not be updated',
        text: expect.stringContaining(
          'Why the last one failed: The CMS at http://127.0.0.1:9 could not be reached.',
        ),
      })
      expect(message?.text).toContain(`/admin/collections/site-builds/${previous?.id}`)
      expect(message?.text).toContain('The last 4 site builds failed')
      expect(message?.text).toContain('The CMS has stopped trying again by itself.')
      expect(message?.to).toEqual(expect.arrayContaining([world.officer.email.toLowerCase()]))
      // The dashboard says so.
      expect(await latestBuilds(payload)).toMatchObject({
        retriesStopped: { inARow: 4, retriesOff: false },
      })

      // The next publish builds again; once a build has published, the count starts afresh.
      setMode('ok')
      await requestSiteRebuild(payload, { reason: 'the cause fixed' })
      expect(await runDueSiteBuild(payload, { now: addMinutes(now, 600) })).toMatchObject({
        status: 'succeeded',
      })
      setMode('fail')
      await requestSiteRebuild(payload, { reason: 'another change' })
      const failedAgain = await runDueSiteBuild(payload, { now: addMinutes(now, 1200) })
      expect(await queued()).toEqual([
        expect.objectContaining({
          trigger: `Trying again after site build ${failedAgain?.id} failed (automatic retry 1 of 3)`,
        }),
      ])
      expect((await latestBuilds(payload)).retriesStopped).toBeUndefined()
      expect(sendEmail).toHaveBeenCalledTimes(1)
    } finally {
      sendEmail.mockRestore()
    }
  })

  it('with retries switched off ("none"), says so after the first failure, not that it stopped trying', async () => {
    setMode('fail')
    const settings = sitePublishingSettingsOf(payload)
    const configured = settings.retryMinutes
    settings.retryMinutes = []
    const sendEmail = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    try {
      await requestSiteRebuild(payload, { reason: 'a change' })
      expect(await runDueSiteBuild(payload, { now: later() })).toMatchObject({ status: 'failed' })
      expect(await queued()).toHaveLength(0)
      expect(sendEmail).toHaveBeenCalledTimes(1)
      const text = sendEmail.mock.calls[0]?.[0]?.text ?? ''
      expect(text).toContain('The last site build failed, so the public site still shows')
      expect(text).toContain(
        'This CMS does not try a failed build again by itself (SITE_BUILD_RETRY_MINUTES is "none").',
      )
      expect(text).not.toContain('stopped trying')
      const { retriesStopped } = await latestBuilds(payload)
      expect(retriesStopped).toEqual({ inARow: 1, retriesOff: true })
      expect(
        siteBuildStrings.retriesStopped(retriesStopped ?? { inARow: 0, retriesOff: false }),
      ).toBe(
        'This CMS does not try a failed build again by itself (SITE_BUILD_RETRY_MINUTES is "none"). Fix the cause (the build\'s log says what it was), then rebuild the site.',
      )
    } finally {
      settings.retryMinutes = configured
      sendEmail.mockRestore()
    }
  })

  it('leaves a build already waiting with newer changes as it is', async () => {
    await requestSiteRebuild(payload, { reason: 'a change' })
    let waiting: SiteBuild | undefined
    const failed = await runDueSiteBuild(payload, {
      now: later(),
      publish: async () => {
        // A publish while the build runs queues the next build.
        waiting = await requestSiteRebuild(payload, { reason: 'published during the build' })
        return { ok: false, reason: 'The disk is full.', logTail: '' }
      },
    })
    expect(failed).toMatchObject({ status: 'failed', failureReason: 'The disk is full.' })
    expect(await queued()).toEqual([
      expect.objectContaining({
        id: waiting?.id,
        trigger: 'published during the build',
        startAfter: waiting?.startAfter,
      }),
    ])
  })

  it('stops taking over interrupted builds too, once the retries have run out', async () => {
    const now = new Date()
    for (const minutesAgo of [40, 30, 20]) {
      const done = await payload.create({
        collection: 'site-builds',
        overrideAccess: true,
        data: {
          status: 'failed',
          slot: `done:earlier-${minutesAgo}`,
          trigger: 'an earlier try',
          changes: 1,
          requestedAt: addMinutes(now, -minutesAgo).toISOString(),
          startAfter: addMinutes(now, -minutesAgo).toISOString(),
          finishedAt: addMinutes(now, -minutesAgo + 1).toISOString(),
          failureReason: 'Interrupted',
        },
      })
      expect(done.status).toBe('failed')
    }
    const orphan = await orphanBuild('the fourth try', PROCESS_GONE, now)
    const sendEmail = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    try {
      expect(await failInterruptedBuild(payload, now)).toMatchObject({
        id: orphan.id,
        status: 'failed',
      })
      expect(await queued()).toHaveLength(0)
      expect(sendEmail).toHaveBeenCalledTimes(1)
      expect(sendEmail.mock.calls[0]?.[0]).toMatchObject({
        subject: 'Local Offer: the public site could not be updated',
        text: expect.stringContaining('The last 4 site builds failed'),
      })
    } finally {
      sendEmail.mockRestore()
    }
  })
})

describe('a listing the build held back', () => {
  it('is recorded on the build with its id, title and reason, and its provider and officer are e-mailed once', async () => {
    const listing = await payload.create({
      collection: 'services',
      data: { ...validService(world.orgA.id), _status: 'published' },
    })
    await payload.delete({ collection: 'site-builds', where: {}, overrideAccess: true })
    const reason =
      'Its page links to /services/nowhere/, which is not on the site. Correct or remove the link.'
    writeFileSync(
      path.join(folder, 'held-back'),
      JSON.stringify([{ collection: 'services', slug: listing.slug, reason, keptPrevious: false }]),
    )
    setMode('held-back')
    const sendEmail = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    try {
      await requestSiteRebuild(payload, { reason: 'a change' })
      const finished = await runDueSiteBuild(payload, { now: later() })
      expect(finished).toMatchObject({
        status: 'succeeded',
        heldBack: [
          {
            collection: 'services',
            id: String(listing.id),
            title: listing.name,
            slug: listing.slug,
            reason,
            keptPrevious: false,
          },
        ],
      })
      expect(sendEmail).toHaveBeenCalledTimes(1)
      const [message] = sendEmail.mock.calls[0] ?? []
      expect(message).toMatchObject({
        subject: `Local Offer: your listing ‘${listing.name}’ was held back from the public site`,
        text: expect.stringContaining(reason),
      })
      // The provider's user and an officer: whoever can fix it.
      expect(message?.to).toEqual(expect.arrayContaining([world.providerA.email.toLowerCase()]))
    } finally {
      sendEmail.mockRestore()
    }
  })
})

describe('a job only one instance may run at a time', () => {
  it('is skipped while another run holds it (on PostgreSQL: in any process on the database)', async () => {
    let release = () => undefined as void
    let started = () => undefined as void
    const running = new Promise<void>((resolve) => (started = resolve))
    const first = runExclusively(payload, 'test-job', () => {
      started()
      return new Promise<void>((resolve) => (release = resolve))
    })
    await running
    expect(await runExclusively(payload, 'test-job', async () => 'second')).toEqual({ ran: false })
    release()
    expect(await first).toEqual({ ran: true, result: undefined })
    expect(await runExclusively(payload, 'test-job', async () => 'third')).toEqual({
      ran: true,
      result: 'third',
    })
    if (t.database.kind !== 'postgres') return
    // Another process's session holds the lock: this one skips; once it lets go, it runs.
    const other = new pg.Client({ connectionString: t.database.url })
    await other.connect()
    try {
      await other.query("SELECT pg_advisory_lock(hashtext('local-offer:test-job'))")
      expect(await runExclusively(payload, 'test-job', async () => 'x')).toEqual({ ran: false })
      await other.query("SELECT pg_advisory_unlock(hashtext('local-offer:test-job'))")
      expect(await runExclusively(payload, 'test-job', async () => 'y')).toEqual({
        ran: true,
        result: 'y',
      })
    } finally {
      await other.end()
    }
  })
})

describe('who can see and ask for builds', () => {
  it('staff read builds and can ask for a rebuild now; providers and the public cannot; nobody writes them', async () => {
    await requestSiteRebuild(payload, { reason: 'a change' })
    const asOfficer = await rest<{ docs: SiteBuild[] }>(t, 'GET', '/api/site-builds', {
      as: world.officer,
    })
    expect(asOfficer.body.docs).toHaveLength(1)
    for (const user of [world.providerA, undefined]) {
      const response = await rest(t, 'GET', '/api/site-builds', { as: user })
      expect(response.status).toBe(403)
      const rebuild = await rest(t, 'POST', '/api/site-builds/rebuild', { as: user })
      expect(rebuild.status).toBe(user ? 403 : 401)
    }
    for (const user of [world.officer, world.admin]) {
      const created = await rest(t, 'POST', '/api/site-builds', {
        as: user,
        body: {
          status: 'succeeded',
          slot: 'x',
          trigger: 'forged',
          requestedAt: new Date(),
          startAfter: new Date(),
        },
      })
      expect(created.status).toBe(403)
      const id = asOfficer.body.docs[0]?.id
      expect(
        (
          await rest(t, 'PATCH', `/api/site-builds/${id}`, {
            as: user,
            body: { status: 'succeeded' },
          })
        ).status,
      ).toBe(403)
      expect((await rest(t, 'DELETE', `/api/site-builds/${id}`, { as: user })).status).toBe(403)
    }

    const now = new Date()
    const rebuild = await rest<{ message: string; doc: SiteBuild }>(
      t,
      'POST',
      '/api/site-builds/rebuild',
      {
        as: world.officer,
      },
    )
    expect(rebuild.status).toBe(202)
    // It joins the waiting build and makes it due at once.
    expect(rebuild.body.doc.changes).toBe(2)
    expect(new Date(rebuild.body.doc.startAfter).getTime()).toBeLessThanOrEqual(Date.now())
    expect(await runDueSiteBuild(payload, { now: addSeconds(now, 1) })).toMatchObject({
      status: 'succeeded',
      lastChange: expect.stringMatching(/^Rebuild requested by /),
    })
  })
})

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('Timed out waiting')
}
