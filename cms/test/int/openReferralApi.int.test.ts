import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  VOCABULARIES,
  taxonomyId,
  toOpenReferralService,
  vocabularyTermId,
} from '@local-offer/shared/openReferral'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mapService } from '../../../site/src/loader/mapContent'
import { rawServiceSchema } from '../../../site/src/loader/rawSchemas'
import { toFeedListing } from '../../../site/src/openReferral/feedListing'
import { ukProfileValidator } from '../../../scripts/test/support/ukProfile'
import { walkFeed } from '../../../scripts/test/support/walkFeed'
import type { Service } from '../../src/payload-types'
import { writeLiveReviewFields } from '../../src/review/writeLiveReviewFields'
import { readCouncilVocabularies } from '../../src/collections/vocabularies/councilVocabularies'
import { richText, validService } from '../helpers/fixtures'
import { rest } from '../helpers/rest'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * The live Open Referral UK API (/api/openreferral): walked like the Open Referral UK validator,
 * every answer valid against the official UK profile schemas, the same documents as the site's
 * static export makes of the same listings, filters and paging done by the database, refusals as
 * JSON, and only live listings (never a draft, a pending draft's changes or a withdrawn listing).
 */
const ctx = useTestWorld()
let server: Server
let base: string
let youthClub: Service
let withdrawn: Service
const extra: Service[] = []

interface Page {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: Array<Record<string, unknown> & { id: string; name?: string }>
}

async function get<T = Page>(path: string) {
  const response = await fetch(`${base}${path}`)
  return {
    status: response.status,
    allowOrigin: response.headers.get('access-control-allow-origin'),
    body: (await response.json()) as T,
  }
}

const ids = (page: Page) => page.contents.map((entry) => entry.id)

/** The localities the venues below are in: each venue's locality comes from its postcode. */
const localities = [
  { key: 'northbrook', name: 'Northbrook', postcodeAreas: ['WB2'] },
  { key: 'eastfield', name: 'Eastfield', postcodeAreas: ['WB4'] },
]

beforeAll(async () => {
  const { payload } = ctx.t
  const { orgA, orgB } = ctx.world
  for (const { key, name, postcodeAreas } of localities) {
    await payload.create({ collection: 'localities', data: { slug: key, name, postcodeAreas } })
  }
  youthClub = await payload.create({
    collection: 'services',
    data: {
      ...validService(orgA.id, {
        name: 'Aardvark youth club',
        summary: '  Evening club for young people with SEND.  ',
        description: richText('We meet every week.'),
        category: 'childcare-leisure',
        subCategories: ['youth-clubs'],
        ageRange: { minimum: 11, maximum: 18 },
        areasOfNeed: ['social-emotional-mental-health'],
        access: {
          routes: ['self-referral'],
          ehcPlanRequired: false,
          referralRequired: true,
          howToAccess: 'Ring us first.',
        },
        eligibility: 'Young people who live in the borough.',
        howToComplain: 'Speak to the club leader.',
        cost: { type: 'charged', detail: '£2 a session.' },
        educationOffer: { approachToTeaching: 'Small groups.' },
        locations: [
          {
            name: 'Northbrook hall',
            addressLine1: '2 Mill Lane',
            town: 'Westbridge',
            postcode: 'WB2 3AB',
            venueFeatures: ['step-free', 'hearing-loop'],
            accessibility: 'Ramp at the side door.',
          },
          {
            addressLine1: '9 Park Road',
            town: 'Westbridge',
            postcode: 'WB4 1EF',
          },
        ],
        openingTimes: [{ days: ['tuesday'], opens: '16:00', closes: '20:00' }],
      }),
      _status: 'published',
    },
  })
  // Not reviewed for years: withdrawn from the site (and so from the feed).
  withdrawn = await payload.create({
    collection: 'services',
    data: {
      ...validService(orgB.id, { name: 'Long unreviewed service', lastReviewed: '2020-01-06' }),
      _status: 'published',
    },
  })
  // Withdrawn from the site, as the daily review job withdraws it.
  await writeLiveReviewFields(payload, withdrawn.id, { reviewStatus: 'withdrawn' })
  withdrawn = await payload.findByID({ collection: 'services', id: withdrawn.id })
  for (let index = 0; index < 4; index++) {
    extra.push(
      await payload.create({
        collection: 'services',
        data: {
          ...validService(orgB.id, { name: `Zebra crossing club ${index}` }),
          _status: 'published',
        },
      }),
    )
  }
  // A provider's pending draft over a live listing: the API shows the live version.
  await payload.update({
    collection: 'services',
    id: ctx.world.publishedB.id,
    data: { name: 'Renamed only in a draft' },
    draft: true,
  })

  server = createServer((req, res) => {
    const request = new Request(`http://localhost${req.url ?? '/'}`, { method: req.method })
    handleEndpoints({ config: ctx.t.payload.config, request, payloadInstanceCacheKey: ctx.t.key })
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch((error: unknown) => {
        res.writeHead(500)
        res.end(String(error))
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/openreferral/`
})

afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

const liveIds = () =>
  [ctx.world.publishedA, ctx.world.publishedB, youthClub, ...extra].map((s) => s.openReferralId)

describe('the live Open Referral API', () => {
  it('has withdrawn, draft-only and pending-draft listings to leave out', () => {
    expect(withdrawn.reviewStatus).toBe('withdrawn')
    expect(ctx.world.draftA._status).toBe('draft')
  })

  it('passes a walk like the Open Referral UK validator, every answer valid against the official schemas', async () => {
    const validator = ukProfileValidator()
    const answers = await walkFeed(base, [
      'services',
      'service_at_locations',
      'organizations',
      'taxonomies',
      'taxonomy_terms',
    ])
    const problems = answers.flatMap((answer) => {
      const wrong: string[] = []
      if (answer.status !== 200) wrong.push(`${answer.url}: status ${answer.status}`)
      if (answer.allowOrigin !== '*') wrong.push(`${answer.url}: no Access-Control-Allow-Origin *`)
      if (!answer.contentType.includes('application/json')) wrong.push(`${answer.url}: not JSON`)
      const schemaProblems =
        answer.kind === 'root'
          ? validator.root(answer.body)
          : answer.kind === 'page'
            ? validator.page(answer.endpoint!, answer.body)
            : validator.document(answer.endpoint!, answer.body)
      return [...wrong, ...schemaProblems.map((problem) => `${answer.url}: ${problem}`)]
    })
    expect(problems).toEqual([])
    const documents = answers.filter((answer) => answer.kind === 'document')
    expect(documents.filter((answer) => answer.endpoint === 'services')).toHaveLength(7)
    // Two venues of the youth club and one of each other listing.
    expect(documents.filter((answer) => answer.endpoint === 'service_at_locations')).toHaveLength(8)
    expect(documents.filter((answer) => answer.endpoint === 'organizations')).toHaveLength(2)
    expect(answers[0]!.body).toMatchObject({ version: '3.0' })
  })

  it('lists live listings only, in id order, with the live version of a listing that has a pending draft', async () => {
    const { body } = await get('services')
    expect(body.total_items).toBe(7)
    expect(new Set(ids(body))).toEqual(new Set(liveIds()))
    expect(ids(body)).toEqual([...liveIds()].sort())
    // Paged in the same order: the second page of three carries on where the first stopped.
    const first = await get('services?per_page=3')
    const second = await get('services?per_page=3&page=2')
    expect([...ids(first.body), ...ids(second.body)]).toEqual(ids(body).slice(0, 6))
    expect(body.contents.map((entry) => entry.name)).not.toContain('Renamed only in a draft')
    for (const hidden of [withdrawn, ctx.world.draftA, ctx.world.draftB]) {
      expect((await get(`services/${hidden.openReferralId}`)).status).toBe(404)
    }
    // A signed-in officer reads drafts in the admin, never through the feed.
    const asOfficer = await rest(
      ctx.t,
      'GET',
      `/api/openreferral/services/${ctx.world.draftA.openReferralId}`,
      { as: ctx.world.officer },
    )
    expect(asOfficer.status).toBe(404)
    const organisation = await get<{ services: Array<{ id: string }> }>(
      `organizations/${ctx.world.orgB.openReferralId}`,
    )
    expect(organisation.body.services.map((entry) => entry.id)).not.toContain(
      withdrawn.openReferralId,
    )
  })

  it('gives the same service document as the site static export makes of the same listing', async () => {
    for (const listing of [youthClub, ctx.world.publishedA, ctx.world.publishedB]) {
      const fromCms = await rest<{ docs: unknown[] }>(
        ctx.t,
        'GET',
        `/api/services?locale=all&depth=1&where[openReferralId][equals]=${listing.openReferralId}`,
      )
      const raw = rawServiceSchema.parse(fromCms.body.docs[0])
      const staticDocument = toOpenReferralService(
        toFeedListing(mapService(raw, { cmsUrl: 'http://localhost:3000' })),
        { ...(await readCouncilVocabularies(ctx.t.payload)), localities },
      )
      const live = await get(`services/${listing.openReferralId}`)
      expect(live.body).toEqual(staticDocument)
    }
  })

  it('pages exactly', async () => {
    const first = await get('services?page=1&per_page=3')
    expect(first.body).toMatchObject({
      total_items: 7,
      total_pages: 3,
      page_number: 1,
      size: 3,
      first_page: true,
      last_page: false,
      empty: false,
    })
    const last = await get('services?page=3&per_page=3')
    expect(last.body).toMatchObject({ page_number: 3, size: 1, first_page: false, last_page: true })
    const beyond = await get('services?page=9&per_page=3')
    expect(beyond.body).toMatchObject({ size: 0, contents: [], last_page: true, empty: false })
    const all = [
      ...ids(first.body),
      ...ids((await get('services?page=2&per_page=3')).body),
      ...ids(last.body),
    ]
    expect(new Set(all).size).toBe(7)
    const organisationsBeyond = await get('organizations?page=5')
    expect(organisationsBeyond.body).toMatchObject({ total_items: 2, size: 0, last_page: true })
    const venues = await get('service_at_locations?per_page=5&page=2')
    expect(venues.body).toMatchObject({ total_items: 8, total_pages: 2, size: 3 })
    const none = await get(`services?taxonomy_term_id=${vocabularyTermId('other', 'x')}`)
    expect(none.body).toMatchObject({ total_items: 0, total_pages: 1, empty: true, size: 0 })
  })

  it('filters in the database', async () => {
    const only = async (query: string) => ids((await get(`services?${query}`)).body)
    const youth = [youthClub.openReferralId]
    expect(await only('search=aardvark')).toEqual(youth)
    expect(await only('search=evening%20club')).toEqual(youth)
    expect(
      await only(`taxonomy_term_id=${vocabularyTermId(VOCABULARIES.subCategory, 'youth-clubs')}`),
    ).toEqual(youth)
    expect(
      await only(`taxonomy_term_id=${vocabularyTermId(VOCABULARIES.locality, 'northbrook')}`),
    ).toEqual(youth)
    expect(
      await only(`taxonomy_term_id=${vocabularyTermId(VOCABULARIES.venueFeature, 'hearing-loop')}`),
    ).toEqual(youth)
    expect(
      await only(
        `taxonomy_term_id=${vocabularyTermId(VOCABULARIES.requirement, 'referral-required')}`,
      ),
    ).toEqual(youth)
    expect(
      await only(`taxonomy_term_id=${vocabularyTermId(VOCABULARIES.organisationType, 'nhs')}`),
    ).toHaveLength(5)
    // A national term is carried through the listing's own terms (youth clubs: esd type 642).
    expect(
      await only(`taxonomy_term_id=${vocabularyTermId(VOCABULARIES.esdServiceType, '642')}`),
    ).toEqual(youth)
    expect(
      await only(`taxonomy_term_id=${vocabularyTermId(VOCABULARIES.esdServiceType, '1788')}`),
    ).toHaveLength(6)
    expect(await only('vocabulary=esdServiceTypes')).toHaveLength(7)
    expect(await only(`taxonomy_id=${taxonomyId(VOCABULARIES.venueFeature)}`)).toEqual(youth)
    expect(await only('vocabulary=local-offer-venue-feature')).toEqual(youth)
    expect(await only('minimum_age=11')).toEqual(youth)
    expect(await only('maximum_age=5')).toHaveLength(6)
    expect(await only('day=TU')).toEqual(youth)
    expect(await only('day=tuesday&start_time=16:00&end_time=20:00')).toEqual(youth)
    expect(await only('start_time=10:00')).toEqual(youth)
    expect(await only(`organization_id=${ctx.world.orgA.openReferralId}`)).toHaveLength(2)
    expect(await only('modified_after=2999-01-01')).toEqual([])
    expect(await only('modified_after=2000-01-01T00:00:00Z')).toHaveLength(7)
    const terms = await get(`taxonomy_terms?taxonomy_id=${taxonomyId(VOCABULARIES.cost)}`)
    expect(terms.body.contents.map((term) => term.term)).toEqual([
      'free',
      'charged',
      'free-and-charged',
    ])
    const localityTerms = await get('taxonomy_terms?vocabulary=local-offer-locality&per_page=100')
    expect(
      localityTerms.body.contents.every((term) => term.taxonomy === VOCABULARIES.locality),
    ).toBe(true)
    // The two localities (data) and "outside the area".
    expect(localityTerms.body.contents.map((term) => [term.term, term.name])).toEqual([
      ['eastfield', 'Eastfield'],
      ['northbrook', 'Northbrook'],
      ['out-of-area', 'Outside the area'],
    ])
    const esd = await get('taxonomy_terms?vocabulary=esdServiceTypes&per_page=100')
    expect(esd.body.contents.length).toBeGreaterThan(10)
    for (const term of esd.body.contents) {
      expect(term.term_uri).toBe(`http://id.esd.org.uk/service/${term.term}`)
    }
  })

  it('answers unknown parameters and bad values with 400 and a JSON body saying what is wrong', async () => {
    const cases: Array<[string, RegExp]> = [
      ['services?colour=red', /Unknown parameter "colour"/],
      ['services?page=0', /"page" must be a whole number/],
      ['services?per_page=101', /"per_page" must be a whole number from 1 to 100/],
      ['services?page=1&page=2', /more than once/],
      ['services?minimum_age=old', /"minimum_age"/],
      ['services?taxonomy_term_id=speech', /must be a UUID/],
      ['services?vocabulary=esd', /"vocabulary" must be one of/],
      ['services?day=someday', /"day" must be a day/],
      ['services?start_time=9am', /HH:MM/],
      ['services?modified_after=yesterday', /ISO 8601/],
      ['taxonomies?search=x', /Unknown parameter "search"/],
      ['taxonomy_terms?taxonomy_id=cost', /"taxonomy_id" must be a UUID/],
      ['taxonomy_terms?vocabulary=esd', /"vocabulary" must be one of/],
      [`services/${youthClub.openReferralId}?full=true`, /takes no parameters/],
      ['?page=1', /takes no parameters/],
    ]
    for (const [path, message] of cases) {
      const answer = await get<{ error: string; message: string }>(path)
      expect({ path, status: answer.status, error: answer.body.error }).toEqual({
        path,
        status: 400,
        error: 'bad_request',
      })
      expect(answer.body.message).toMatch(message)
      expect(answer.allowOrigin).toBe('*')
    }
  })

  it('answers an unknown id or endpoint with 404 JSON', async () => {
    for (const path of [
      `services/${vocabularyTermId('none', 'none')}`,
      'services/not-a-uuid',
      `taxonomies/${vocabularyTermId('none', 'none')}`,
      `taxonomy_terms/${taxonomyId('none')}`,
      `organizations/${withdrawn.openReferralId}`,
      `service_at_locations/${youthClub.openReferralId}`,
      'locations',
    ]) {
      const answer = await get<{ error: string }>(path)
      expect({ path, status: answer.status, error: answer.body.error }).toEqual({
        path,
        status: 404,
        error: 'not_found',
      })
    }
  })
})
