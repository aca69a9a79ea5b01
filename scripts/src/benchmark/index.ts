/**
 * The Local Offer benchmark (issue 5): generates N listings in three locales into a throwaway
 * database, builds the site with its search index from the built CMS, builds a bare Astro project
 * with as many trivial pages (the framework floor), measures the search in headless Chromium and
 * the CMS's filtered REST list query, and prints the figures against the targets.
 *
 *   pnpm --filter @local-offer/scripts benchmark -- --listings 1000 --database both --report out.json
 *
 * It is a measuring script, not a test: it exits 0 even when a target is missed (the table says
 * MISS), and 1 only when it could not measure.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'

import { localeCodes } from '@local-offer/shared'

import { measureSite } from '../budgets.js'
import { buildSite } from '../site/buildSite.js'
import { run, typeScriptCommand } from '../site/childProcess.js'
import { startCmsServer, type CmsServer } from '../site/cmsServer.js'
import { serveStatic } from '../site/staticServer.js'
import { scriptsDir } from '../site/workspacePaths.js'
import { buildBareAstroFloor } from './bareAstroFloor.js'
import {
  IMPORT_REPORT_PREFIX,
  LOAD_REPORT_PREFIX,
  type ImportRateReport,
  type LoadReport,
} from './loadReport.js'
import { precompressForSearch } from './precompress.js'
import { parseBenchmarkOptions, type BenchmarkDatabase, type BenchmarkOptions } from './options.js'
import {
  formatReport,
  formatSearch,
  type BenchmarkFigures,
  type LoadFigures,
  type SiteBuildFigures,
} from './report.js'
import { measureIncrementalPublish } from './incrementalPublish.js'
import { measureOpenReferralServices } from './openReferralQuery.js'
import { measureRestQuery } from './restQuery.js'
import { measureSiteLoaderQuery } from './siteLoaderQuery.js'
import { replicateListings } from './replicateListings.js'
import { measureSearch } from './searchInBrowser.js'
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwawayDatabase.js'

/** Astro prints a line per page built; those go to the log file only. */
const PER_PAGE_LINE = /\(\+\d+(\.\d+)?m?s\)\s*$|^\[(site|floor)\]\s+[├└]/

function createLog(file: string) {
  const stream = createWriteStream(file)
  return {
    line: (line: string) => {
      stream.write(`${line}\n`)
      if (!PER_PAGE_LINE.test(line)) console.log(line)
    },
    close: () => new Promise<void>((resolve) => stream.end(resolve)),
  }
}

/**
 * Runs one of the benchmark's TypeScript children (`script`, under Node 22 with tsx) and returns
 * the JSON it printed after `reportPrefix`: the loaders and the import timer report this way.
 */
async function runReportingChild<Report>(
  script: string,
  args: string[],
  options: { env: Record<string, string>; prefix: string; reportPrefix: string; what: string },
  log: (line: string) => void,
): Promise<Report> {
  let report: Report | undefined
  await run(...typeScriptCommand(script, args), {
    cwd: scriptsDir,
    env: options.env,
    prefix: options.prefix,
    log: (line) => {
      const json = line.split(options.reportPrefix)[1]
      if (json) report = JSON.parse(json) as Report
      log(line)
    },
  })
  if (!report) throw new Error(`The ${options.what} finished without saying what it did.`)
  return report
}

function runLoader(
  database: ThrowawayDatabase,
  env: Record<string, string>,
  args: string[],
  label: string,
  log: (line: string) => void,
): Promise<LoadReport> {
  return runReportingChild<LoadReport>(
    'src/benchmark/loadContent.ts',
    args,
    {
      env,
      prefix: `[load ${database.kind}${label}] `,
      reportPrefix: LOAD_REPORT_PREFIX,
      what: 'content loader',
    },
    log,
  )
}

/**
 * The Open Referral importer, as a council's day one: the live API's first `records` services
 * imported into a database of its own (empty but for the migrations and starter vocabularies),
 * dropped afterwards.
 */
async function timeImport(
  options: BenchmarkOptions,
  kind: ThrowawayDatabase['kind'],
  dir: string,
  env: Record<string, string>,
  cmsUrl: string,
  records: number,
  log: (line: string) => void,
): Promise<ImportRateReport> {
  const importDir = path.join(dir, `import-${kind}`)
  await mkdir(importDir, { recursive: true })
  const database = await createThrowawayDatabase(
    kind,
    importDir,
    options.postgresUrl,
    `${options.databasePrefix}_import`,
  )
  try {
    return await runReportingChild<ImportRateReport>(
      'src/benchmark/importRate.ts',
      ['--feed', `${cmsUrl}/api/openreferral`, '--records', String(records)],
      {
        env: { ...env, DATABASE_URL: database.url, DATA_DIR: importDir, MEDIA_DIR: importDir },
        prefix: `[import ${kind}] `,
        reportPrefix: IMPORT_REPORT_PREFIX,
        what: 'import timer',
      },
      log,
    )
  } finally {
    await database.drop()
  }
}

/**
 * The demo's organisations, pages and glossary first, then the generated listings in `workers`
 * lanes at once (each its own slice in one process, in transactions of 100 listings on
 * PostgreSQL). One process per lane, however many listings: a loader's memory stays flat since
 * bulk loads let the event loop turn between listings (a loader used to grow ~3 MB a listing and
 * was restarted every 1,000). The rate counts the listings only (the base load is timed apart).
 */
async function loadContent(
  database: ThrowawayDatabase,
  env: Record<string, string>,
  listings: number,
  workers: number,
  log: (line: string) => void,
): Promise<LoadFigures> {
  const base = await runLoader(database, env, ['--base'], '', log)
  const startLoad = loadavg()
  const started = Date.now()
  const size = Math.ceil(listings / workers)
  const lanes = Array.from({ length: workers }, (_, i) => ({
    from: i * size,
    to: Math.min(listings, (i + 1) * size),
  })).filter(({ from, to }) => from < to)
  const reports = await Promise.all(
    lanes.map(({ from, to }, i) =>
      runLoader(
        database,
        env,
        ['--listings', String(listings), '--from', String(from), '--to', String(to)],
        ` ${i + 1}`,
        log,
      ),
    ),
  )
  const seconds = (Date.now() - started) / 1000
  return {
    database: database.kind,
    listings,
    seconds,
    listingsPerSecond: listings / seconds,
    writingSeconds: Math.max(...reports.map((r) => r.seconds)),
    memory: {
      startMb: Math.min(...reports.map((r) => r.memory.startMb)),
      peakMb: Math.max(base.memory.peakMb, ...reports.map((r) => r.memory.peakMb)),
      endMb: Math.max(...reports.map((r) => r.memory.endMb)),
      processes: reports.length,
    },
    loadAverage: { start: startLoad, end: loadavg() },
  }
}

async function folderBytes(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0
  let files = 0
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
    files++
  }
  return { bytes, files }
}

async function buildAndMeasureSite(
  cms: CmsServer,
  database: BenchmarkDatabase,
  outDir: string,
  siteUrl: string,
  log: (line: string) => void,
  siteDir?: string,
): Promise<SiteBuildFigures> {
  const build = await buildSite({
    cmsUrl: cms.url,
    outDir,
    siteUrl,
    log,
    siteDir: siteDir && path.resolve(siteDir),
    // What an incremental publish after it reuses (incrementalPublish.ts).
    manifestFile: `${outDir}.manifest.json`,
  })
  const site = await measureSite(outDir, build.seconds, build.pages)
  const index = await folderBytes(path.join(outDir, 'pagefind'))
  return {
    database,
    pages: build.pages,
    astroSeconds: build.seconds - build.pagefindSeconds,
    pagefindSeconds: build.pagefindSeconds,
    totalSeconds: build.seconds,
    pagesPerSecond: build.pages / build.seconds,
    pagefindBytes: index.bytes,
    pagefindFiles: index.files,
    listingPages: site.listingPages,
    averageListingBytes: site.averageListingBytes,
    largestListing: site.largestListing,
  }
}

/** The search as a family meets it: the built site served with gzip, in a cold Chromium. */
async function searchOnBuiltSite(siteDir: string, port: number) {
  await precompressForSearch(siteDir)
  const server = await serveStatic(siteDir, port, { precompressed: true })
  try {
    return await measureSearch(server.url, {
      query: 'support',
      filters: { category: 'health', age: '5-11' },
      near: 'WB1 2AB',
    })
  } finally {
    await server.close()
  }
}

async function benchmark(options: BenchmarkOptions, dir: string, log: (line: string) => void) {
  const cmsPort = options.firstPort
  const sitePort = options.firstPort + 1
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const databases: ThrowawayDatabase[] = []
  const figures: Partial<BenchmarkFigures> &
    Pick<BenchmarkFigures, 'load' | 'rest' | 'restListFields' | 'openReferral' | 'siteLoader'> = {
    listings: options.listings,
    locales: localeCodes.length,
    load: [],
    rest: [],
    restListFields: [],
    openReferral: [],
    siteLoader: [],
  }
  const siteDir = path.join(dir, 'site')
  try {
    for (const kind of options.database) {
      // A database a run kept is reused as it is: not loaded again, and never dropped.
      const database: ThrowawayDatabase = options.databaseUrl
        ? { kind, url: options.databaseUrl, drop: async () => undefined }
        : await createThrowawayDatabase(kind, dir, options.postgresUrl, options.databasePrefix)
      if (!options.databaseUrl) databases.push(database)
      // A reused SQLite database's uploads are in the folder of the run that kept it.
      const dataDir =
        options.databaseUrl && kind === 'sqlite'
          ? path.join(path.dirname(options.databaseUrl.replace(/^file:/, '')), kind)
          : path.join(dir, kind)
      await mkdir(dataDir, { recursive: true })
      const env = {
        DATABASE_URL: database.url,
        MEDIA_DIR: options.uploads ?? path.join(dataDir, 'media'),
        DATA_DIR: dataDir,
        PAYLOAD_SECRET: 'throwaway-benchmark',
        SITE_URL: siteUrl,
        NODE_OPTIONS: '--no-deprecation',
        // The benchmark builds the site itself and times it; the CMS must not start its own builds.
        SITE_REBUILD_AUTORUN: 'false',
        JOBS_AUTORUN: 'false',
      }
      if (options.databaseUrl) {
        log(`\nReusing the ${kind} database ${options.databaseUrl} (nothing loaded)…`)
        figures.existingDatabase = database.url
      } else {
        log(`\nLoading ${options.listings} listings into ${kind}…`)
        const loaded = await loadContent(database, env, options.listings, options.loadWorkers, log)
        figures.load.push(loaded)
      }
      if (options.replicate > 0) {
        log(`\nCopying the ${options.listings} listings ${options.replicate} times in SQL…`)
        figures.replicated = replicateListings(database.url, options.replicate, log)
        log(
          `  ${figures.replicated.listings} listings after ${figures.replicated.seconds.toFixed(1)} s`,
        )
      }

      const cms = await startCmsServer({ port: cmsPort, env, log, timeoutMs: 120_000 })
      try {
        if (!figures.build && !options.skipSite) {
          log(`\nBuilding the site from ${kind}…`)
          figures.build = await buildAndMeasureSite(
            cms,
            kind,
            siteDir,
            siteUrl,
            log,
            options.siteDir,
          )
          if (!options.siteDir) {
            log(`\nPublishing one changed listing (incremental) on ${kind}…`)
            figures.incrementalPublish = await measureIncrementalPublish({
              cmsUrl: cms.url,
              siteUrl,
              builtSite: siteDir,
              manifestFile: `${siteDir}.manifest.json`,
              releasesDir: path.join(dir, 'releases'),
              log,
            })
          }
        }
        log(`\nTiming the CMS REST list query on ${kind}…`)
        figures.rest.push({
          database: kind,
          ...(await measureRestQuery(cms.url, options)),
          loadAverage: loadavg(),
        })
        figures.restListFields.push({
          database: kind,
          ...(await measureRestQuery(cms.url, { ...options, listFieldsOnly: true })),
          loadAverage: loadavg(),
        })
        log(`\nTiming the live Open Referral API's service pages on ${kind}…`)
        figures.openReferral!.push({
          database: kind,
          ...(await measureOpenReferralServices(cms.url, options)),
          loadAverage: loadavg(),
        })
        log(`\nTiming the site loader's pages of whole listings on ${kind}…`)
        figures.siteLoader!.push({
          database: kind,
          ...(await measureSiteLoaderQuery(cms.url, { requests: Math.min(options.requests, 50) })),
          loadAverage: loadavg(),
        })
        if (options.importRecords > 0) {
          const records = Math.min(options.importRecords, options.listings)
          log(
            `\nTiming the Open Referral import of ${records} services into an empty ${kind} database…`,
          )
          const imported = await timeImport(options, kind, dir, env, cms.url, records, log)
          ;(figures.importRate ??= []).push({ database: kind, ...imported, loadAverage: loadavg() })
        }
      } finally {
        await cms.stop()
      }
    }
    figures.machine = { cpus: cpus().length, loadAverage: loadavg(), node: process.version }
    const build = figures.build
    if (!build) return figures as BenchmarkFigures
    log(`\nBuilding ${build.pages} trivial pages with bare Astro (the floor)…`)
    figures.floor = await buildBareAstroFloor(build.pages, log)

    log('\nMeasuring the search in headless Chromium…')
    figures.search = await searchOnBuiltSite(siteDir, sitePort)
    figures.machine = { cpus: cpus().length, loadAverage: loadavg(), node: process.version }
    return figures as BenchmarkFigures
  } finally {
    if (!options.keep) for (const database of databases) await database.drop()
    else
      for (const database of databases) log(`Kept the ${database.kind} database: ${database.url}`)
  }
}

/** --search-site: the search of a site built before, with the load average as it was measured. */
async function searchOnly(options: BenchmarkOptions, siteDir: string): Promise<void> {
  const loadAverage = loadavg()
  const search = await searchOnBuiltSite(path.resolve(siteDir), options.firstPort + 1)
  console.log(formatSearch(search).join('\n'))
  console.log(
    `Load average (1/5/15 min): ${[...loadAverage, ...loadavg()]
      .map((l) => l.toFixed(1))
      .join(' / ')
      .replace(/^((?:[^/]+\/){2}[^/]+)\//, '$1 before; after ')}`,
  )
  if (options.report) {
    const figures = { search, loadAverage: { start: loadAverage, end: loadavg() } }
    await writeFile(options.report, `${JSON.stringify(figures, null, 2)}\n`)
    console.log(`\nFigures written to ${options.report}`)
  }
}

async function main(): Promise<void> {
  const options = parseBenchmarkOptions(process.argv.slice(2))
  if (options.searchSite) return searchOnly(options, options.searchSite)
  const dir = await mkdtemp(path.join(tmpdir(), 'local-offer-benchmark-'))
  const log = createLog(path.join(dir, 'benchmark.log'))
  try {
    const figures = await benchmark(options, dir, log.line)
    console.log(`\n${formatReport(figures).join('\n')}`)
    if (options.report) {
      await writeFile(options.report, `${JSON.stringify(figures, null, 2)}\n`)
      console.log(`\nFigures written to ${options.report}`)
    }
  } finally {
    await log.close()
    if (options.keep) console.log(`Kept the built site, data and log in ${dir}`)
    else await rm(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
