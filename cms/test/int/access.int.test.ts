import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'

import type { Media, User } from '../../src/payload-types'
import { apiFor, jsonPost, type ApiRequest } from '../helpers/api'
import {
  createWorld,
  pngFile,
  validCouncilSettings,
  validPage,
  validService,
  type World,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * The access matrix: every role × collection × operation, including every denied case,
 * run through the Local API with access control on (overrideAccess: false).
 */
type Role = 'anonymous' | 'providerA' | 'officer' | 'admin'
const ROLES: Role[] = ['anonymous', 'providerA', 'officer', 'admin']

let t: TestPayload
let world: World
let mediaA: Media
let mediaLA: Media
let searchMissId: number
let countedReportId: number

beforeAll(async () => {
  t = await startTestPayload()
  world = await createWorld(t.payload)
  mediaA = await t.payload.create({
    collection: 'media',
    data: { alt: 'The front entrance of Northbrook Primary', organisation: world.orgA.id },
    file: await pngFile(400, 300, 'entrance.png'),
  })
  mediaLA = await t.payload.create({
    collection: 'media',
    data: { alt: 'Westbridge Civic Centre reception desk' },
    file: await pngFile(400, 300, 'civic.png'),
  })
  const miss = await t.payload.create({
    collection: 'search-misses',
    data: { term: 'hydrotherapy', locale: 'en', day: '2026-06-01', count: 3 },
  })
  searchMissId = miss.id
  const counted = await t.payload.create({
    collection: 'feedback-reports',
    draft: true,
    data: {
      year: '2039-40',
      title: 'A draft report with counts',
      _status: 'draft',
      localOfferCounts: [{ rows: 'category', columns: 'age' }],
    },
  })
  countedReportId = counted.id
})
afterAll(async () => t?.shutdown())

const userFor = (role: Role): (User & { collection: 'users' }) | undefined =>
  role === 'anonymous' ? undefined : (world[role] as User & { collection: 'users' })

/** Local API options that enforce access control for a role. */
const as = (role: Role) => ({ overrideAccess: false, user: userFor(role) })

/** A document filtered out of a list is as denied as a refused request: 404 as Payload reports it for one document. */
const hidden = () => Object.assign(new Error('Not visible to this user'), { status: 404 })

/** A report on provider A's live listing, made as the public endpoint makes one. */
const problemReport = (p: Payload) =>
  p.create({
    collection: 'problem-reports',
    data: { listing: world.publishedA.id, problem: 'out-of-date', status: 'open' },
    overrideAccess: true,
  })

/** A record the Open Referral importer held for sorting, made as the importer makes one. */
const heldRecord = (p: Payload) =>
  p.create({
    collection: 'import-sorting',
    data: {
      openReferralId: randomUUID(),
      name: 'A service from another feed',
      importedAt: new Date().toISOString(),
      status: 'waiting',
      reasons: ['no Local Offer category'],
      record: { id: 'not-checked-here' },
    },
    overrideAccess: true,
  })

type Operation = (payload: Payload, role: Role) => Promise<unknown>

interface Case {
  collection: string
  operation: string
  run: Operation
  allowed: Role[]
}

const cases: Case[] = [
  // Services (listings)
  {
    collection: 'services',
    operation: 'read own organisation’s published listing',
    allowed: ROLES,
    run: (p, r) => p.findByID({ collection: 'services', id: world.publishedA.id, ...as(r) }),
  },
  {
    collection: 'services',
    operation: 'read another organisation’s published listing',
    allowed: ['anonymous', 'officer', 'admin'],
    run: (p, r) => p.findByID({ collection: 'services', id: world.publishedB.id, ...as(r) }),
  },
  {
    collection: 'services',
    operation: 'read own organisation’s draft',
    allowed: ['providerA', 'officer', 'admin'],
    run: (p, r) =>
      p.findByID({ collection: 'services', id: world.draftA.id, draft: true, ...as(r) }),
  },
  {
    collection: 'services',
    operation: 'read another organisation’s draft',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.findByID({ collection: 'services', id: world.draftB.id, draft: true, ...as(r) }),
  },
  {
    collection: 'services',
    operation: 'read versions of own organisation’s listing',
    allowed: ['providerA', 'officer', 'admin'],
    run: async (p, r) => {
      const versions = await p.findVersions({
        collection: 'services',
        where: { parent: { equals: world.draftA.id } },
        ...as(r),
      })
      if (versions.totalDocs === 0) throw hidden()
    },
  },
  {
    collection: 'services',
    operation: 'read versions of another organisation’s listing',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const versions = await p.findVersions({
        collection: 'services',
        where: { parent: { equals: world.draftB.id } },
        ...as(r),
      })
      if (versions.totalDocs === 0) throw hidden()
    },
  },
  {
    collection: 'services',
    operation: 'create a draft for own organisation',
    allowed: ['providerA', 'officer', 'admin'],
    run: (p, r) =>
      p.create({
        collection: 'services',
        data: { ...validService(world.orgA.id), _status: 'draft' },
        draft: true,
        ...as(r),
      }),
  },
  {
    collection: 'services',
    operation: 'create a published listing',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.create({
        collection: 'services',
        data: { ...validService(world.orgA.id), _status: 'published' },
        ...as(r),
      }),
  },
  {
    collection: 'services',
    operation: 'save a draft of own organisation’s listing',
    allowed: ['providerA', 'officer', 'admin'],
    run: (p, r) =>
      p.update({
        collection: 'services',
        id: world.publishedA.id,
        data: { summary: 'Updated summary for families.' },
        draft: true,
        ...as(r),
      }),
  },
  {
    collection: 'services',
    operation: 'publish own organisation’s listing',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const draft = await p.create({
        collection: 'services',
        data: { ...validService(world.orgA.id), _status: 'draft' },
        draft: true,
      })
      await p.update({
        collection: 'services',
        id: draft.id,
        data: { _status: 'published' },
        ...as(r),
      })
    },
  },
  {
    collection: 'services',
    operation: 'save a draft of another organisation’s listing',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.update({
        collection: 'services',
        id: world.publishedB.id,
        data: { summary: 'Changed by someone else.' },
        draft: true,
        ...as(r),
      }),
  },
  {
    collection: 'services',
    operation: 'delete own organisation’s listing',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const doc = await p.create({ collection: 'services', data: validService(world.orgA.id) })
      await p.delete({ collection: 'services', id: doc.id, ...as(r) })
    },
  },
  {
    collection: 'services',
    operation: 'delete another organisation’s listing',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const doc = await p.create({ collection: 'services', data: validService(world.orgB.id) })
      await p.delete({ collection: 'services', id: doc.id, ...as(r) })
    },
  },

  // Internal notes on listings (staff only; issue 12 item 7)
  {
    collection: 'listing-notes',
    operation: 'read a note on own organisation’s listing',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const note = await p.create({
        collection: 'listing-notes',
        data: { listing: world.publishedA.id, note: 'Spoke to the manager.' },
      })
      await p.findByID({ collection: 'listing-notes', id: note.id, ...as(r) })
    },
  },
  {
    collection: 'listing-notes',
    operation: 'see the notes through the listing (join field)',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      await p.create({
        collection: 'listing-notes',
        data: { listing: world.publishedA.id, note: 'New venue from September.' },
      })
      const listing = await p.findByID({
        collection: 'services',
        id: world.publishedA.id,
        ...as(r),
      })
      if (!listing.internalNotes?.docs?.length) throw hidden()
    },
  },
  {
    collection: 'listing-notes',
    operation: 'write a note',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.create({
        collection: 'listing-notes',
        data: { listing: world.publishedA.id, note: 'Checked the phone number.' },
        ...as(r),
      }),
  },
  {
    collection: 'listing-notes',
    operation: 'change a note',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const note = await p.create({
        collection: 'listing-notes',
        data: { listing: world.publishedA.id, note: 'Draft note.' },
      })
      await p.update({
        collection: 'listing-notes',
        id: note.id,
        data: { note: 'Changed.' },
        ...as(r),
      })
    },
  },
  {
    collection: 'listing-notes',
    operation: 'delete a note',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const note = await p.create({
        collection: 'listing-notes',
        data: { listing: world.publishedA.id, note: 'To delete.' },
      })
      await p.delete({ collection: 'listing-notes', id: note.id, ...as(r) })
    },
  },

  // Organisations
  {
    collection: 'organisations',
    operation: 'read an organisation',
    allowed: ROLES,
    run: (p, r) => p.findByID({ collection: 'organisations', id: world.orgB.id, ...as(r) }),
  },
  {
    collection: 'organisations',
    operation: 'create',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.create({
        collection: 'organisations',
        data: { name: `New charity ${r}`, type: 'charity' },
        ...as(r),
      }),
  },
  {
    collection: 'organisations',
    operation: 'update own organisation',
    allowed: ['providerA', 'officer', 'admin'],
    run: (p, r) =>
      p.update({
        collection: 'organisations',
        id: world.orgA.id,
        data: { phone: '0121 496 0444' },
        ...as(r),
      }),
  },
  {
    collection: 'organisations',
    operation: 'update another organisation',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.update({
        collection: 'organisations',
        id: world.orgB.id,
        data: { phone: '0121 496 0555' },
        ...as(r),
      }),
  },
  {
    collection: 'organisations',
    operation: 'delete',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const org = await p.create({
        collection: 'organisations',
        data: { name: `Short-lived ${r}`, type: 'charity' },
      })
      await p.delete({ collection: 'organisations', id: org.id, ...as(r) })
    },
  },

  // Pages
  {
    collection: 'pages',
    operation: 'read a published page',
    allowed: ROLES,
    run: (p, r) => p.findByID({ collection: 'pages', id: world.publishedPage.id, ...as(r) }),
  },
  {
    collection: 'pages',
    operation: 'read a draft page',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.findByID({ collection: 'pages', id: world.draftPage.id, draft: true, ...as(r) }),
  },
  {
    collection: 'pages',
    operation: 'create',
    allowed: ['officer', 'admin'],
    run: (p, r) => p.create({ collection: 'pages', data: validPage(), ...as(r) }),
  },
  {
    collection: 'pages',
    operation: 'update',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.update({
        collection: 'pages',
        id: world.publishedPage.id,
        data: { summary: `Edited by ${r}` },
        ...as(r),
      }),
  },
  {
    collection: 'pages',
    operation: 'delete',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const page = await p.create({ collection: 'pages', data: validPage() })
      await p.delete({ collection: 'pages', id: page.id, ...as(r) })
    },
  },

  // Glossary terms
  {
    collection: 'glossary-terms',
    operation: 'read',
    allowed: ROLES,
    run: (p, r) => p.find({ collection: 'glossary-terms', ...as(r) }),
  },
  {
    collection: 'glossary-terms',
    operation: 'create',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.create({
        collection: 'glossary-terms',
        data: { term: `Annual review ${r}`, definition: 'A yearly meeting to check the plan.' },
        ...as(r),
      }),
  },
  {
    collection: 'glossary-terms',
    operation: 'update',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const term = await p.create({
        collection: 'glossary-terms',
        data: { term: `SENCO ${r}`, definition: 'The teacher who coordinates SEN support.' },
      })
      await p.update({
        collection: 'glossary-terms',
        id: term.id,
        data: { definition: 'Changed.' },
        ...as(r),
      })
    },
  },
  {
    collection: 'glossary-terms',
    operation: 'delete',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const term = await p.create({
        collection: 'glossary-terms',
        data: { term: `Portage ${r}`, definition: 'Home visiting for young children.' },
      })
      await p.delete({ collection: 'glossary-terms', id: term.id, ...as(r) })
    },
  },

  // Localities (issue 12 item 2): officers manage them; everyone reads them (the site's filter
  // and the Open Referral feed); a provider never changes one.
  {
    collection: 'localities',
    operation: 'read',
    allowed: ROLES,
    run: (p, r) => p.find({ collection: 'localities', ...as(r) }),
  },
  {
    collection: 'localities',
    operation: 'create',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.create({ collection: 'localities', data: { name: `Area made by ${r}` }, ...as(r) }),
  },
  {
    collection: 'localities',
    operation: 'update',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const locality = await p.create({
        collection: 'localities',
        data: { name: `Area changed by ${r}` },
      })
      await p.update({
        collection: 'localities',
        id: locality.id,
        data: { name: `Area renamed by ${r}` },
        ...as(r),
      })
    },
  },
  {
    collection: 'localities',
    operation: 'delete',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const locality = await p.create({
        collection: 'localities',
        data: { name: `Area removed by ${r}` },
      })
      await p.delete({ collection: 'localities', id: locality.id, ...as(r) })
    },
  },

  // Vocabularies (issue 12 item 2): sub-categories, venue accessibility features and languages.
  // Officers manage them; everyone reads them (the site, the admin's pickers, the Open Referral
  // API); a provider only picks existing terms.
  ...(
    [
      ['sub-categories', { category: 'health' }],
      ['venue-features', {}],
      ['service-languages', { code: 'cy' }],
    ] as const
  ).flatMap(([collection, extra]): Case[] => [
    {
      collection,
      operation: 'read',
      allowed: ROLES,
      run: (p, r) => p.find({ collection, ...as(r) }),
    },
    {
      collection,
      operation: 'create',
      allowed: ['officer', 'admin'],
      run: (p, r) =>
        p.create({ collection, data: { label: `Term made by ${r}`, ...extra }, ...as(r) }),
    },
    {
      collection,
      operation: 'update',
      allowed: ['officer', 'admin'],
      run: async (p, r) => {
        const term = await p.create({
          collection,
          data: { label: `Term changed by ${r}`, ...extra },
        })
        await p.update({
          collection,
          id: term.id,
          data: { label: `Term relabelled by ${r}` },
          ...as(r),
        })
      },
    },
    {
      collection,
      operation: 'delete',
      allowed: ['officer', 'admin'],
      run: async (p, r) => {
        const term = await p.create({
          collection,
          data: { label: `Term removed by ${r}`, ...extra },
        })
        await p.delete({ collection, id: term.id, ...as(r) })
      },
    },
  ]),

  // Media
  {
    collection: 'media',
    operation: 'read',
    allowed: ROLES,
    run: (p, r) => p.findByID({ collection: 'media', id: mediaLA.id, ...as(r) }),
  },
  {
    collection: 'media',
    operation: 'upload',
    allowed: ['providerA', 'officer', 'admin'],
    run: async (p, r) =>
      p.create({
        collection: 'media',
        data: { alt: 'A ramp up to the main door' },
        file: await pngFile(200, 200, `ramp-${r}.png`),
        ...as(r),
      }),
  },
  {
    collection: 'media',
    operation: 'update own organisation’s image',
    allowed: ['providerA', 'officer', 'admin'],
    run: (p, r) =>
      p.update({
        collection: 'media',
        id: mediaA.id,
        data: { alt: `The front entrance, seen by ${r}` },
        ...as(r),
      }),
  },
  {
    collection: 'media',
    operation: 'update an LA image',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.update({
        collection: 'media',
        id: mediaLA.id,
        data: { alt: `Civic centre reception, seen by ${r}` },
        ...as(r),
      }),
  },
  {
    collection: 'media',
    operation: 'delete an LA image',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const media = await p.create({
        collection: 'media',
        data: { alt: 'A quiet room with beanbags' },
        file: await pngFile(100, 100, `quiet-${r}.png`),
      })
      await p.delete({ collection: 'media', id: media.id, ...as(r) })
    },
  },

  // Users
  {
    collection: 'users',
    operation: 'read own account',
    allowed: ['providerA', 'officer', 'admin'],
    run: (p, r) =>
      p.findByID({ collection: 'users', id: userFor(r)?.id ?? world.providerA.id, ...as(r) }),
  },
  {
    collection: 'users',
    operation: 'read another provider’s account',
    allowed: ['officer', 'admin'],
    run: (p, r) => p.findByID({ collection: 'users', id: world.providerB.id, ...as(r) }),
  },
  {
    collection: 'users',
    operation: 'create',
    allowed: ['admin'],
    run: (p, r) =>
      p.create({
        collection: 'users',
        data: {
          name: 'New officer',
          email: `new-${r}@westbridge.example.gov.uk`,
          password: 'a long passphrase here',
          role: 'officer',
        },
        ...as(r),
      }),
  },
  {
    collection: 'users',
    operation: 'update own name',
    allowed: ['providerA', 'officer', 'admin'],
    run: (p, r) =>
      p.update({
        collection: 'users',
        id: userFor(r)?.id ?? world.providerA.id,
        data: { name: `Renamed ${r}` },
        ...as(r),
      }),
  },
  {
    collection: 'users',
    operation: 'update another user',
    allowed: ['admin'],
    run: (p, r) =>
      p.update({
        collection: 'users',
        id: world.providerB.id,
        data: { name: `Renamed by ${r}` },
        ...as(r),
      }),
  },
  {
    collection: 'users',
    operation: 'delete',
    allowed: ['admin'],
    run: async (p, r) => {
      const user = await p.create({
        collection: 'users',
        data: {
          name: 'Leaver',
          email: `leaver-${r}@example.org.uk`,
          password: 'a long passphrase here',
          role: 'officer',
        },
      })
      await p.delete({ collection: 'users', id: user.id, ...as(r) })
    },
  },
  // Comment retention (a global): the site's privacy notice reads it; staff set it.
  {
    collection: 'comment-retention',
    operation: 'read',
    allowed: ROLES,
    run: (p, r) => p.findGlobal({ slug: 'comment-retention', ...as(r) }),
  },
  {
    collection: 'comment-retention',
    operation: 'update',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.updateGlobal({
        slug: 'comment-retention',
        data: { monthsAfterReport: 12, monthsWithoutReport: 24 },
        ...as(r),
      }),
  },
  // Problem reports ("Report a problem with this page"): staff only; nobody creates one through
  // the API (only the public endpoint does, with access overridden).
  {
    collection: 'problem-reports',
    operation: 'read',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const report = await problemReport(p)
      await p.findByID({ collection: 'problem-reports', id: report.id, ...as(r) })
    },
  },
  {
    collection: 'problem-reports',
    operation: 'list',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      await problemReport(p)
      const { totalDocs } = await p.find({ collection: 'problem-reports', ...as(r) })
      if (totalDocs === 0) throw hidden()
    },
  },
  {
    collection: 'problem-reports',
    operation: 'create through the API',
    allowed: [],
    run: (p, r) =>
      p.create({
        collection: 'problem-reports',
        data: { listing: world.publishedA.id, problem: 'out-of-date', status: 'open' },
        ...as(r),
      }),
  },
  {
    collection: 'problem-reports',
    operation: 'mark resolved',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const report = await problemReport(p)
      await p.update({
        collection: 'problem-reports',
        id: report.id,
        data: { status: 'resolved' },
        ...as(r),
      })
    },
  },
  {
    collection: 'problem-reports',
    operation: 'delete',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const report = await problemReport(p)
      await p.delete({ collection: 'problem-reports', id: report.id, ...as(r) })
    },
  },
  // Imported records to sort (Open Referral importer): staff only; only the importer creates
  // one (access overridden) and only the sorting endpoints change one.
  {
    collection: 'import-sorting',
    operation: 'read',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const held = await heldRecord(p)
      await p.findByID({ collection: 'import-sorting', id: held.id, ...as(r) })
    },
  },
  {
    collection: 'import-sorting',
    operation: 'list',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      await heldRecord(p)
      const { totalDocs } = await p.find({ collection: 'import-sorting', ...as(r) })
      if (totalDocs === 0) throw hidden()
    },
  },
  {
    collection: 'import-sorting',
    operation: 'create through the API',
    allowed: [],
    run: (p, r) =>
      p.create({
        collection: 'import-sorting',
        data: {
          openReferralId: randomUUID(),
          name: 'Made up',
          importedAt: new Date().toISOString(),
          status: 'waiting',
          record: {},
        },
        ...as(r),
      }),
  },
  {
    collection: 'import-sorting',
    operation: 'update through the API',
    allowed: [],
    run: async (p, r) => {
      const held = await heldRecord(p)
      await p.update({
        collection: 'import-sorting',
        id: held.id,
        data: { status: 'dismissed' },
        ...as(r),
      })
    },
  },
  {
    collection: 'import-sorting',
    operation: 'delete',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const held = await heldRecord(p)
      await p.delete({ collection: 'import-sorting', id: held.id, ...as(r) })
    },
  },
  // Council settings (a global): the site shows every field, so anyone reads; staff set it.
  {
    collection: 'council-settings',
    operation: 'read',
    allowed: ROLES,
    run: (p, r) => p.findGlobal({ slug: 'council-settings', ...as(r) }),
  },
  {
    collection: 'council-settings',
    operation: 'update',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.updateGlobal({
        slug: 'council-settings',
        data: validCouncilSettings({ shortName: `Testshire (${r})` }),
        ...as(r),
      }),
  },
  // The tick that a quote identifies nobody is a comment update: staff only.
  {
    collection: 'comments',
    operation: 'tick a quote as checked',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const comment = await p.create({
        collection: 'comments',
        data: {
          comment: `A comment ticked by ${r}.`,
          respondent: 'parent-carer',
          topic: 'general',
          status: 'new',
        },
      })
      await p.update({
        collection: 'comments',
        id: comment.id,
        data: { quoteChecked: true },
        ...as(r),
      })
    },
  },
  // Searches that found nothing (issue 15 item 5): written only by the beacon endpoint.
  {
    collection: 'search-misses',
    operation: 'read the counts',
    allowed: ['officer', 'admin'],
    run: (p, r) => p.findByID({ collection: 'search-misses', id: searchMissId, ...as(r) }),
  },
  {
    collection: 'search-misses',
    operation: 'create a count',
    allowed: [],
    run: (p, r) =>
      p.create({
        collection: 'search-misses',
        data: { term: 'made up', locale: 'en', day: '2026-06-02', count: 99 },
        ...as(r),
      }),
  },
  {
    collection: 'search-misses',
    operation: 'change a count',
    allowed: [],
    run: (p, r) =>
      p.update({ collection: 'search-misses', id: searchMissId, data: { count: 1 }, ...as(r) }),
  },
  {
    collection: 'search-misses',
    operation: 'delete a count',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const spare = await p.create({
        collection: 'search-misses',
        data: { term: `spare ${r}`, locale: 'pl', day: '2026-06-03', count: 1 },
      })
      await p.delete({ collection: 'search-misses', id: spare.id, ...as(r) })
    },
  },
  // "You said, we did" reports with the Local Offer's counts (issue 15 item 5): taking counts is
  // a save of a report, so only staff can do it; a draft's counts are seen by staff only.
  {
    collection: 'feedback-reports',
    operation: 'create a report with counts taken',
    allowed: ['officer', 'admin'],
    run: (p, r) =>
      p.create({
        collection: 'feedback-reports',
        draft: true,
        data: {
          year: `${2040 + ROLES.indexOf(r)}-${41 + ROLES.indexOf(r)}`,
          title: `Counts by ${r}`,
          _status: 'draft',
          localOfferCounts: [{ rows: 'category', columns: 'need' }],
        },
        ...as(r),
      }),
  },
  {
    collection: 'feedback-reports',
    operation: 'take a report’s counts again',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const report = await p.findByID({
        collection: 'feedback-reports',
        id: countedReportId,
        draft: true,
      })
      const [row] = report.localOfferCounts ?? []
      await p.update({
        collection: 'feedback-reports',
        id: countedReportId,
        draft: true,
        data: { localOfferCounts: [{ ...row!, countAgain: true }] },
        ...as(r),
      })
    },
  },
  {
    collection: 'feedback-reports',
    operation: 'read a draft report’s counts',
    allowed: ['officer', 'admin'],
    run: async (p, r) => {
      const report = await p.findByID({
        collection: 'feedback-reports',
        id: countedReportId,
        draft: true,
        ...as(r),
      })
      if (!report.localOfferCounts?.[0]?.counts) throw hidden()
    },
  },
]

describe.each(ROLES)('as %s', (role) => {
  it.each(cases.map((c) => ({ ...c, expected: c.allowed.includes(role) })))(
    '$collection: $operation → allowed: $expected',
    async ({ run, expected }) => {
      const outcome = run(t.payload, role)
      if (expected) await expect(outcome).resolves.not.toThrow()
      // Denied means refused (403) or not found for this user (404), never a validation error.
      else
        await expect(outcome).rejects.toMatchObject({
          status: expect.toSatisfy((s: number) => s === 403 || s === 404),
        })
    },
  )
})

describe('personal data request endpoints (find, export, erase a person’s comments)', () => {
  // Signed out: 401 (sign in); a provider: 403; staff: allowed.
  const expected: Record<Role, number> = {
    anonymous: 401,
    providerA: 403,
    officer: 200,
    admin: 200,
  }
  const requests: Array<ApiRequest & { staffStatus?: number }> = [
    { path: '/comments/personal-data?name=Nobody' },
    { path: '/comments/personal-data/export?name=Nobody&format=json' },
    // Nothing matches, so staff are told nothing was erased (409), after passing the access check.
    {
      path: '/comments/personal-data/erase',
      ...jsonPost({ name: 'Nobody', reference: 'ACCESS-TEST' }),
      staffStatus: 409,
    },
  ]
  it.each(ROLES.flatMap((role) => requests.map((request) => ({ role, ...request }))))(
    '$role: $path',
    async ({ role, staffStatus, ...request }) => {
      const response = await apiFor(t)({ ...request, as: userFor(role) })
      const wanted = expected[role] === 200 ? (staffStatus ?? 200) : expected[role]
      expect(response.status).toBe(wanted)
    },
  )
})

describe('listing spreadsheet endpoints (export, template, preview, import)', () => {
  // Signed out: 401 (sign in); a provider, even for its own listings: 403; staff: allowed.
  const expected: Record<Role, number> = {
    anonymous: 401,
    providerA: 403,
    officer: 200,
    admin: 200,
  }
  // The world exists only once the tests run, so bodies are made then.
  const csv = () => `id,summary\n${world.publishedA.id},Changed by a spreadsheet\n`
  const requests: Array<{ path: string; body?: () => unknown; staffStatus?: number }> = [
    { path: '/services/spreadsheet/export?locale=en' },
    { path: '/services/spreadsheet/export?locale=ar' },
    { path: '/services/spreadsheet/template' },
    { path: '/services/spreadsheet/preview', body: () => ({ csv: csv() }) },
    // A token that matches no preview: staff pass the access check and are told to check again.
    {
      path: '/services/spreadsheet/import',
      body: () => ({ csv: csv(), token: 'not-a-preview' }),
      staffStatus: 409,
    },
  ]
  it.each(ROLES.flatMap((role) => requests.map((request) => ({ role, ...request }))))(
    '$role: $path',
    async ({ role, staffStatus, path, body }) => {
      const before = await t.payload.findByID({
        collection: 'services',
        id: world.publishedA.id,
        draft: true,
        overrideAccess: true,
      })
      const request = body ? { path, ...jsonPost(body()) } : { path }
      const response = await apiFor(t)({ ...request, as: userFor(role) })
      const wanted = expected[role] === 200 ? (staffStatus ?? 200) : expected[role]
      expect(response.status).toBe(wanted)
      // Nothing a refused or unconfirmed request sends is written.
      const after = await t.payload.findByID({
        collection: 'services',
        id: world.publishedA.id,
        draft: true,
        overrideAccess: true,
      })
      expect(after.summary).toBe(before.summary)
    },
  )
})

describe('the sorting endpoints for imported records (classify, dismiss)', () => {
  // Signed out: 401 (sign in); a provider: 403; staff pass the access check and are told what
  // is missing (a category; a reason), so nothing is written by any of these requests.
  const expected: Record<Role, number> = {
    anonymous: 401,
    providerA: 403,
    officer: 400,
    admin: 400,
  }
  const requests = [
    { action: 'classify', body: { category: 'not-a-category' } },
    { action: 'dismiss', body: { reason: '' } },
  ]
  it.each(ROLES.flatMap((role) => requests.map((request) => ({ role, ...request }))))(
    '$role: POST /import-sorting/:id/$action',
    async ({ role, action, body }) => {
      const held = await heldRecord(t.payload)
      const response = await apiFor(t)({
        path: `/import-sorting/${held.id}/${action}`,
        ...jsonPost(body),
        as: userFor(role),
      })
      expect(response.status).toBe(expected[role])
      const after = await t.payload.findByID({
        collection: 'import-sorting',
        id: held.id,
        overrideAccess: true,
      })
      expect(after).toMatchObject({ status: 'waiting', listing: null, decidedBy: null })
    },
  )

  it('anonymous and providers cannot list held records over REST', async () => {
    await heldRecord(t.payload)
    for (const role of ['anonymous', 'providerA'] as const) {
      const response = await apiFor(t)({ path: '/import-sorting', as: userFor(role) })
      expect(response.status).toBe(403)
    }
  })
})

describe('the Local Offer gaps CSV and the search-miss beacon (issue 15 item 5)', () => {
  const csvStatus: Record<Role, number> = {
    anonymous: 401,
    providerA: 403,
    officer: 200,
    admin: 200,
  }
  it.each(ROLES)('%s: GET /local-offer-gaps/csv', async (role) => {
    const response = await apiFor(t)({
      path: '/local-offer-gaps/csv?rows=need&columns=age',
      as: userFor(role),
    })
    expect(response.status).toBe(csvStatus[role])
  })

  it.each(ROLES)('%s: POST /search-misses/record is counted for anyone (204)', async (role) => {
    const response = await apiFor(t)({
      path: '/search-misses/record',
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ q: `access matrix ${role}`, locale: 'en' }),
      as: userFor(role),
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('set-cookie')).toBeNull()
  })
})

describe('the problem-report endpoint (public, like the comment form)', () => {
  // Anyone may report a problem with a live listing; nobody, signed in or not, can report one on
  // a draft (it is not on the site), and no role can read reports back through it.
  it.each(ROLES)('%s: a live listing is accepted, a draft is refused as unknown', async (role) => {
    const api = apiFor(t)
    const headers = { 'X-Forwarded-For': `192.0.2.${ROLES.indexOf(role) + 1}` }
    const live = await api({
      path: '/problem-reports/submit',
      ...jsonPost({ listing: String(world.publishedA.slug), problem: 'out-of-date' }, headers),
      as: userFor(role),
    })
    expect(live.status).toBe(201)
    const draft = await api({
      path: '/problem-reports/submit',
      ...jsonPost({ listing: String(world.draftA.slug), problem: 'out-of-date' }, headers),
      as: userFor(role),
    })
    expect(draft.status).toBe(400)
  })

  it('anonymous and providers cannot list reports over REST', async () => {
    for (const role of ['anonymous', 'providerA'] as const) {
      const response = await apiFor(t)({ path: '/problem-reports', as: userFor(role) })
      expect(response.status).toBe(403)
    }
  })
})

describe('a listing’s status endpoint (GET /api/services/:id/status)', () => {
  // Signed out: 401; a provider: its own organisation's listings only (another's is 404, as if
  // it did not exist); staff: every listing.
  const expected: Record<Role, { own: number; other: number }> = {
    anonymous: { own: 401, other: 401 },
    providerA: { own: 200, other: 404 },
    officer: { own: 200, other: 200 },
    admin: { own: 200, other: 200 },
  }
  it.each(ROLES)('%s', async (role) => {
    const api = apiFor(t)
    const own = await api({ path: `/services/${world.draftA.id}/status`, as: userFor(role) })
    const other = await api({ path: `/services/${world.draftB.id}/status`, as: userFor(role) })
    expect({ own: own.status, other: other.status }).toEqual(expected[role])
    if (own.status === 200) {
      const body = (await own.json()) as { status: { kind: string } }
      expect(body.status.kind).toBe('draft')
    }
  })
})

describe('the comment-retention global, as the site’s build reads it', () => {
  it('answers anyone over REST with the retention periods and nothing else of substance', async () => {
    const response = await apiFor(t)({ path: '/globals/comment-retention?depth=0' })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, unknown>
    expect(body.monthsAfterReport).toEqual(expect.any(Number))
    expect(body.monthsWithoutReport).toEqual(expect.any(Number))
    // Anything added to this global is public too: give it field access before adding it here.
    const bookkeeping = ['id', 'globalType', 'createdAt', 'updatedAt']
    expect(
      Object.keys(body)
        .filter((key) => !bookkeeping.includes(key))
        .sort(),
    ).toEqual(['monthsAfterReport', 'monthsWithoutReport'])
  })
})

describe('the council-settings global, as the site’s build reads it', () => {
  it('answers anyone over REST with what the site shows, and nothing more', async () => {
    await t.payload.updateGlobal({ slug: 'council-settings', data: validCouncilSettings() })
    const response = await apiFor(t)({ path: '/globals/council-settings?depth=0&locale=all' })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, unknown>
    expect(body.councilName).toMatchObject({ en: 'Testshire County Council' })
    // Every field here is public: give a field its own read access before adding anything private.
    const shown = [
      'accessibility',
      'addresses',
      'brandColour',
      'contact',
      'councilName',
      'examplePostcode',
      'favicon',
      'footerLinks',
      'footerNote',
      'logo',
      'sendiass',
      'shortName',
    ]
    const bookkeeping = ['id', 'globalType', 'createdAt', 'updatedAt']
    expect(Object.keys(body).filter((key) => ![...shown, ...bookkeeping].includes(key))).toEqual([])
  })
})

describe('lists show each role only what it may see', () => {
  const idsFor = async (role: Role, draft = false) =>
    (await t.payload.find({ collection: 'services', limit: 0, draft, ...as(role) })).docs.map((d) =>
      String(d.id),
    )

  it('anonymous visitors see published listings only, and no drafts', async () => {
    const ids = await idsFor('anonymous')
    expect(ids).toContain(String(world.publishedA.id))
    expect(ids).toContain(String(world.publishedB.id))
    expect(ids).not.toContain(String(world.draftA.id))
    expect(ids).not.toContain(String(world.draftB.id))
  })

  it('a provider sees only its own organisation’s listings, drafts included', async () => {
    const docs = (
      await t.payload.find({ collection: 'services', limit: 0, draft: true, ...as('providerA') })
    ).docs
    expect(docs.length).toBeGreaterThan(0)
    expect(
      docs.every(
        (d) =>
          String(typeof d.organisation === 'object' ? d.organisation.id : d.organisation) ===
          String(world.orgA.id),
      ),
    ).toBe(true)
    expect(docs.map((d) => String(d.id))).toContain(String(world.draftA.id))
  })

  it('a provider never sees other organisations’ users', async () => {
    const users = await t.payload.find({ collection: 'users', limit: 0, ...as('providerA') })
    expect(users.docs.map((u) => String(u.id))).toEqual([String(world.providerA.id)])
  })

  it('officers see every listing, drafts included', async () => {
    const ids = await idsFor('officer', true)
    for (const doc of [world.publishedA, world.draftA, world.publishedB, world.draftB]) {
      expect(ids).toContain(String(doc.id))
    }
  })

  it('a provider cannot make themselves an administrator or change organisation', async () => {
    const updated = await t.payload.update({
      collection: 'users',
      id: world.providerA.id,
      data: { role: 'admin', organisation: world.orgB.id },
      ...as('providerA'),
    })
    expect(updated.role).toBe('provider')
    const orgId =
      typeof updated.organisation === 'object' ? updated.organisation?.id : updated.organisation
    expect(String(orgId)).toBe(String(world.orgA.id))
  })

  it('the draft a provider saves does not change the published listing', async () => {
    await t.payload.update({
      collection: 'services',
      id: world.publishedA.id,
      data: { name: 'Name proposed by the provider' },
      draft: true,
      ...as('providerA'),
    })
    const live = await t.payload.findByID({
      collection: 'services',
      id: world.publishedA.id,
      ...as('anonymous'),
    })
    expect(live.name).toBe(world.publishedA.name)
  })
})

describe('providers joining: invitations and account requests (issue 12 item 4)', () => {
  // Only staff invite; a provider can never invite or make an account, for any organisation.
  const inviteStatus: Record<Role, number> = {
    anonymous: 401,
    providerA: 403,
    officer: 201,
    admin: 201,
  }
  it.each(ROLES)('%s: POST /users/invite for another organisation', async (role) => {
    const email = `invited-by-${role}@eastfield.example.org.uk`
    const response = await apiFor(t)({
      path: '/users/invite',
      ...jsonPost({ organisation: world.orgB.id, name: `Invited by ${role}`, email }),
      as: userFor(role),
    })
    expect(response.status).toBe(inviteStatus[role])
    const made = await t.payload.count({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
    expect(made.totalDocs).toBe(inviteStatus[role] === 201 ? 1 : 0)
  })

  it('a provider cannot invite for their own organisation either, nor make a user directly', async () => {
    const own = await apiFor(t)({
      path: '/users/invite',
      ...jsonPost({ organisation: world.orgA.id, name: 'Colleague', email: 'colleague@a.example' }),
      as: world.providerA,
    })
    expect(own.status).toBe(403)
    await expect(
      t.payload.create({
        collection: 'users',
        data: {
          name: 'Made by a provider',
          email: 'made-by-provider@b.example',
          password: 'a password nobody uses',
          role: 'provider',
          organisation: world.orgB.id,
        },
        ...as('providerA'),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it.each(['anonymous', 'providerA'] as const)(
    '%s: cannot send an invitation again',
    async (role) => {
      const response = await apiFor(t)({
        path: `/users/${world.providerB.id}/resend-invitation`,
        method: 'POST',
        as: userFor(role),
      })
      expect(response.status).toBe(role === 'anonymous' ? 401 : 403)
    },
  )

  it('nobody sets the invitation fields through the API, not even an administrator', async () => {
    const updated = await t.payload.update({
      collection: 'users',
      id: world.providerA.id,
      data: { invitationStatus: 'invited', invitedAt: '2026-01-01T00:00:00.000Z' },
      ...as('admin'),
    })
    expect(updated.invitationStatus ?? null).toBeNull()
    expect(updated.invitedAt ?? null).toBeNull()
  })

  const accountRequest = () =>
    t.payload.create({
      collection: 'account-requests',
      data: {
        organisationName: 'Access Matrix Group',
        contactName: 'Matrix Contact',
        email: 'matrix@group.example.org',
        offer: 'Nothing, it is a test.',
        status: 'waiting',
      },
      overrideAccess: true,
    })

  const requestCases: Array<{ operation: string; allowed: Role[]; run: Operation }> = [
    {
      operation: 'list requests',
      allowed: ['officer', 'admin'],
      run: async (p, r) => {
        const request = await accountRequest()
        await p.findByID({ collection: 'account-requests', id: request.id, ...as(r) })
      },
    },
    {
      operation: 'create a request directly (only the public endpoint makes them)',
      allowed: [],
      run: (p, r) =>
        p.create({
          collection: 'account-requests',
          data: {
            organisationName: 'Direct',
            contactName: 'Direct',
            email: 'direct@group.example.org',
            offer: 'Direct',
            status: 'waiting',
          },
          ...as(r),
        }),
    },
    {
      operation: 'decide a request',
      allowed: ['officer', 'admin'],
      run: async (p, r) => {
        const request = await accountRequest()
        await p.update({
          collection: 'account-requests',
          id: request.id,
          data: { status: 'declined', declineReason: 'A test decision.' },
          ...as(r),
        })
      },
    },
    {
      operation: 'delete a request',
      allowed: ['officer', 'admin'],
      run: async (p, r) => {
        const request = await accountRequest()
        await p.delete({ collection: 'account-requests', id: request.id, ...as(r) })
      },
    },
  ]
  describe.each(ROLES)('account-requests as %s', (role) => {
    it.each(requestCases.map((c) => ({ ...c, expected: c.allowed.includes(role) })))(
      '$operation → allowed: $expected',
      async ({ run, expected }) => {
        const outcome = run(t.payload, role)
        if (expected) await expect(outcome).resolves.not.toThrow()
        else
          await expect(outcome).rejects.toMatchObject({
            status: expect.toSatisfy((s: number) => s === 403 || s === 404),
          })
      },
    )
  })

  it.each(ROLES)('%s: the public request endpoint takes a request from anyone', async (role) => {
    const response = await apiFor(t)({
      path: '/account-requests/submit',
      ...jsonPost(
        {
          organisationName: `Asked as ${role}`,
          contactName: 'Asker',
          email: `asker-${role}@group.example.org`,
          offer: 'Sessions.',
        },
        { 'X-Forwarded-For': `203.0.113.${ROLES.indexOf(role) + 1}` },
      ),
      as: userFor(role),
    })
    expect(response.status).toBe(201)
  })

  it('anonymous and providers cannot list requests over REST', async () => {
    for (const role of ['anonymous', 'providerA'] as const) {
      const response = await apiFor(t)({ path: '/account-requests', as: userFor(role) })
      expect(response.status).toBe(403)
    }
  })
})
