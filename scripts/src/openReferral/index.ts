/**
 * Imports an Open Referral UK (or HSDS 3.0) feed into the CMS.
 *
 *   pnpm --filter @local-offer/scripts import:openreferral -- <url | folder | file>
 *     [--dry-run] [--publish] [--mapping <file>] [--needs-sorting <file>]
 *
 * Listings are created or updated by their Open Referral id and saved as drafts for an officer
 * to check in the moderation queue, unless --publish is given. --dry-run writes nothing and says
 * exactly what the real run would do (on SQLite it runs on a copy of the database; on PostgreSQL
 * in a transaction it rolls back). --mapping names the officer's mapping of other publishers'
 * terms (default scripts/data/openreferral-mapping.json); records it cannot classify are held
 * in the CMS for an officer to sort ("Imported records to sort"), and also written to a file
 * when --needs-sorting names one (which can be imported again once sorted). Uses DATABASE_URL like the CMS. Exit code: 0 when every record was
 * imported, unchanged or skipped; 2 when some were rejected, need sorting or conflict with a
 * provider's draft; 1 when the feed or the mapping could not be read. See docs/open-referral.md.
 */
import { closeDatabase, defaultSqliteUrl } from '@local-offer/cms/database'
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import { importFeed, type ImportReport } from './importFeed.js'
import { readFeed } from './readFeed.js'
import { countOutcomes, formatResult, formatSummary, needsSortingFile } from './report.js'
import { sqliteFileOf, withSqliteCopy } from './sqliteDryRun.js'
import { DEFAULT_MAPPING_FILE, readVocabularyMapping } from './mappingFile.js'

const USAGE =
  'Usage: import:openreferral -- <feed URL | folder | JSON file> [--dry-run] [--publish] ' +
  '[--mapping <file>] [--needs-sorting <file>]'

async function run(
  databaseUrl: string,
  location: string,
  options: Parameters<typeof importFeed>[2],
): Promise<ImportReport> {
  // The CMS reads DATABASE_URL when its configuration is loaded, so load it after setting it.
  process.env.DATABASE_URL = databaseUrl
  const { default: config } = await import('@local-offer/cms/payload.config')
  const payload = await getPayload({ config })
  try {
    return await importFeed(payload, readFeed(location), options, (result) =>
      console.log(formatResult(result)),
    )
  } finally {
    await closeDatabase(payload)
  }
}

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        publish: { type: 'boolean', default: false },
        mapping: { type: 'string', default: DEFAULT_MAPPING_FILE },
        'needs-sorting': { type: 'string' },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 1
  }
  const [location, ...extra] = parsed.positionals
  if (!location || extra.length > 0) {
    console.error(USAGE)
    return 1
  }
  const dryRun = parsed.values['dry-run']
  const publish = parsed.values.publish
  const mapping = await readVocabularyMapping(parsed.values.mapping)
  const databaseUrl = process.env.DATABASE_URL?.trim() || defaultSqliteUrl(process.env.DATA_DIR)
  console.log(
    `Importing the Open Referral feed at ${location}` +
      `${dryRun ? ' (dry run: nothing will be written)' : ''}; listings ` +
      `${publish ? 'are published' : 'are saved as drafts for moderation'}; terms mapped by ${mapping.source}.`,
  )
  const report =
    dryRun && sqliteFileOf(databaseUrl)
      ? // The real run, on a copy: the same validation, nothing written to the database.
        {
          ...(await withSqliteCopy(databaseUrl, (copy) =>
            run(copy, location, { dryRun: false, publish, mapping }),
          )),
          dryRun: true,
        }
      : await run(databaseUrl, location, { dryRun, publish, mapping })
  console.log(formatSummary(report))
  const counts = countOutcomes(report)
  const file = parsed.values['needs-sorting']
  if (counts['needs sorting'] > 0) {
    console.log(
      `${counts['needs sorting']} records need sorting: ` +
        `${dryRun ? 'the real run holds them' : 'held'} in the CMS for an officer ` +
        '(Imported records to sort), or add their terms to the mapping file and import again.',
    )
  }
  if (file && counts['needs sorting'] > 0 && !dryRun) {
    await writeFile(file, `${JSON.stringify(needsSortingFile(report, location), null, 2)}\n`)
    console.log(`They are also written to ${file} with the reasons.`)
  }
  return counts.rejected + counts['needs sorting'] + counts.conflict > 0 ? 2 : 0
}

main()
  .then((code) => {
    process.exitCode = code
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
  .finally(() => process.exit())
