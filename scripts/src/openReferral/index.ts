/**
 * Imports an Open Referral UK feed into the CMS.
 *
 *   pnpm --filter @local-offer/scripts import:openreferral -- <url | folder | file> [--dry-run] [--publish]
 *
 * Listings are created or updated by their Open Referral id and saved as drafts for an officer
 * to check in the moderation queue, unless --publish is given. --dry-run writes nothing and says
 * what would happen. Uses DATABASE_URL like the CMS. Exit code: 0 when every record was
 * imported, unchanged or skipped; 2 when some were rejected; 1 when the feed could not be read.
 * See docs/open-referral.md.
 */
import config from '@local-offer/cms/payload.config'
import { closeDatabase } from '@local-offer/cms/database'
import { getPayload } from 'payload'

import { importFeed } from './importFeed.js'
import { readFeed } from './readFeed.js'
import { countOutcomes, formatResult, formatSummary } from './report.js'

const USAGE =
  'Usage: import:openreferral -- <feed URL | folder | JSON file> [--dry-run] [--publish]'

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--')
  const flags = new Set(args.filter((arg) => arg.startsWith('--')))
  const [location, ...extra] = args.filter((arg) => !arg.startsWith('--'))
  const unknown = [...flags].filter((flag) => flag !== '--dry-run' && flag !== '--publish')
  if (!location || extra.length > 0 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `Unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE)
    return 1
  }
  const options = { dryRun: flags.has('--dry-run'), publish: flags.has('--publish') }
  const payload = await getPayload({ config })
  try {
    console.log(
      `Importing the Open Referral UK feed at ${location}` +
        `${options.dryRun ? ' (dry run: nothing will be written)' : ''}; listings ` +
        `${options.publish ? 'are published' : 'are saved as drafts for moderation'}.`,
    )
    const report = await importFeed(payload, readFeed(location), options, (result) =>
      console.log(formatResult(result)),
    )
    console.log(formatSummary(report))
    return countOutcomes(report).rejected > 0 ? 2 : 0
  } finally {
    await closeDatabase(payload)
  }
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
