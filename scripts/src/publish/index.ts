/**
 * pnpm --filter @local-offer/scripts publish-site [--full] [--rollback] [--report-file result.json]
 *
 * Builds the public site from the CMS into a fresh release, verifies it and makes it live;
 * `--rollback` serves the previous release again. Exits 0 on success, 1 with one plain reason
 * on failure (the live site is then unchanged). A publish reuses the live release's pages for
 * listings that did not change unless `--full` is given (docs/publishing.md). `--report-file` writes the outcome as JSON for
 * the CMS's build runner. Settings: docs/publishing.md.
 */
import { rename, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { formatPublishReport, type PublishReport } from '@local-offer/shared/publishReport'

import { publishSettingsFromEnv } from './settings.js'
import { publishSite, rollBackSite } from './publishSite.js'

/** Writes the report the CMS's build runner reads (its shape: shared/src/publishReport.ts). */
async function writeReport(file: string | undefined, report: PublishReport): Promise<void> {
  if (!file) return
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, formatPublishReport(report))
  await rename(temporary, file)
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      rollback: { type: 'boolean', default: false },
      'report-file': { type: 'string' },
      verbose: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  })
  const reportFile = values['report-file']
  let settings
  try {
    settings = publishSettingsFromEnv()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.error(`✖ ${reason}`)
    await writeReport(reportFile, {
      ok: false,
      action: values.rollback ? 'rollback' : 'publish',
      reason,
    })
    return 1
  }

  if (values.rollback) {
    const outcome = await rollBackSite(settings.releasesDir)
    await writeReport(reportFile, { action: 'rollback', ...outcome })
    if (!outcome.ok) {
      console.error(`✖ ${outcome.reason}`)
      return 1
    }
    console.log(`✔ The live site is ${outcome.live} again (${outcome.previous} kept as previous).`)
    return 0
  }

  console.log(`Publishing the public site to ${settings.releasesDir}`)
  const result = await publishSite({
    ...settings,
    log: values.verbose ? (line) => console.log(line) : undefined,
    full: values.full,
  })
  await writeReport(reportFile, { action: 'publish', ...result })
  if (!result.ok) {
    console.error(`✖ Not published: ${result.reason}`)
    console.error('  The live site was not changed.')
    return 1
  }
  const update = result.searchIndexUpdate
  console.log(
    `✔ Published ${result.release}: ${result.pages} pages, live after ${result.liveSeconds.toFixed(1)} s` +
      (update?.ok ? `, with their own search index after ${result.seconds.toFixed(1)} s.` : '.') +
      (result.previous ? ` The previous release (${result.previous}) is kept for --rollback.` : ''),
  )
  if (update && !update.ok) {
    console.log(
      `  Its search index is the earlier release's: ${update.reason ?? 'it could not be made'}`,
    )
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
