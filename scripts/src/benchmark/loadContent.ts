/**
 * Loads the benchmark content into the database DATABASE_URL names, through Payload (so the data
 * is what the CMS would store): the demo organisations, pages, glossary and feedback, and
 * `--listings N` generated listings in English, Polish and Arabic. Run as its own process by the
 * benchmark; prints one line `BENCHMARK_LOAD {json}` with what it loaded and how long it took.
 */
import config from '@local-offer/cms/payload.config'
import { closeDatabase, databaseKindOf } from '@local-offer/cms/database'
import { getPayload, type Payload } from 'payload'

import { demoContent } from '../seed/content.js'
import { seed } from '../seed/load.js'
import { generateListings } from './generateListings.js'
import { LOAD_REPORT_PREFIX, type LoadReport } from './loadReport.js'

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

async function main(): Promise<void> {
  const count = Number(process.argv[process.argv.indexOf('--listings') + 1])
  const services = generateListings({ count })
  const payload = await getPayload({ config })
  try {
    await loadFasterIntoThrowawaySqlite(payload)
    const started = Date.now()
    let lastLog = started
    const report = await seed(
      payload,
      { ...demoContent, services },
      {
        password: 'benchmark-only',
        log: (line) => console.log(`  loaded ${line}`),
        onListing: (written, total) => {
          if (Date.now() - lastLog < 10_000 && written !== total) return
          lastLog = Date.now()
          const seconds = (Date.now() - started) / 1000
          console.log(`  ${written}/${total} listings written (${seconds.toFixed(0)} s)`)
        },
      },
    )
    const seconds = (Date.now() - started) / 1000
    const result: LoadReport = {
      listings: report.services,
      seconds,
      listingsPerSecond: report.services / seconds,
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
