import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { mapService } from '../src/loader/mapContent'
import { payloadLoader } from '../src/loader/payloadLoader'
import { rawServiceSchema } from '../src/loader/rawSchemas'
import { rawService } from './fixtures'

/**
 * The services loader as the site builds it, against a CMS held in memory: a build that has the
 * previous build's content cache asks the CMS only for the documents changed since, and stores
 * the same entries as a build that reads everything.
 */

type Doc = Record<string, unknown> & { id: number; updatedAt: string }

interface FakeCms {
  services: Doc[]
  organisations: { updatedAt: string }[]
  media: { updatedAt: string }[]
  /** Every request's path and query, decoded. */
  requests: string[]
}

function fakeCms(): FakeCms {
  return {
    services: [1, 2, 3].map((id) =>
      rawService({ id, slug: `listing-${id}`, updatedAt: `2026-12-0${id}T10:00:00.000Z` }),
    ) as Doc[],
    organisations: [{ updatedAt: '2026-11-01T00:00:00.000Z' }],
    media: [],
    requests: [],
  }
}

/** Answers the REST requests the loader makes, as Payload does. */
function fetchFrom(cms: FakeCms): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = new URL(String(input))
    cms.requests.push(decodeURIComponent(url.pathname + url.search))
    const collection = url.pathname.replace('/api/', '') as 'services' | 'organisations' | 'media'
    const q = url.searchParams
    let docs: Record<string, unknown>[] = [...cms[collection]].map((doc, index) => ({
      id: index + 1,
      ...doc,
    }))
    const ids = q.get('where[id][in]')
    if (ids) docs = docs.filter((doc) => ids.split(',').includes(String(doc.id)))
    const after = q.get('where[id][greater_than]')
    if (after) docs = docs.filter((doc) => Number(doc.id) > Number(after))
    if (q.get('sort') === '-updatedAt') {
      docs.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))
    }
    const total = docs.length
    docs = docs.slice(0, Number(q.get('limit') ?? 10))
    if (q.has('select[updatedAt]')) {
      docs = docs.map(({ id, updatedAt }) => ({ id, updatedAt }))
    }
    return new Response(
      JSON.stringify({
        docs,
        page: 1,
        totalDocs: total,
        totalPages: Math.ceil(total / Number(q.get('limit') ?? 10)) || 1,
      }),
      { headers: { 'Content-Type': 'application/json' } },
    )
  }) as typeof fetch
}

const services = payloadLoader({
  collection: 'services',
  publishedOnly: true,
  depth: 2,
  schema: rawServiceSchema,
  map: mapService,
  requireSome: true,
  reuseUnchanged: { dependsOn: ['organisations', 'media'] },
  cmsUrl: 'http://cms.test',
})

/** Runs the loader once, as one build, and returns what it stored and logged. */
async function build(cms: FakeCms, env: { write: string; previous?: string; full?: boolean }) {
  vi.stubEnv('SITE_CONTENT_CACHE', env.write)
  vi.stubEnv('SITE_PREVIOUS_CONTENT_CACHE', env.previous ?? '')
  vi.stubEnv('SITE_FULL_BUILD', env.full ? '1' : '')
  vi.stubGlobal('fetch', fetchFrom(cms))
  cms.requests.length = 0
  const stored = new Map<string, unknown>()
  const logged: string[] = []
  await services.load({
    store: {
      clear: () => stored.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => {
        stored.set(id, data)
        return true
      },
    },
    logger: {
      info: (line: string) => logged.push(line),
      warn: (line: string) => logged.push(line),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    config: { root: pathToFileURL(path.resolve(__dirname, '..') + '/') },
  } as never)
  return { stored, logged, requests: [...cms.requests] }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'local-offer-content-cache-'))
})
afterEach(async () => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
  await rm(dir, { recursive: true, force: true })
})

const cacheDir = (name: string) => path.join(dir, name)

describe('reading only what changed since the previous build', () => {
  it('fetches the new and changed listings, reuses the rest, and stores what a full read stores', async () => {
    const cms = fakeCms()
    const first = await build(cms, { write: cacheDir('one') })
    expect(first.logged.join('\n')).toContain('3 services from http://cms.test (every one read')

    // Listing 2 changes, listing 3 is withdrawn, listing 4 is new.
    cms.services[1] = {
      ...cms.services[1]!,
      summary: { en: 'Changed.' },
      updatedAt: '2026-12-05T09:00:00.000Z',
    }
    cms.services.splice(2, 1)
    cms.services.push(
      rawService({ id: 4, slug: 'listing-4', updatedAt: '2026-12-05T09:30:00.000Z' }) as Doc,
    )
    cms.services = cms.services.map((doc, index) => ({ ...doc, id: index + 1 }))
    // (The fake numbers documents by position, so the new one is id 3 after the withdrawal.)

    const second = await build(cms, { write: cacheDir('two'), previous: cacheDir('one') })
    expect(second.logged.join('\n')).toContain(
      '3 services from http://cms.test (2 new or changed of 3 read from the CMS, the rest reused',
    )
    const fullReads = second.requests.filter((r) => r.includes('locale=all'))
    expect(fullReads).toHaveLength(1)
    expect(fullReads[0]).toContain('where[id][in]=2,3')

    const full = await build(cms, { write: cacheDir('full') })
    expect([...second.stored]).toEqual([...full.stored])
    const changed = [...second.stored.values()].find(
      (entry) => (entry as { slug: string }).slug === 'listing-2',
    )
    expect(JSON.stringify(changed)).toContain('Changed.')
    expect(second.stored.size).toBe(3)
  })

  it('reads every listing when an organisation changed (listings show their organisation)', async () => {
    const cms = fakeCms()
    await build(cms, { write: cacheDir('one') })
    cms.organisations[0] = { updatedAt: '2026-12-05T00:00:00.000Z' }
    const second = await build(cms, { write: cacheDir('two'), previous: cacheDir('one') })
    expect(second.logged.join('\n')).toContain('(every one read from the CMS)')
  })

  it('reads every listing when a full build is asked for', async () => {
    const cms = fakeCms()
    await build(cms, { write: cacheDir('one') })
    const second = await build(cms, {
      write: cacheDir('two'),
      previous: cacheDir('one'),
      full: true,
    })
    expect(second.logged.join('\n')).toContain('(every one read from the CMS)')
  })

  it('always fetches a listing whose text links to another document', async () => {
    const cms = fakeCms()
    const linked = structuredClone(cms.services[0]!) as Doc & { description: { en: unknown } }
    linked.description = {
      en: {
        root: {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [
                {
                  type: 'link',
                  fields: {
                    linkType: 'internal',
                    doc: { relationTo: 'pages', value: { slug: 'x' } },
                  },
                  children: [{ type: 'text', text: 'Our rights page' }],
                },
              ],
            },
          ],
        },
      },
    }
    cms.services[0] = linked
    await build(cms, { write: cacheDir('one') })
    const second = await build(cms, { write: cacheDir('two'), previous: cacheDir('one') })
    expect(second.logged.join('\n')).toContain('1 new or changed of 3 read from the CMS')
    expect(second.requests.find((r) => r.includes('locale=all'))).toContain('where[id][in]=1')
  })
})
