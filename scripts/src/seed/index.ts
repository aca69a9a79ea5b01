/**
 * Loads the demo Local Offer for the fictional London Borough of Westbridge.
 *
 *   pnpm --filter @local-offer/scripts seed             # fails if the database already has users
 *   pnpm --filter @local-offer/scripts seed --if-empty  # does nothing if it has (used by `npm start`)
 *
 * Uses DATABASE_URL like the CMS (unset: the embedded SQLite file). DEMO_PASSWORD sets the
 * password of every demo account (default: local-offer-demo).
 */
import config from '@local-offer/cms/payload.config'
import { closeDatabase } from '@local-offer/cms/database'
import { getPayload } from 'payload'

import { demoContent } from './content.js'
import { seed, STAFF_ACCOUNTS } from './load.js'

const ifEmpty = process.argv.includes('--if-empty')
const password = process.env.DEMO_PASSWORD?.trim() || 'local-offer-demo'

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  try {
    const existing = await payload.count({ collection: 'users', overrideAccess: true })
    if (existing.totalDocs > 0) {
      if (ifEmpty) {
        console.log('Demo content: the database already has content, so nothing was loaded.')
        return
      }
      throw new Error(
        'The database already has users. The seed only loads into an empty database: ' +
          'delete cms/data/local-offer.db (SQLite) or point DATABASE_URL at an empty database.',
      )
    }
    const started = Date.now()
    const report = await seed(payload, demoContent, {
      password,
      log: (m) => console.log(`  loaded ${m}`),
    })
    console.log(
      `Demo content loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${report.services} listings (${report.published} published, ${report.drafts} drafts, ` +
        `${report.translatedServices} translated), ${report.organisations} organisations, ${report.users} users, ` +
        `${report.pages} pages, ${report.glossaryTerms} glossary terms, ${report.comments} comments ` +
        `and ${report.feedbackReports} "You said, we did" report.`,
    )
    console.log(
      `Sign in with ${STAFF_ACCOUNTS[0].email} (administrator) or ${STAFF_ACCOUNTS[1].email} (officer), password "${password}".`,
    )
  } finally {
    await closeDatabase(payload)
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
  // Everything is written and the database closed: leave now, even if a library left a handle
  // open (a seed run by the browser tests once waited minutes after finishing).
  .finally(() => process.exit())
