import { describe, expect, it } from 'vitest'

import { parseBenchmarkOptions } from '../../src/benchmark/options'
import {
  buildRatios,
  evaluateTargets,
  formatReport,
  type BenchmarkFigures,
} from '../../src/benchmark/report'
import { kindOf } from '../../src/benchmark/searchInBrowser'

const query = (bytes: number) => ({
  bytes,
  requests: 9,
  ms: 120,
  results: '40 results',
  bytesByKind: { html: 20_000, 'pagefind-wasm': 50_000 },
})

function figures(overrides: Partial<BenchmarkFigures> = {}): BenchmarkFigures {
  return {
    listings: 1000,
    locales: 3,
    machine: { cpus: 2, loadAverage: [1, 1, 1], node: 'v22.0.0' },
    load: [
      {
        database: 'sqlite',
        listings: 1000,
        seconds: 100,
        listingsPerSecond: 10,
        writingSeconds: 80,
        memory: { startMb: 400, peakMb: 600, endMb: 590, processes: 2 },
        loadAverage: { start: [3, 2, 1], end: [4.5, 3, 1] },
      },
    ],
    build: {
      database: 'sqlite',
      pages: 3100,
      astroSeconds: 20,
      pagefindSeconds: 4,
      totalSeconds: 24,
      pagesPerSecond: 129,
      pagefindBytes: 5_000_000,
      pagefindFiles: 800,
      listingPages: 3000,
      averageListingBytes: 9000,
      largestListing: { path: 'ar/services/x/index.html', bytes: 14_000 },
    },
    floor: { pages: 3100, seconds: 20 },
    search: {
      query: 'support',
      filters: 'category=health',
      first: query(140_000),
      filtered: query(30_000),
    },
    rest: [
      {
        database: 'sqlite',
        url: 'u',
        totalDocs: 40,
        count: 200,
        p50: 10,
        p95: 30,
        max: 60,
        mean: 12,
      },
      {
        database: 'postgres',
        url: 'u',
        totalDocs: 40,
        count: 200,
        p50: 20,
        p95: 51,
        max: 90,
        mean: 25,
      },
    ],
    restListFields: [],
    ...overrides,
  }
}

describe('the benchmark targets', () => {
  it('judges the full build (with Pagefind) against 1.5× the floor, and shows the Astro-only ratio', () => {
    const { build, floor } = figures()
    expect(buildRatios({ build: build!, floor: floor! })).toEqual({
      astroOnly: 1,
      withPagefind: 1.2,
    })
    expect(evaluateTargets(figures())[0]!.pass).toBe(true)
    const slow = figures({ floor: { pages: 3100, seconds: 15 } })
    expect(evaluateTargets(slow)[0]).toMatchObject({
      pass: false,
      measured: expect.stringMatching(/^1\.60×/),
    })
  })

  it('judges the first query against 150 KB and each database against 50 ms at p95', () => {
    const results = evaluateTargets(figures())
    expect(results.slice(0, 4).map((r) => r.pass)).toEqual([true, true, true, false])
    expect(results[3]!.name).toContain('postgres')
    const heavy = figures({ search: { ...figures().search!, first: query(150_001) } })
    expect(evaluateTargets(heavy)[1]!.pass).toBe(false)
  })

  it('allows 10,000 listings 2× the floor and a 200 KB first search (issue 14 items 2 and 3)', () => {
    const large = figures({
      listings: 10_000,
      floor: { pages: 3100, seconds: 15 },
      search: { ...figures().search!, first: query(199_000) },
    })
    const [build, search] = evaluateTargets(large)
    expect(build).toMatchObject({ pass: true, target: '≤ 2× bare Astro floor' })
    expect(search).toMatchObject({ pass: true, target: '≤ 200.0 KB' })
    const over = figures({
      listings: 10_000,
      search: { ...figures().search!, first: query(200_001) },
    })
    expect(evaluateTargets(over)[1]!.pass).toBe(false)
  })

  it('judges a run that copied its listings in SQL at the number it built and searched', () => {
    const replicated = figures({
      listings: 1_000,
      replicated: { loaded: 1_000, copies: 9, listings: 10_000, seconds: 7 },
      floor: { pages: 3100, seconds: 15 },
      search: { ...figures().search!, first: query(199_000) },
    })
    const [build, search] = evaluateTargets(replicated)
    expect(build).toMatchObject({
      name: 'Full build (Astro + Pagefind), 10000 listings × 3 locales',
      target: '≤ 2× bare Astro floor',
    })
    expect(search).toMatchObject({ pass: true, target: '≤ 200.0 KB' })
  })

  it('judges the live Open Referral API service pages against 50 ms at p95', () => {
    const api = (p95: number) => ({
      database: 'postgres' as const,
      url: 'u',
      totalItems: 10_000,
      count: 200,
      p50: 20,
      p95,
      max: 90,
      mean: 25,
      firstWalk: { count: 200, p50: 140, p95: 210, max: 300, mean: 150 },
    })
    const results = evaluateTargets(figures({ openReferral: [api(49), api(50.5)] }))
    expect(results.slice(4, 6).map((r) => [r.name, r.pass])).toEqual([
      ['Open Referral API /services?page=N&per_page=50 p95 (postgres)', true],
      ['Open Referral API /services?page=N&per_page=50 p95 (postgres)', false],
    ])
    const report = formatReport(figures({ openReferral: [api(49)] })).join('\n')
    expect(report).toContain('10000 services, pages of 50')
    // The first walk, which makes the stored documents, is reported beside the target's figure.
    expect(report).toContain('p50 140.0 ms, p95 210.0 ms, max 300.0 ms over 200 pages')
  })

  it("judges one changed listing's publish against 60 s to live, and only an incremental one", () => {
    const publish = (seconds: number, mode: 'full' | 'incremental') => ({
      seconds,
      mode,
      ...(mode === 'full' ? { fullBecause: "the site's code or build settings changed" } : {}),
      madeItemPages: mode === 'incremental' ? 6 : 6000,
      reusedPages: mode === 'incremental' ? 5994 : 0,
      pages: 6128,
      listing: 'a-listing',
      loadAverage: { start: [1, 1, 1], end: [2, 1, 1] },
    })
    const judged = (seconds: number, mode: 'full' | 'incremental') =>
      evaluateTargets(figures({ incrementalPublish: publish(seconds, mode) })).find((target) =>
        target.name.startsWith('Publish of one changed listing'),
      )
    expect(judged(59, 'incremental')?.pass).toBe(true)
    expect(judged(61, 'incremental')?.pass).toBe(false)
    expect(judged(30, 'full')?.pass).toBe(false)
    const report = formatReport(figures({ incrementalPublish: publish(59, 'incremental') }))
    expect(report.join('\n')).toContain(
      'One listing published:   live after 59.0 s, incremental (6 listing pages made, 5994 reused; 6128 pages)',
    )
    expect(formatReport(figures({ incrementalPublish: publish(30, 'full') })).join('\n')).toContain(
      "live after 30.0 s, full (the site's code or build settings changed)",
    )

    // Pages first, the search index in a second switch: the target is the time to live.
    const inTwoSwitches = (liveSeconds: number, update: { ok: boolean; reason?: string }) => ({
      ...publish(liveSeconds + 62, 'incremental'),
      liveSeconds,
      searchIndexUpdate: { ...update, seconds: 60 },
    })
    const judgedTwice = (liveSeconds: number) =>
      evaluateTargets(
        figures({ incrementalPublish: inTwoSwitches(liveSeconds, { ok: true }) }),
      ).find((target) => target.name.startsWith('Publish of one changed listing'))
    expect(judgedTwice(55)?.pass).toBe(true)
    expect(judgedTwice(55)?.measured).toBe('55.0 s (incremental)')
    expect(judgedTwice(61)?.pass).toBe(false)
    const twice = formatReport(figures({ incrementalPublish: inTwoSwitches(55, { ok: true }) }))
    expect(twice.join('\n')).toContain(
      '; its search index live after 117.0 s (made in 60.0 s); load average',
    )
    const failed = inTwoSwitches(55, { ok: false, reason: 'Pagefind stopped.' })
    expect(formatReport(figures({ incrementalPublish: failed })).join('\n')).toContain(
      '; its search index not updated (Pagefind stopped.)',
    )
  })

  it('judges each bulk load against 100 listings a second and a flat loader memory', () => {
    const results = evaluateTargets(figures())
    expect(results.slice(-2).map((r) => [r.name, r.pass])).toEqual([
      ['Bulk load rate (sqlite)', false],
      ['Bulk load memory, peak RSS per loader (sqlite)', true],
    ])
    expect(results.at(-2)!.measured).toBe('10.0 listings/s (load average 4.50 3.00 1.00)')
    const [load] = figures().load
    const leaking = figures({
      load: [{ ...load!, listingsPerSecond: 120, memory: { ...load!.memory, peakMb: 3400 } }],
    })
    expect(
      evaluateTargets(leaking)
        .slice(-2)
        .map((r) => r.pass),
    ).toEqual([true, false])
    expect(formatReport(figures()).join('\n')).toContain(
      'loader RSS start 400 MB, peak 600 MB, end 590 MB (2 processes); load average 3.00 2.00 1.00 → 4.50 3.00 1.00',
    )
  })

  it('leaves out the site, floor and search when they were skipped', () => {
    const results = evaluateTargets(
      figures({ build: undefined, floor: undefined, search: undefined }),
    )
    expect(results.map((r) => r.name)).not.toContain('First search query, bytes transferred')
    expect(
      formatReport(figures({ build: undefined, floor: undefined, search: undefined })).join('\n'),
    ).toContain('not measured (--skip-site)')
    expect(parseBenchmarkOptions(['--skip-site'])).toMatchObject({ skipSite: true })
  })

  it('prints the figures and a table with PASS or MISS per target', () => {
    const text = formatReport(figures()).join('\n')
    expect(text).toContain('Astro only 1.00×, with Pagefind 1.20×')
    expect(text).toContain('largest 14.0 KB (ar/services/x/index.html)')
    expect(text).toMatch(
      /CMS REST filtered list query p95 \(postgres\)\s+≤ 50 ms\s+51\.0 ms\s+MISS/,
    )
    expect(text).toMatch(/First search query, bytes transferred\s+≤ 150\.0 KB\s+140\.0 KB\s+PASS/)
    // The load's rate is judged with the loaders' start-up; the writing alone is shown beside it.
    expect(text).toContain(
      'Content loaded (sqlite):   100.0 s, 10.0 listings/s (the writing alone 80.0 s, 12.5 listings/s; the rest is starting the loader processes); loader RSS',
    )
    expect(text).toMatch(/Bulk load rate \(sqlite\)\s+≥ 100 listings\/s\s+10\.0 listings\/s/)
  })
})

describe('the benchmark options', () => {
  it('has defaults and reads both databases', () => {
    expect(parseBenchmarkOptions([])).toMatchObject({
      listings: 10_000,
      database: ['sqlite'],
      keep: false,
    })
    expect(
      parseBenchmarkOptions(['--', '--listings', '1000', '--database', 'both', '--keep']),
    ).toMatchObject({ listings: 1000, database: ['sqlite', 'postgres'], keep: true })
  })

  it('says what to fix', () => {
    expect(() => parseBenchmarkOptions(['--listings', 'many'])).toThrow(
      /--listings must be a number/,
    )
    expect(() => parseBenchmarkOptions(['--database', 'mysql'])).toThrow(/sqlite, postgres or both/)
    expect(() => parseBenchmarkOptions(['--listings', '5'])).toThrow(/at least 10/)
    // A kept database is reused: the store is read from its URL.
    expect(() => parseBenchmarkOptions(['--database-url', 'mysql://h/db'])).toThrow(
      /postgres:\/\/ or file: URL/,
    )
    const sqlite = parseBenchmarkOptions(['--database-url', 'file:/tmp/b.db', '--listings', '1000'])
    expect(sqlite.databaseUrl).toBe('file:/tmp/b.db')
    expect(sqlite.database).toEqual(['sqlite'])
    expect(parseBenchmarkOptions(['--database-url', 'postgres://h/db']).database).toEqual([
      'postgres',
    ])
    // A reused PostgreSQL database's uploads are where the run that kept it left them.
    expect(
      parseBenchmarkOptions([
        '--database-url',
        'postgres://h/db',
        '--uploads',
        '/kept/postgres/media',
      ]).uploads,
    ).toBe('/kept/postgres/media')
    expect(() => parseBenchmarkOptions(['--uploads', '/kept/postgres/media'])).toThrow(
      /--uploads goes with a reused PostgreSQL --database-url/,
    )
    expect(() =>
      parseBenchmarkOptions(['--database-url', 'file:/tmp/b.db', '--replicate', '3']),
    ).toThrow(/PostgreSQL listings only/)
  })
})

describe('what the search fetches', () => {
  it('sorts requests by kind', () => {
    expect(kindOf('http://h/search/?q=x')).toBe('html')
    expect(kindOf('http://h/pagefind/pagefind.js')).toBe('pagefind-js')
    expect(kindOf('http://h/pagefind/wasm.en.pagefind')).toBe('pagefind-wasm')
    expect(kindOf('http://h/pagefind/index/en_abc.pf_index')).toBe('pagefind-index')
    expect(kindOf('http://h/pagefind/filter/en_abc.pf_filter')).toBe('pagefind-filters')
    expect(kindOf('http://h/pagefind/fragment/en_abc.pf_fragment')).toBe('pagefind-fragments')
    expect(kindOf('http://h/pagefind/pagefind-entry.json')).toBe('pagefind-entry')
    expect(kindOf('http://h/pagefind/pagefind.en_abc.pf_meta')).toBe('pagefind-meta')
    expect(kindOf('http://h/search-places/en.json')).toBe('search-places')
    expect(kindOf('http://h/_astro/client.js')).toBe('js')
  })
})
