/** The benchmark's command-line options, checked with messages that say what to fix. */
import { parseArgs } from 'node:util'

import { z } from 'zod'

export const DATABASES = ['sqlite', 'postgres'] as const
export type BenchmarkDatabase = (typeof DATABASES)[number]

const optionsSchema = z.object({
  listings: z.coerce
    .number({ error: '--listings must be a number, e.g. --listings 1000' })
    .int('--listings must be a whole number')
    .min(10, '--listings must be at least 10 (one listing per category)'),
  database: z
    .enum(['sqlite', 'postgres', 'both'], {
      error: '--database must be sqlite, postgres or both',
    })
    .transform((value): BenchmarkDatabase[] => (value === 'both' ? [...DATABASES] : [value])),
  keep: z.boolean(),
  report: z.string().min(1).optional(),
  postgresUrl: z
    .string()
    .regex(
      /^postgres(ql)?:\/\/[^/]+\/?$/,
      '--postgres-url is the server only, e.g. postgres://postgres@127.0.0.1:5432',
    ),
  firstPort: z.coerce.number().int().min(1024).max(65_530),
  requests: z.coerce.number().int().min(20, '--requests must be at least 20'),
  siteDir: z.string().min(1).optional(),
  loadWorkers: z.coerce.number().int().min(1).max(8, '--load-workers is at most 8'),
  skipSite: z.boolean(),
  searchSite: z.string().min(1).optional(),
  databasePrefix: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,30}$/, '--database-prefix is lower-case letters, digits and _'),
  replicate: z.coerce.number().int().min(0).max(99, '--replicate is at most 99'),
  databaseUrl: z
    .string()
    .regex(
      /^(postgres(ql)?:\/\/|file:)/,
      '--database-url is a postgres:// or file: URL of a database the benchmark loaded and kept',
    )
    .optional(),
  uploads: z.string().min(1).optional(),
  importRecords: z.coerce.number().int().min(0),
})

export type BenchmarkOptions = z.infer<typeof optionsSchema>

export const USAGE = `Usage: pnpm --filter @local-offer/scripts benchmark -- [options]
  --listings N          listings to generate (default 10000)
  --database D          sqlite, postgres or both (default sqlite)
  --keep                keep the throwaway databases and built sites, and say where they are
  --report FILE         also write the figures and the targets as JSON
  --postgres-url URL    PostgreSQL server for --database postgres (default postgres://postgres@127.0.0.1:5432)
  --first-port P        the CMS runs on P and the site on P+1 (default 4421)
  --requests N          timed CMS REST requests per database (default 200)
  --load-workers N      processes writing listings at once (default 2)
  --skip-site           load and time the CMS queries only: no site build, floor or search
  --database-prefix P   name of the throwaway PostgreSQL databases (default local_offer_benchmark)
  --replicate K         PostgreSQL only: after loading, copy the listings K times in SQL
  --import-records N    time the Open Referral importer on the live API's first N services, into
                        an empty database of each kind (default 1000; 0 skips it)
                        (replicateListings.ts), to time queries at (K+1)×N listings when loading
                        that many through Payload would take too long; the report says so
  --database-url URL    reuse an existing database instead of loading one (one a run kept with
                        --keep: file:<kept folder>/benchmark.db, its uploads beside it, or a
                        PostgreSQL URL): nothing is loaded or dropped (--listings says how many it
                        holds); the store is read from the URL
  --uploads DIR         with a reused PostgreSQL --database-url: the uploads of the run that kept it
                        (<kept folder>/postgres/media), which a site build needs (the council's logo)
  --search-site DIR     only measure the search on a site built before (a kept run's site/, or the
                        demo site from snapshot-demo-site): no load, build, floor or REST
  --site-dir DIR        build this copy of the site package instead of site/ (a copy at the same
                        depth in the workspace, e.g. site-copy/, lets you edit site/ during a long run)`

export function parseBenchmarkOptions(argv: string[]): BenchmarkOptions {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      listings: { type: 'string', default: '10000' },
      database: { type: 'string', default: 'sqlite' },
      keep: { type: 'boolean', default: false },
      report: { type: 'string' },
      'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
      'first-port': { type: 'string', default: '4421' },
      requests: { type: 'string', default: '200' },
      'site-dir': { type: 'string' },
      'load-workers': { type: 'string', default: '2' },
      'skip-site': { type: 'boolean', default: false },
      'database-prefix': { type: 'string', default: 'local_offer_benchmark' },
      replicate: { type: 'string', default: '0' },
      'database-url': { type: 'string' },
      'search-site': { type: 'string' },
      uploads: { type: 'string' },
      'import-records': { type: 'string', default: '1000' },
    },
    strict: true,
  })
  const result = optionsSchema.safeParse({
    listings: values.listings,
    database: values.database,
    keep: values.keep,
    report: values.report,
    postgresUrl: values['postgres-url'],
    firstPort: values['first-port'],
    requests: values.requests,
    siteDir: values['site-dir'],
    loadWorkers: values['load-workers'],
    skipSite: values['skip-site'],
    databasePrefix: values['database-prefix'],
    replicate: values.replicate,
    databaseUrl: values['database-url'],
    searchSite: values['search-site'],
    uploads: values.uploads,
    importRecords: values['import-records'],
  })
  if (!result.success) {
    throw new Error(`${result.error.issues.map((issue) => issue.message).join('\n')}\n\n${USAGE}`)
  }
  const options = result.data
  if (options.replicate > 0 && options.database.includes('sqlite') && !options.databaseUrl) {
    throw new Error(
      `--replicate copies PostgreSQL listings only: use --database postgres\n\n${USAGE}`,
    )
  }
  if (options.uploads && !options.databaseUrl?.startsWith('postgres')) {
    throw new Error(`--uploads goes with a reused PostgreSQL --database-url\n\n${USAGE}`)
  }
  if (options.databaseUrl) {
    const kind: BenchmarkDatabase = options.databaseUrl.startsWith('file:') ? 'sqlite' : 'postgres'
    if (options.replicate > 0 && kind === 'sqlite') {
      throw new Error(`--replicate copies PostgreSQL listings only\n\n${USAGE}`)
    }
    return { ...options, database: [kind], keep: true }
  }
  return options
}
