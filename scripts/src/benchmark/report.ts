/** The benchmark's figures, its targets (issue 5) and how both are printed. */
import type { FloorReport } from './bareAstroFloor.js'
import type { IncrementalPublishMeasurement } from './incrementalPublish.js'
import type { ImportRateReport } from './loadReport.js'
import type { BenchmarkDatabase } from './options.js'
import type { OpenReferralQueryMeasurement } from './openReferralQuery.js'
import type { RestQueryMeasurement } from './restQuery.js'
import type { Replication } from './replicateListings.js'
import type { SiteLoaderQueryMeasurement } from './siteLoaderQuery.js'
import type { SearchMeasurement } from './searchInBrowser.js'

export const TARGETS = {
  /** The full build (Astro and Pagefind) at most this many times the bare Astro floor. */
  buildRatio: 1.5,
  /** …and above 1,000 listings (issue 14 item 2: within 2× at 10,000). */
  buildRatioLarge: 2,
  /** Bytes transferred for the first search query, up to 1,000 listings (issue 14 item 3). */
  firstSearchBytes: 150 * 1000,
  /** …and above 1,000 listings (issue 14 item 3: 200 KB at 10,000). */
  firstSearchBytesLarge: 200 * 1000,
  /** CMS REST filtered list query, 95th percentile. */
  restP95Ms: 50,
  /** Bulk load rate, listings a second (issue 14). */
  loadListingsPerSecond: 100,
  /** Flat memory while loading: no loader process's RSS above this, however many listings. */
  loadPeakRssMb: 1000,
  /** One changed listing live this long after the publish command starts (issue 14 item 1). */
  incrementalPublishSeconds: 60,
} as const

/** The size the issues' size-dependent targets change at: 1,000 listings and below, or more. */
const LARGE_ABOVE_LISTINGS = 1_000

/** The build ratio and first-search budget for a site of this many listings. */
export function targetsFor(listings: number): { buildRatio: number; firstSearchBytes: number } {
  const large = listings > LARGE_ABOVE_LISTINGS
  return {
    buildRatio: large ? TARGETS.buildRatioLarge : TARGETS.buildRatio,
    firstSearchBytes: large ? TARGETS.firstSearchBytesLarge : TARGETS.firstSearchBytes,
  }
}

/** A load's figures: the rate, the loader processes' memory and the machine's load meanwhile. */
export interface LoadFigures {
  database: BenchmarkDatabase
  listings: number
  seconds: number
  listingsPerSecond: number
  /**
   * The writing alone: the slowest loader's own time from its first listing to its last, without
   * starting its process and Payload (absent in older reports).
   */
  writingSeconds?: number
  /** Loader processes' RSS: the first one's at its start, the highest seen, the last one's at its end. */
  memory: { startMb: number; peakMb: number; endMb: number; processes: number }
  /** `uptime`'s load averages (1, 5 and 15 minutes) as the load started and as it ended. */
  loadAverage: { start: number[]; end: number[] }
}

export interface SiteBuildFigures {
  database: BenchmarkDatabase
  pages: number
  astroSeconds: number
  pagefindSeconds: number
  totalSeconds: number
  pagesPerSecond: number
  pagefindBytes: number
  pagefindFiles: number
  listingPages: number
  averageListingBytes: number
  largestListing: { path: string; bytes: number }
}

export interface BenchmarkFigures {
  listings: number
  locales: number
  machine: { cpus: number; loadAverage: number[]; node: string }
  load: LoadFigures[]
  /** The site, the floor and the search: absent when run with --skip-site. */
  build?: SiteBuildFigures
  /** One changed listing published after the full build (absent with --site-dir or in older reports). */
  incrementalPublish?: IncrementalPublishMeasurement
  floor?: FloorReport
  search?: SearchMeasurement
  /** Whole listings, as the example query asks for. */
  rest: Array<RestQueryMeasurement & Measured>
  /** The same query asking only for the fields a results list shows (for comparison). */
  restListFields: Array<RestQueryMeasurement & Measured>
  /** The live Open Referral API's `/services` pages (absent in reports made before it). */
  openReferral?: Array<OpenReferralQueryMeasurement & Measured>
  /**
   * The site loader's pages of 100 whole listings in every locale at depth 2 (a build reads
   * these; for comparison, no target). Absent in reports made before it.
   */
  siteLoader?: Array<SiteLoaderQueryMeasurement & Measured>
  /**
   * The Open Referral importer: the live API's first services imported into an empty database
   * (absent in reports made before it, or with --import-records 0).
   */
  importRate?: Array<ImportRateReport & Measured>
  /** The listings were copied in SQL after loading (--replicate): the query timings are at this size. */
  replicated?: Replication
  /** The queries were timed on this existing database (--database-url): nothing was loaded. */
  existingDatabase?: string
}

/** Which database a timing is from, and the machine's load averages when it ended. */
export interface Measured {
  database: BenchmarkDatabase
  loadAverage?: number[]
}

export interface TargetResult {
  name: string
  target: string
  measured: string
  pass: boolean
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const seconds = (value: number) => `${value.toFixed(1)} s`
const ms = (value: number) => `${value.toFixed(1)} ms`

export function buildRatios(figures: {
  build: Pick<SiteBuildFigures, 'astroSeconds' | 'totalSeconds'>
  floor: Pick<FloorReport, 'seconds'>
}) {
  return {
    astroOnly: figures.build.astroSeconds / figures.floor.seconds,
    withPagefind: figures.build.totalSeconds / figures.floor.seconds,
  }
}

/** Load averages as `uptime` prints them. */
export const loadAverages = (values: readonly number[]) =>
  values.map((value) => value.toFixed(2)).join(' ')

/**
 * How many listings the site and the CMS held: after `--replicate`, the copies too (a run that
 * loads 1,000 and copies them 9 times builds and searches 10,000, and is judged at 10,000).
 */
export const listingsMeasured = (figures: Pick<BenchmarkFigures, 'listings' | 'replicated'>) =>
  figures.replicated?.listings ?? figures.listings

export function evaluateTargets(figures: BenchmarkFigures): TargetResult[] {
  const { build, floor, search } = figures
  const listings = listingsMeasured(figures)
  const { buildRatio, firstSearchBytes } = targetsFor(listings)
  return [
    ...(build && floor
      ? [
          {
            name: `Full build (Astro + Pagefind), ${listings} listings × ${figures.locales} locales`,
            target: `≤ ${buildRatio}× bare Astro floor`,
            measured: `${buildRatios({ build, floor }).withPagefind.toFixed(2)}× (${seconds(build.totalSeconds)} vs ${seconds(floor.seconds)})`,
            pass: buildRatios({ build, floor }).withPagefind <= buildRatio,
          },
        ]
      : []),
    ...(figures.incrementalPublish
      ? [
          {
            name: `Publish of one changed listing, ${listings} listings`,
            target: `≤ ${TARGETS.incrementalPublishSeconds} s to live, incremental`,
            measured: `${seconds(liveSecondsOf(figures.incrementalPublish))} (${figures.incrementalPublish.mode})`,
            pass:
              figures.incrementalPublish.mode === 'incremental' &&
              liveSecondsOf(figures.incrementalPublish) <= TARGETS.incrementalPublishSeconds,
          },
        ]
      : []),
    ...(search
      ? [
          {
            name: 'First search query, bytes transferred',
            target: `≤ ${kb(firstSearchBytes)}`,
            measured: kb(search.first.bytes),
            pass: search.first.bytes <= firstSearchBytes,
          },
        ]
      : []),
    ...figures.rest.map((rest) => ({
      name: `CMS REST filtered list query p95 (${rest.database})`,
      target: `≤ ${TARGETS.restP95Ms} ms`,
      measured: ms(rest.p95),
      pass: rest.p95 <= TARGETS.restP95Ms,
    })),
    ...(figures.openReferral ?? []).map((api) => ({
      name: `Open Referral API /services?page=N&per_page=50 p95 (${api.database})`,
      target: `≤ ${TARGETS.restP95Ms} ms`,
      measured: ms(api.p95),
      pass: api.p95 <= TARGETS.restP95Ms,
    })),
    ...figures.load.flatMap((load) => [
      {
        name: `Bulk load rate (${load.database})`,
        target: `≥ ${TARGETS.loadListingsPerSecond} listings/s`,
        measured: `${load.listingsPerSecond.toFixed(1)} listings/s (load average ${loadAverages(load.loadAverage.end)})`,
        pass: load.listingsPerSecond >= TARGETS.loadListingsPerSecond,
      },
      {
        name: `Bulk load memory, peak RSS per loader (${load.database})`,
        target: `≤ ${TARGETS.loadPeakRssMb} MB`,
        measured: `${load.memory.peakMb} MB (start ${load.memory.startMb}, end ${load.memory.endMb})`,
        pass: load.memory.peakMb <= TARGETS.loadPeakRssMb,
      },
    ]),
    ...(figures.importRate ?? []).flatMap((imported) => [
      {
        name: `Open Referral import rate, ${imported.records} new services (${imported.database})`,
        target: `≥ ${TARGETS.loadListingsPerSecond} listings/s`,
        measured: `${imported.recordsPerSecond.toFixed(1)} listings/s (load average ${loadAverages(imported.loadAverage ?? [])})`,
        pass: imported.recordsPerSecond >= TARGETS.loadListingsPerSecond,
      },
      {
        name: `Open Referral import memory, peak RSS (${imported.database})`,
        target: `≤ ${TARGETS.loadPeakRssMb} MB`,
        measured: `${imported.memory.peakMb} MB (start ${imported.memory.startMb}, end ${imported.memory.endMb})`,
        pass: imported.memory.peakMb <= TARGETS.loadPeakRssMb,
      },
    ]),
  ]
}

/** The bytes of a step that were Pagefind's (script, WebAssembly, index, filters, fragments). */
export function pagefindBytes(bytesByKind: Record<string, number>): number {
  return Object.entries(bytesByKind)
    .filter(([kind]) => kind.startsWith('pagefind'))
    .reduce((sum, [, bytes]) => sum + bytes, 0)
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  )
}

/** Bytes per kind of file, largest first. */
function byKind(kinds: Record<string, number>): string {
  return Object.entries(kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ')
}

/** The search's lines: the first query (split by kind of file), the filtered query, near a postcode. */
export function formatSearch(search: SearchMeasurement): string[] {
  return [
    `First search query:      ${kb(search.first.bytes)} in ${search.first.requests} requests, ` +
      `${ms(search.first.ms)} from navigation to results ("${search.first.results}" for "${search.query}")`,
    `                         of which Pagefind ${kb(pagefindBytes(search.first.bytesByKind))}, the page and its scripts ${kb(search.first.bytes - pagefindBytes(search.first.bytesByKind))}`,
    `                         ${byKind(search.first.bytesByKind)}`,
    `Filtered query:          ${kb(search.filtered.bytes)} more in ${search.filtered.requests} requests, ` +
      `${ms(search.filtered.ms)} ("${search.filtered.results}" with ${search.filters})`,
    ...(search.near
      ? [
          `Near a postcode:         ${kb(search.near.bytes)} more in ${search.near.requests} requests, ` +
            `${ms(search.near.ms)} ("${search.near.results}" near ${search.near.postcode}; budget 30 KB)`,
          `                         ${byKind(search.near.bytesByKind)}`,
        ]
      : []),
  ]
}

/** Until the new pages were live (reports before the second switch: the whole publish). */
const liveSecondsOf = (publish: IncrementalPublishMeasurement) =>
  publish.liveSeconds ?? publish.seconds

function searchIndexUpdateText(publish: IncrementalPublishMeasurement): string {
  const update = publish.searchIndexUpdate
  if (!update) return ''
  return update.ok
    ? `; its search index live after ${seconds(publish.seconds)} (made in ${seconds(update.seconds)})`
    : `; its search index not updated (${update.reason ?? 'no reason given'})`
}

export function formatIncrementalPublish(publish: IncrementalPublishMeasurement): string {
  return (
    `One listing published:   live after ${seconds(liveSecondsOf(publish))}, ${publish.mode}` +
    (publish.mode === 'incremental'
      ? ` (${publish.madeItemPages} listing pages made, ${publish.reusedPages} reused` +
        (publish.reusedRecordFiles === undefined
          ? ''
          : `; ${publish.madeRecordFiles ?? 0} Open Referral record files made, ${publish.reusedRecordFiles} reused`) +
        `; ${publish.pages} pages)`
      : ` (${publish.fullBecause ?? 'every page made'})`) +
    searchIndexUpdateText(publish) +
    `; load average ${loadAverages(publish.loadAverage.start)} → ${loadAverages(publish.loadAverage.end)}`
  )
}

/** The figures as lines of text, ending with the targets table. */
export function formatReport(figures: BenchmarkFigures): string[] {
  const { build, floor, search } = figures
  const atLoad = (measured: Measured) =>
    measured.loadAverage ? `; load average ${loadAverages(measured.loadAverage)}` : ''
  const siteLines = (): string[] => {
    if (!build || !floor || !search) return ['Site, floor and search: not measured (--skip-site)']
    const ratios = buildRatios({ build, floor })
    return [
      `Site build (from ${build.database}):  ${seconds(build.totalSeconds)} for ${build.pages} pages ` +
        `(astro ${seconds(build.astroSeconds)}, ${build.pagesPerSecond.toFixed(0)} pages/s overall)`,
      `Pagefind index:          ${seconds(build.pagefindSeconds)}, ${kb(build.pagefindBytes)} in ${build.pagefindFiles} files`,
      `Listing pages:           ${build.listingPages}, average ${kb(build.averageListingBytes)} of HTML, ` +
        `largest ${kb(build.largestListing.bytes)} (${build.largestListing.path})`,
      `Bare Astro floor:        ${seconds(floor.seconds)} for ${floor.pages} trivial pages`,
      `Ratio to the floor:      Astro only ${ratios.astroOnly.toFixed(2)}×, with Pagefind ${ratios.withPagefind.toFixed(2)}×`,
      ...(figures.incrementalPublish ? [formatIncrementalPublish(figures.incrementalPublish)] : []),
      ...formatSearch(search),
    ]
  }
  const lines = [
    `Benchmark: ${figures.listings} listings × ${figures.locales} locales ` +
      `(${figures.machine.cpus} CPUs, load average ${loadAverages(figures.machine.loadAverage)}, Node ${figures.machine.node})`,
    ...(figures.replicated
      ? [
          `Listings copied in SQL:  ${figures.replicated.loaded} loaded through Payload, copied ${figures.replicated.copies} times ` +
            `(${seconds(figures.replicated.seconds)}): the CMS queries below ran on ${figures.replicated.listings} listings`,
        ]
      : []),
    ...(figures.existingDatabase
      ? [`Existing database:       ${figures.existingDatabase} (nothing loaded by this run)`]
      : []),
    '',
    ...figures.load.map(
      (load) =>
        `Content loaded (${load.database}):   ${seconds(load.seconds)}, ${load.listingsPerSecond.toFixed(1)} listings/s` +
        (load.writingSeconds
          ? ` (the writing alone ${seconds(load.writingSeconds)}, ${(load.listings / load.writingSeconds).toFixed(1)} listings/s; the rest is starting the loader processes)`
          : '') +
        '; ' +
        `loader RSS start ${load.memory.startMb} MB, peak ${load.memory.peakMb} MB, end ${load.memory.endMb} MB ` +
        `(${load.memory.processes} processes); load average ${loadAverages(load.loadAverage.start)} → ${loadAverages(load.loadAverage.end)}`,
    ),
    ...(figures.importRate ?? []).map(
      (imported) =>
        `Open Referral import (${imported.database}): ${imported.records} services read from the live API in ${seconds(imported.readSeconds)}, ` +
        `imported into an empty database in ${seconds(imported.seconds)}, ${imported.recordsPerSecond.toFixed(1)} a second ` +
        `(${imported.writtenTogether} written together); importer RSS start ${imported.memory.startMb} MB, peak ${imported.memory.peakMb} MB${atLoad(imported)}`,
    ),
    ...siteLines(),
    ...figures.rest.map(
      (rest) =>
        `CMS REST query (${rest.database}):`.padEnd(25) +
        `p50 ${ms(rest.p50)}, p95 ${ms(rest.p95)}, max ${ms(rest.max)} over ${rest.count} requests (${rest.totalDocs} matches, whole listings${atLoad(rest)})`,
    ),
    ...figures.restListFields.map(
      (rest) =>
        `  list fields only (${rest.database}):`.padEnd(25) +
        `p50 ${ms(rest.p50)}, p95 ${ms(rest.p95)}, max ${ms(rest.max)} (the same query with select=name,summary,…${atLoad(rest)})`,
    ),
    ...(figures.openReferral ?? []).map(
      (api) =>
        `Open Referral API (${api.database}):`.padEnd(25) +
        `p50 ${ms(api.p50)}, p95 ${ms(api.p95)}, max ${ms(api.max)} over ${api.count} requests (${api.totalItems} services, pages of 50${atLoad(api)})`,
    ),
    ...(figures.openReferral ?? []).map(
      (api) =>
        `  first walk (${api.database}):`.padEnd(25) +
        `p50 ${ms(api.firstWalk.p50)}, p95 ${ms(api.firstWalk.p95)}, max ${ms(api.firstWalk.max)} over ${api.firstWalk.count} pages (every page once in order, just after the load: each listing's stored document is made then)`,
    ),
    ...(figures.siteLoader ?? []).map(
      (page) =>
        `Site loader page (${page.database}):`.padEnd(25) +
        `p50 ${ms(page.p50)}, p95 ${ms(page.p95)}, max ${ms(page.max)} over ${page.count} requests (${page.totalDocs} listings, pages of 100, every locale, depth 2${atLoad(page)})`,
    ),
    '',
    ...table([
      ['Target', 'Goal', 'Measured', 'Result'],
      ...evaluateTargets(figures).map((t) => [
        t.name,
        t.target,
        t.measured,
        t.pass ? 'PASS' : 'MISS',
      ]),
    ]),
  ]
  return lines
}
