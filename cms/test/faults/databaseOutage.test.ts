import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Service } from '../../src/payload-types'
import { apiFor, formPost, jsonPost, type Api } from '../helpers/api'
import { startCuttableProxy, type CuttableProxy } from '../helpers/cuttableProxy'
import { createWorld, validService, type World } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Issue 14, item 8: the database going away for a few seconds (PostgreSQL restarted) while
 * families send comments and an officer publishes. The CMS reaches PostgreSQL through a proxy the
 * test cuts (every open connection reset, new ones refused) and restores, so the machine's shared
 * PostgreSQL is never touched. What must hold:
 * - a comment that was acknowledged ("thank you") is stored; one that could not be stored is
 *   answered with the error page (or a 500 for JSON), never "thank you";
 * - an officer's approval while the database is away fails with a clear answer and leaves nothing
 *   half-written, also when the database goes away in the middle of the approval's transaction;
 *   the same approval succeeds once the database is back;
 * - the CMS recovers by itself: no restart.
 * The figures (outage length, comments acknowledged, refused, stored) are printed for
 * docs/production.md ("When the database goes away").
 */
const SITE = 'https://localoffer.example.gov.uk'
const OUTAGE_MS = 3_000
const THANK_YOU = `${SITE}/feedback/thank-you/`
const NEW_SUMMARY = 'New times from September: Tuesdays and Thursdays.'
const ERROR_PAGE = `${SITE}/feedback/error/?reason=server-error`

let proxy: CuttableProxy
let t: TestPayload
let world: World
let api: Api
/** Straight to PostgreSQL, not through the proxy: what is really stored. */
let direct: pg.Client

const figures: Record<string, unknown> = {}

/** Waits (up to 30 s) until `done()`; the assertions after it say what was missing. */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
}

beforeAll(async () => {
  proxy = await startCuttableProxy({ host: '127.0.0.1', port: 5432 })
  t = await startTestPayload(
    {
      // A limit no test reaches: this file is about the database, not the rate limit.
      feedback: { siteUrl: SITE, trustedProxyHops: 1, rateLimitPoints: 10_000 },
    },
    (url) => {
      const real = new URL(url)
      if (real.hostname !== '127.0.0.1' && real.hostname !== 'localhost') {
        throw new Error(`The outage test needs PostgreSQL on this machine, not ${real.hostname}`)
      }
      return proxy.through(url)
    },
  )
  world = await createWorld(t.payload)
  api = apiFor(t)
  direct = new pg.Client({ connectionString: t.database.url })
  await direct.connect()
})

afterAll(async () => {
  console.log(`Database outage figures: ${JSON.stringify(figures)}`)
  await proxy?.restore()
  await direct?.end()
  await t?.shutdown()
  await proxy?.close()
})

interface Sent {
  marker: string
  answer: 'thank-you' | 'error-page' | 'other'
  detail: string
  phase: 'before' | 'outage' | 'after'
  ms: number
  answeredAt: number
}

const storedMarkers = async (prefix: string) =>
  new Set(
    (
      await direct.query<{ comment: string }>(
        'SELECT comment FROM comments WHERE comment LIKE $1',
        [`%${prefix}%`],
      )
    ).rows.map((row) => /outage-\w+-\d+/.exec(row.comment)?.[0]),
  )

describe('comments while the database goes away for a few seconds', () => {
  it('every acknowledged comment is stored; every other one is answered with the error page', async () => {
    const sent: Sent[] = []
    let phase: Sent['phase'] = 'before'
    let n = 0
    let stop = false
    // Two families at a time send comments with the plain HTML form, without pause.
    const family = async (who: number) => {
      while (!stop) {
        const marker = `outage-form-${++n}`
        const started = Date.now()
        const sentIn = phase
        const response = await api({
          path: '/comments/submit',
          ...formPost(
            {
              comment: `The transport page was hard to find (${marker}).`,
              topic: 'general',
              locale: 'en',
            },
            { 'X-Forwarded-For': `198.51.100.${who}` },
          ),
        })
        const location = response.headers.get('location') ?? ''
        sent.push({
          marker,
          phase: sentIn === phase ? sentIn : 'outage',
          ms: Date.now() - started,
          answeredAt: Date.now(),
          answer:
            response.status === 303 && location === THANK_YOU
              ? 'thank-you'
              : response.status === 303 && location === ERROR_PAGE
                ? 'error-page'
                : 'other',
          detail: `${response.status} ${location}`,
        })
      }
    }
    const families = [family(1), family(2)]
    // Until a few comments have been stored (however busy the machine is).
    await until(() => sent.filter((s) => s.answer === 'thank-you').length >= 4)
    const cutAt = Date.now()
    await proxy.cut()
    phase = 'outage'
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS))
    await proxy.restore()
    const restoredAt = Date.now()
    phase = 'after'
    // Until the CMS has stored a few comments again.
    const acknowledgedAfter = () =>
      sent.filter((s) => s.phase === 'after' && s.answer === 'thank-you')
    await until(() => acknowledgedAfter().length >= 4)
    const firstStoredAgain = acknowledgedAfter()[0]
    stop = true
    await Promise.all(families)

    const stored = await storedMarkers('outage-form-')
    const acknowledged = sent.filter((s) => s.answer === 'thank-you')
    const refused = sent.filter((s) => s.answer === 'error-page')
    Object.assign(figures, {
      outageMs: restoredAt - cutAt,
      connectionsReset: proxy.stats.connectionsReset,
      commentsSent: sent.length,
      acknowledged: acknowledged.length,
      acknowledgedDuringOutage: sent.filter((s) => s.phase === 'outage' && s.answer === 'thank-you')
        .length,
      refusedWithErrorPage: refused.length,
      stored: stored.size,
      refusedButStored: refused.filter((s) => stored.has(s.marker)).length,
      slowestAnswerMs: Math.max(...sent.map((s) => s.ms)),
      firstAcknowledgedAfterRestoreMs: firstStoredAgain
        ? firstStoredAgain.answeredAt - restoredAt
        : null,
    })

    // Nothing but "thank you" or the error page, whatever the database was doing.
    expect(sent.filter((s) => s.answer === 'other').map((s) => s.detail)).toEqual([])
    // Comments were acknowledged before and after, and refused while it was away.
    expect(acknowledged.filter((s) => s.phase === 'before').length).toBeGreaterThan(0)
    expect(acknowledged.filter((s) => s.phase === 'after').length).toBeGreaterThan(0)
    expect(refused.length).toBeGreaterThan(0)
    // Nothing acknowledged was lost.
    expect(acknowledged.filter((s) => !stored.has(s.marker)).map((s) => s.marker)).toEqual([])
    // A refused comment is not stored, except possibly the one whose COMMIT reached PostgreSQL
    // as its connection was reset: that family is told to send it again, and it would be stored
    // twice, never lost. (Counted in the figures.)
    expect(refused.filter((s) => stored.has(s.marker)).length).toBeLessThanOrEqual(1)
    // The CMS came back by itself, within a few seconds of the database.
    expect(firstStoredAgain).toBeDefined()
  })

  it('a comment sent as JSON while the database is away is answered 500 server-error', async () => {
    await proxy.cut()
    try {
      const response = await api({
        path: '/comments/submit',
        ...jsonPost(
          { comment: 'The outage-json-1 comment, sent while the database was away.', locale: 'en' },
          { 'X-Forwarded-For': '198.51.100.3' },
        ),
      })
      expect(response.status).toBe(500)
      expect(await response.json()).toMatchObject({
        status: 'refused',
        errors: [{ code: 'server-error' }],
      })
    } finally {
      await proxy.restore()
    }
    expect((await storedMarkers('outage-json-')).size).toBe(0)
  })
})

describe('an officer approving a listing while the database goes away', () => {
  const officerApproves = (listing: Service) =>
    api({
      method: 'POST',
      path: `/services/${listing.id}/approve`,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ comment: 'Checked against the provider’s website.' }),
      as: world.officer,
    })

  /** A live listing with a provider's change submitted for review. */
  async function submittedChange(): Promise<Service> {
    const listing = await t.payload.create({
      collection: 'services',
      data: { ...validService(world.orgA.id), _status: 'published' },
    })
    await t.payload.update({
      collection: 'services',
      id: listing.id,
      data: { summary: NEW_SUMMARY },
      draft: true,
      overrideAccess: false,
      user: { ...world.providerA, collection: 'users' },
    })
    const submit = await api({
      method: 'POST',
      path: `/services/${listing.id}/submit`,
      as: world.providerA,
    })
    expect(submit.status).toBe(200)
    return listing
  }

  /** What is stored for the listing, read straight from PostgreSQL. */
  async function storedState(listing: Service) {
    const live = await direct.query<{ status: string; summary: string }>(
      `SELECT s._status AS status, l.summary FROM services s
         LEFT JOIN services_locales l ON l._parent_id = s.id AND l._locale = 'en'
        WHERE s.id = $1`,
      [listing.id],
    )
    const latest = await direct.query<{ moderation: string; status: string }>(
      `SELECT version_moderation AS moderation, version__status AS status FROM _services_v
        WHERE parent_id = $1 AND latest`,
      [listing.id],
    )
    const versions = await direct.query<{ n: string }>(
      'SELECT count(*) AS n FROM _services_v WHERE parent_id = $1',
      [listing.id],
    )
    const audit = await direct.query<{ action: string }>(
      'SELECT action FROM audit_log WHERE listing_id = $1 ORDER BY id',
      [listing.id],
    )
    return {
      live: live.rows[0],
      latest: latest.rows,
      versions: Number(versions.rows[0]?.n),
      audit: audit.rows.map((row) => row.action),
    }
  }

  it('fails clearly while it is away, changes nothing, and succeeds when it is back', async () => {
    // The officer signs in (and an approval goes through) before the database goes away.
    expect((await officerApproves(await submittedChange())).status).toBe(200)
    const listing = await submittedChange()
    const before = await storedState(listing)
    expect(before.latest).toEqual([{ moderation: 'submitted', status: 'draft' }])
    await proxy.cut()
    let during: Response
    try {
      during = await officerApproves(listing)
    } finally {
      await proxy.restore()
    }
    const duringBody = await during.text()
    figures.approveDuringOutage = `${during.status} ${duringBody.slice(0, 160)}`
    // Refused, not approved. (Payload's sign-in check cannot read the officer's account while
    // the database is away and treats the request as signed out: 401 "Sign in to do this.")
    expect(during.status, duringBody).toBeGreaterThanOrEqual(400)
    expect(await storedState(listing)).toEqual(before)
    const retry = await officerApproves(listing)
    expect(retry.status, await retry.clone().text()).toBe(200)
    const after = await storedState(listing)
    expect(after.live).toEqual({ status: 'published', summary: NEW_SUMMARY })
    expect(after.latest).toEqual([{ moderation: 'approved', status: 'published' }])
    // One publish in the audit log for the one approval that went through.
    expect(after.audit).toEqual([...before.audit, 'publish'])
  })

  it('going away in the middle of the approval leaves nothing half-written', async () => {
    const listing = await submittedChange()
    const before = await storedState(listing)
    const cutsBefore = proxy.stats.cuts
    // The approval's transaction has updated the listing and written its new version; the
    // database goes away as the audit entry is written, before anything is committed.
    proxy.cutOnQuery('insert into "audit_log"')
    const during = await officerApproves(listing)
    const duringBody = await during.text()
    expect(proxy.stats.cuts, 'the cut came inside the approval').toBe(cutsBefore + 1)
    await proxy.restore()
    figures.approveCutMidTransaction = `${during.status} ${duringBody.slice(0, 160)}`
    expect(during.status, duringBody).toBeGreaterThanOrEqual(500)
    // PostgreSQL rolled the transaction back when its connection went: no new version, no audit
    // entry, the live listing as it was, the change still waiting for review.
    expect(await storedState(listing)).toEqual(before)
    expect(before.latest).toEqual([{ moderation: 'submitted', status: 'draft' }])
    const retry = await officerApproves(listing)
    expect(retry.status, await retry.clone().text()).toBe(200)
    const after = await storedState(listing)
    expect(after.live).toEqual({ status: 'published', summary: NEW_SUMMARY })
    expect(after.audit).toEqual([...before.audit, 'publish'])
  })
})
