/**
 * Loads postcode centroids into the CMS, which places venues from them and publishes them for
 * near-me search (docs/postcodes.md).
 *
 *   pnpm --filter @local-offer/scripts import:postcodes -- <CSV> [--dry-run] [--district WB1,WB2 | --la E09000099]
 *
 * The CSV is the ONS Postcode Directory (the big "ONSPD_…_UK.csv", or one of its per-area files
 * under Data/multi_csv) or an OS Code-Point Open file. Choose the council's area with --district
 * (outward codes) or --la (the local authority's GSS code); without either every postcode in the
 * file is loaded. Uses DATABASE_URL like the CMS. Exit code 0 when done, 1 on a bad file or
 * arguments.
 */
import config from '@local-offer/cms/payload.config'
import { closeDatabase } from '@local-offer/cms/database'
import { inTransaction } from '@local-offer/cms/transaction'
import { createLocalReq, getPayload } from 'payload'

import { readPostcodeFile } from './readPostcodes.js'
import { writePostcodes, type PostcodeWriteCounts } from './writePostcodes.js'

const USAGE =
  'Usage: import:postcodes -- <ONSPD or Code-Point Open CSV> [--dry-run] [--district WB1,WB2 | --la <GSS code>]'

export interface PostcodeImportArgs {
  file: string
  dryRun: boolean
  districts: string[]
  la?: string
}

/** The command's arguments, or a message saying what is wrong. */
export function parseArgs(argv: readonly string[]): PostcodeImportArgs | string {
  const args = argv.filter((arg) => arg !== '--')
  const files: string[] = []
  let districts: string[] = []
  let la: string | undefined
  let dryRun = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined]
    if (flag === '--dry-run') dryRun = true
    else if (flag === '--district') {
      districts = (inline ?? args[++i] ?? '')
        .split(',')
        .map((d) => d.trim().toUpperCase())
        .filter(Boolean)
      if (districts.length === 0 || districts.some((d) => !/^[A-Z]{1,2}\d[A-Z\d]?$/.test(d)))
        return `--district takes postcode districts separated by commas, like SW1A,SW1P.\n${USAGE}`
    } else if (flag === '--la') {
      la = (inline ?? args[++i] ?? '').trim().toUpperCase()
      if (!/^[EWSN]\d{8}$/.test(la))
        return `--la takes the local authority's GSS code, like E09000027.\n${USAGE}`
    } else if (arg.startsWith('--')) return `Unknown option ${arg}\n${USAGE}`
    else files.push(arg)
  }
  if (files.length !== 1 || !files[0]) return USAGE
  if (la && districts.length > 0) return `Choose --district or --la, not both.\n${USAGE}`
  return { file: files[0], dryRun, districts, la }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  if (typeof args === 'string') {
    console.error(args)
    return 1
  }
  const payload = await getPayload({ config })
  const totals: PostcodeWriteCounts = { created: 0, updated: 0, unchanged: 0 }
  try {
    const read = await readPostcodeFile(
      args.file,
      { districts: args.districts, la: args.la },
      {
        onBatch: async (batch, format) => {
          // One transaction a batch: a failure keeps the batches before it, never half of one.
          const req = await createLocalReq({ context: { skipSiteRebuild: true } }, payload)
          const counts = await inTransaction(req, () =>
            writePostcodes(payload, batch, {
              source: format === 'ons' ? 'ons' : 'codepoint',
              dryRun: args.dryRun,
              req,
            }),
          )
          totals.created += counts.created
          totals.updated += counts.updated
          totals.unchanged += counts.unchanged
        },
        onProgress: ({ lines, kept }) =>
          console.log(
            `  ${lines.toLocaleString('en-GB')} lines read, ${kept.toLocaleString('en-GB')} in the area`,
          ),
      },
    )
    console.log(
      `${args.file} (${read.format === 'ons' ? 'ONS Postcode Directory' : 'OS Code-Point Open'}): ` +
        `${read.lines} lines, ${read.kept} postcodes in the area, ${read.skipped} skipped` +
        `${args.dryRun ? '; dry run: nothing was written' : ''}.`,
    )
    console.log(
      `${args.dryRun ? 'Would create' : 'Created'} ${totals.created}, ` +
        `${args.dryRun ? 'would update' : 'updated'} ${totals.updated}, unchanged ${totals.unchanged}.`,
    )
    if (read.kept === 0) {
      console.error('No postcodes matched: check --district or --la against the file.')
      return 1
    }
    return 0
  } finally {
    await closeDatabase(payload)
  }
}

// Run only as a command, not when a test imports parseArgs.
if (process.argv[1]?.endsWith('postcodes/index.ts')) {
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
