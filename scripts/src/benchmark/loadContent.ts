/**
 * Loads benchmark content into the database DATABASE_URL names, through Payload (so the data is
 * what the CMS would store). Run as its own process by the benchmark, in two steps:
 *
 *   loadContent.ts --base                      the demo organisations, users, pages, glossary
 *                                              and feedback
 *   loadContent.ts --listings N --from A --to B   generated listings A..B-1 of N, in English,
 *                                              Polish and Arabic (several run in parallel)
 *
 * Prints one line `BENCHMARK_LOAD {json}` with what it loaded and how long it took.
 */
import config from '@local-offer/cms/payload.config'
import { plannerStatisticsKeptFresh } from '@local-offer/cms/bulkListings'
import { closeDatabase, databaseKindOf } from '@local-offer/cms/database'
import { readCouncilVocabularies } from '@local-offer/cms/vocabularies'
import { getPayload, type Payload } from 'payload'
import { z } from 'zod'

import { demoContent } from '../seed/content.js'
import { seed, seedMoreListings } from '../seed/load.js'
import { generateListings } from './generateListings.js'
import { LOAD_REPORT_PREFIX, type LoadReport } from './loadReport.js'
import { startMemorySampler } from './memory.js'

const argsSchema = z.union([
  z.object({ base: z.literal(true) }),
  z
    .object({
      listings: z.coerce.number().int().positive(),
      from: z.coerce.number().int().min(0),
      to: z.coerce.number().int().positive(),
    })
    .refine((a) => a.from < a.to && a.to <= a.listings, 'Need 0 ≤ --from < --to ≤ --listings'),
])

function readArgs() {
  const value = (name: string) => {
    const index = process.argv.indexOf(`--${name}`)
    return index === -1 ? undefined : process.argv[index + 1]
  }
  const parsed = argsSchema.safeParse(
    process.argv.includes('--base')
      ? { base: true }
      : { listings: value('listings'), from: value('from'), to: value('to') },
  )
  if (!parsed.success) {
    throw new Error(`Use --base, or --listings N --from A --to B: ${parsed.error.message}`)
  }
  return parsed.data
}

/**
 * Payload's SQLite adapter runs without transactions, so every statement commits on its own and
 * waits for the disk: about 6 ms each, 3 listings a second. For this throwaway database only, the
 * loader lets SQLite skip the waits (the data written is the same; a crash would lose the file,
 * which the benchmark deletes anyway).
 */
async function loadFasterIntoThrowawaySqlite(payload: Payload): Promise<void> {
  if (databaseKindOf(process.env.DATABASE_URL ?? 'file:') !== 'sqlite') return
  const { client } = payload.db as unknown as {
    client: { execute: (sql: string) => Promise<unknown> }
  }
  await client.execute('PRAGMA synchronous = OFF')
  await client.execute('PRAGMA journal_mode = MEMORY')
}

/**
 * Listings written in one transaction with one request object: bounded, so a PostgreSQL
 * transaction (and anything Payload keeps on the request) never holds a whole lane's listings.
 */
const LISTINGS_PER_TRANSACTION = 100

/** A counted progress line at most this often (and at the end). */
const PROGRESS_EVERY_MS = 5_000

async function main(): Promise<void> {
  const args = readArgs()
  const memory = startMemorySampler()
  const payload = await getPayload({ config })
  try {
    await loadFasterIntoThrowawaySqlite(payload)
    const started = Date.now()
    let lastLog = started
    const progress = (written: number, total: number) => {
      memory.sample()
      if (Date.now() - lastLog < PROGRESS_EVERY_MS && written !== total) return
      lastLog = Date.now()
      const seconds = (Date.now() - started) / 1000
      const rss = Math.round(process.memoryUsage.rss() / 1e6)
      console.log(
        `  ${written}/${total} listings written (${seconds.toFixed(0)} s, ` +
          `${(written / seconds).toFixed(1)} a second, RSS ${rss} MB)`,
      )
    }
    let listings = 0
    if ('base' in args) {
      await seed(
        payload,
        {
          ...demoContent,
          services: [],
          // The demo pages name demo listings by key; the generated listings are not those.
          pages: demoContent.pages.map((page) => ({ ...page, relatedServices: [] })),
        },
        { password: 'benchmark-only', log: (line) => console.log(`  loaded ${line}`) },
      )
    } else {
      const services = generateListings({
        count: args.listings,
        vocabularies: await readCouncilVocabularies(payload),
      }).slice(args.from, args.to)
      // The tables grow from nearly empty: without fresh statistics each listing costs more than
      // the last (plannerStatisticsKeptFresh says why).
      const keepStatisticsFresh = plannerStatisticsKeptFresh(payload)
      for (let first = 0; first < services.length; first += LISTINGS_PER_TRANSACTION) {
        const batch = services.slice(first, first + LISTINGS_PER_TRANSACTION)
        await seedMoreListings(payload, demoContent.organisations, batch, {
          onListing: (written) => progress(first + written, services.length),
        })
        await keepStatisticsFresh(first + batch.length)
      }
      listings = services.length
    }
    const seconds = (Date.now() - started) / 1000
    const result: LoadReport = {
      listings,
      seconds,
      listingsPerSecond: listings / seconds,
      memory: memory.stop(),
    }
    console.log(`${LOAD_REPORT_PREFIX}${JSON.stringify(result)}`)
  } finally {
    await closeDatabase(payload)
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exitCode = 1
  })
  .finally(() => process.exit())
