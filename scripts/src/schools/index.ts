/**
 * Loads the council's schools from the DfE's "Get Information about Schools" extract into the
 * CMS, where the comment anonymiser reads them (docs/comments-and-response.md).
 *
 *   pnpm --filter @local-offer/scripts import:schools -- <edubase CSV> --la "<LA name>" [--dry-run] [--include-closed]
 *
 * Download the extract from https://get-information-schools.service.gov.uk/Downloads
 * ("Establishment fields", CSV; Open Government Licence v3.0). `--la` is the authority as GIAS
 * names it in its "LA (name)" column. Uses DATABASE_URL like the CMS. Exit code 0 when done,
 * 1 when the file could not be read or the arguments are wrong.
 */
import { readFile } from 'node:fs/promises'

import config from '@local-offer/cms/payload.config'
import { closeDatabase } from '@local-offer/cms/database'
import { getPayload } from 'payload'

import { importSchools } from './importSchools.js'
import { decodeGias, readGias } from './readGias.js'

const USAGE =
  'Usage: import:schools -- <GIAS edubase CSV> --la "<LA name>" [--dry-run] [--include-closed]'

export interface SchoolImportArgs {
  file: string
  la: string
  dryRun: boolean
  includeClosed: boolean
}

/** The command's arguments, or a message saying what is wrong. */
export function parseArgs(argv: readonly string[]): SchoolImportArgs | string {
  const args = argv.filter((arg) => arg !== '--')
  let la: string | undefined
  const files: string[] = []
  const flags = new Set<string>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--la') la = args[++i]
    else if (arg.startsWith('--la=')) la = arg.slice('--la='.length)
    else if (arg.startsWith('--')) flags.add(arg)
    else files.push(arg)
  }
  const unknown = [...flags].filter((f) => f !== '--dry-run' && f !== '--include-closed')
  if (unknown.length > 0) return `Unknown option ${unknown.join(', ')}\n${USAGE}`
  if (files.length !== 1 || !files[0]) return USAGE
  if (!la?.trim()) return `Say which local authority's schools to load with --la.\n${USAGE}`
  return {
    file: files[0],
    la: la.trim(),
    dryRun: flags.has('--dry-run'),
    includeClosed: flags.has('--include-closed'),
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  if (typeof args === 'string') {
    console.error(args)
    return 1
  }
  const { schools, rows, skipped } = readGias(decodeGias(await readFile(args.file)), args)
  console.log(
    `${args.file}: ${rows} establishments, ${schools.length} in ${args.la}` +
      `${args.includeClosed ? '' : ' (open or about to open)'}, ${skipped} skipped` +
      `${args.dryRun ? '; dry run: nothing will be written' : ''}.`,
  )
  if (schools.length === 0) {
    console.error(`No schools found for "${args.la}": check the name in the "LA (name)" column.`)
    return 1
  }
  const payload = await getPayload({ config })
  try {
    const report = await importSchools(payload, schools, {
      dryRun: args.dryRun,
      onProgress: (done, total) => {
        if (done % 100 === 0 || done === total) console.log(`  ${done} of ${total}`)
      },
    })
    console.log(
      `${args.dryRun ? 'Would create' : 'Created'} ${report.created}, ` +
        `${args.dryRun ? 'would update' : 'updated'} ${report.updated}, unchanged ${report.unchanged}.`,
    )
    return 0
  } finally {
    await closeDatabase(payload)
  }
}

// Run only as a command, not when a test imports parseArgs.
if (process.argv[1]?.endsWith('schools/index.ts')) {
  main()
    .then((code) => {
      process.exitCode = code
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 1
    })
    .finally(() => process.exit())
}
