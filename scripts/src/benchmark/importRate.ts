/**
 * Times the Open Referral importer (issue 14 item 4) as a council uses it on its day one: the
 * first `--records` services of a live Open Referral API (the benchmark's own CMS) imported and
 * published into the empty database DATABASE_URL names. Run as its own process by the benchmark:
 *
 *   importRate.ts --feed <API URL> --records N
 *
 * The feed is read first (its time is the API's, not the importer's), then imported; prints one
 * line `BENCHMARK_IMPORT {json}` with how many records went in, how long that took and the
 * importer's memory. The database is not tuned: this is the importer as it runs for real.
 */
import config from '@local-offer/cms/payload.config'
import { closeDatabase } from '@local-offer/cms/database'
import { getPayload } from 'payload'
import { z } from 'zod'

import { importFeed } from '../openReferral/importFeed.js'
import { readFeed, type FeedRecord } from '../openReferral/readFeed.js'
import { IMPORT_REPORT_PREFIX, type ImportRateReport } from './loadReport.js'
import { startMemorySampler } from './memory.js'

const argsSchema = z.object({
  feed: z.url(),
  records: z.coerce.number().int().positive(),
})

function readArgs() {
  const value = (name: string) => {
    const index = process.argv.indexOf(`--${name}`)
    return index === -1 ? undefined : process.argv[index + 1]
  }
  const parsed = argsSchema.safeParse({ feed: value('feed'), records: value('records') })
  if (!parsed.success) throw new Error(`Use --feed <URL> --records N: ${parsed.error.message}`)
  return parsed.data
}

async function main(): Promise<void> {
  const args = readArgs()
  const readStarted = Date.now()
  const records: FeedRecord[] = []
  for await (const record of readFeed(args.feed)) {
    records.push(record)
    if (records.length >= args.records) break
  }
  const readSeconds = (Date.now() - readStarted) / 1000
  console.log(`  read ${records.length} services from ${args.feed} in ${readSeconds.toFixed(1)} s`)

  const payload = await getPayload({ config })
  const memory = startMemorySampler()
  try {
    const started = Date.now()
    let done = 0
    const report = await importFeed(payload, records, { dryRun: false, publish: true }, () => {
      memory.sample()
      if (++done % 500 === 0 || done === records.length) {
        console.log(`  ${done}/${records.length} records imported`)
      }
    })
    const seconds = (Date.now() - started) / 1000
    const created = report.results.filter((r) => r.outcome === 'created').length
    const result: ImportRateReport = {
      records: records.length,
      created,
      writtenTogether: report.writtenTogether,
      seconds,
      recordsPerSecond: records.length / seconds,
      readSeconds,
      memory: memory.stop(),
    }
    console.log(`${IMPORT_REPORT_PREFIX}${JSON.stringify(result)}`)
    if (created !== records.length) {
      throw new Error(
        `Only ${created} of ${records.length} records were created: ${JSON.stringify(report.results.find((r) => r.outcome !== 'created'))}`,
      )
    }
  } finally {
    await closeDatabase(payload)
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
