/** @jsxImportSource preact */
/**
 * The search page's island: Pagefind over the built site, with filters. It is Preact, not React
 * (issue 14 item 3): the first search moves ~5 KB of framework instead of React's ~58 KB; the
 * components use Preact's hooks and native events (onInput for what is typed). The query and filters
 * live in the URL, so a search can be shared and the back button works. Without JavaScript the
 * server-rendered form still shows, with a note pointing to the category pages and the A to Z.
 */
import {
  withinMiles,
  type Coordinates,
  type LocaleCode,
  type WithinMiles,
} from '@local-offer/shared'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks'

import {
  FILTER_KEYS,
  facetCountArguments,
  filtersFromSearchParams,
  mergeFacetCounts,
  pagefindFilterArgument,
  searchParamsFor,
  type FilterCounts,
  type FilterKey,
  type SearchFilters,
} from '../../lib/searchFilters'
import FilterGroups, { type FilterGroup, type FilterOption } from './FilterGroups'
import {
  addPlaceParams,
  formatMiles,
  lookUpPostcode,
  placeFromSearchParams,
  rankByDistance,
  resultPlacesFor,
  resultPlacesFromMeta,
  venuesFromMeta,
  type PlaceChoice,
  type RankedResult,
  type ResultPlaces,
} from './nearMe'
import NoResults, { type Helpline, type NoResultsLabels } from './NoResults'
import type ResultsMapModule from './ResultsMap'
import {
  loadPagefind,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
  type PagefindSearch,
} from './pagefind'
import { useSearchMissBeacon } from './searchMissBeacon'
import { searchMissedWords } from './missedWords'
import { correctSpelling } from './spellingFix'

export type { FilterGroup } from './FilterGroups'

export interface SearchLabels {
  queryLabel: string
  submit: string
  filters: string
  clearFilters: string
  applyFilters: string
  loading: string
  needsJavaScript: string
  error: string
  noResults: NoResultsLabels
  /** "There were no results for “{{typed}}”, so these are the results for “{{corrected}}”." */
  corrected: string
  enterQuery: string
  resultAges: string
  resultCategory: string
  showMore: string
  /** Result counts per plural form are formatted by the page: count → text. */
  results: Record<string, string>
  resultsFor: string
  aToZ: string
  aToZHref: string
  categoriesHref: string
  categories: string
  nearLabel: string
  nearHint: string
  within: string
  withinAny: string
  useMyLocation: string
  locating: string
  locationFailed: string
  myLocation: string
  postcodeMalformed: string
  postcodeUnknown: string
  noVenue: string
  distanceAway: string
  nearestFirst: string
  filterResults: string
  filtersActive: Record<string, string>
  showMap: string
  hideMap: string
  mapLabel: string
  mapHelp: string
  mapUnavailable: string
}

/** The map's tiles: a URL template ({z}/{x}/{y}) and the attribution its licence requires (HTML). */
export interface MapTiles {
  url: string
  attribution: string
}

interface Props {
  locale: LocaleCode
  labels: SearchLabels
  groups: FilterGroup[]
  /** The search page's own path, e.g. /pl/search/ */
  path: string
  tiles: MapTiles
  /** The site's words, for putting a misspelt search right (/search/words.json). */
  wordsHref: string
  /** The long filter groups' options (/search/filters.json), fetched when first needed. */
  longOptionsHref: string
  /** SENDIASS's helpline, shown when a search finds nothing. */
  helpline?: Helpline
}

/** One result as shown: Pagefind's data, and its distance when searching near a place. */
interface Row {
  data: PagefindResultData
  miles?: number
  noVenue?: boolean
}

/** Where near-me search measures from, once the postcode or the device has said. */
type Origin = { at: Coordinates; label: string } | null
type PlaceProblem = 'malformed' | 'unknown' | 'location' | null

/**
 * Near-me search ranks every result from the site's places file, reading only the fragments of
 * the results it shows. Should that file be missing, it reads the fragments of this many results.
 */
const MAX_PLACED_FROM_FRAGMENTS = 200

async function placesOf(results: readonly PagefindResult[]): Promise<ResultPlaces> {
  const fromFile = results[0] ? await resultPlacesFor(results[0].id) : null
  if (fromFile) return fromFile
  const some = results.slice(0, MAX_PLACED_FROM_FRAGMENTS)
  const data = await Promise.all(some.map((r) => r.data()))
  return resultPlacesFromMeta(some.map((r, i) => ({ id: r.id, meta: data[i]!.meta })))
}

/** Ranked results as shown: each one's Pagefind data, fetched now. */
async function rowsOf(ranked: readonly RankedResult<PagefindResult>[]): Promise<Row[]> {
  return Promise.all(
    ranked.map(async ({ result, miles, noVenue }) => ({
      data: await result.data(),
      miles,
      noVenue,
    })),
  )
}

type Status = 'static' | 'idle' | 'loading' | 'ready' | 'error'

/** The results map's component, once loaded. */
type ResultsMapComponent = typeof ResultsMapModule

/**
 * Results shown at first, and added by each "Show more results". Each result shown fetches its
 * own Pagefind fragment (~2.4 KB gzip), so the first search shows five, as Pagefind's own
 * interface does: on a phone about two screens. At ten, the first search at 1,000 listings moved
 * 158 KB, over its 150 KB budget (docs/benchmark.md). A family who wants more gets ten at a time.
 */
const FIRST_PAGE = 5
const MORE_PAGE = 10

function pluralCount(templates: Record<string, string>, locale: string, count: number): string {
  const form = count === 0 && templates.zero ? 'zero' : new Intl.PluralRules(locale).select(count)
  return (templates[form] ?? templates.other ?? '{{count}}').replace('{{count}}', String(count))
}

/** The long groups' options as fetched: anything but lists of { value, label } counts as none. */
function longOptionsFrom(data: unknown): Partial<Record<FilterKey, FilterOption[]>> {
  const options: Partial<Record<FilterKey, FilterOption[]>> = {}
  if (typeof data !== 'object' || data === null) return options
  for (const [key, list] of Object.entries(data)) {
    if (!(FILTER_KEYS as readonly string[]).includes(key) || !Array.isArray(list)) continue
    options[key as FilterKey] = list.filter(
      (item): item is FilterOption =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as FilterOption).value === 'string' &&
        typeof (item as FilterOption).label === 'string',
    )
  }
  return options
}

/** GOV.UK's tablet width: from here the filters are a column beside the results, open. */
const WIDE_SCREEN = '(min-width: 40.0625em)'

/** The counts beside each filter option: see facetCountArguments. */
async function facetCounts(
  pagefind: Pagefind,
  query: string | null,
  chosen: Partial<SearchFilters>,
  main: PagefindSearch,
): Promise<FilterCounts> {
  const perGroup = await Promise.all(
    facetCountArguments(chosen).map(async ({ key, filters }) => {
      // No query and nothing else chosen: the counts over the whole index.
      if (!query && !hasFilters(filters)) return { key, counts: await pagefind.filters() }
      const widened = await pagefind.search(query, { filters })
      return { key, counts: widened?.filters ?? {} }
    }),
  )
  return mergeFacetCounts(main.filters, perGroup)
}

/** The first page of results' data (Pagefind keeps what it loaded, so asking again costs nothing). */
function firstPageOf(result: PagefindSearch | null): Promise<PagefindResultData[]> {
  return Promise.all((result?.results ?? []).slice(0, FIRST_PAGE).map((r) => r.data()))
}

function hasFilters(filters: object): boolean {
  return Object.keys(filters).length > 0
}

function readUrl(): { query: string; filters: Partial<SearchFilters>; place: PlaceChoice } {
  const params = new URLSearchParams(window.location.search)
  return {
    query: (params.get('q') ?? '').slice(0, 200),
    filters: filtersFromSearchParams(params),
    place: placeFromSearchParams(params),
  }
}

/** Every listing has an EHC plan filter value, so this matches every listing (near me, no query). */
const EVERY_LISTING = { ehc: { any: ['needed', 'not-needed'] } }

function currentPosition(): Promise<Coordinates> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('no geolocation'))
      return
    }
    navigator.geolocation.getCurrentPosition(
      (position) =>
        resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      reject,
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 },
    )
  })
}

export default function SearchApp({
  locale,
  labels,
  groups,
  path,
  tiles,
  wordsHref,
  longOptionsHref,
  helpline,
}: Props) {
  const [status, setStatus] = useState<Status>('static')
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<Partial<SearchFilters>>({})
  const [near, setNear] = useState('')
  const [within, setWithin] = useState<WithinMiles | null>(null)
  const [origin, setOrigin] = useState<Origin>(null)
  const [problem, setProblem] = useState<PlaceProblem>(null)
  const [locating, setLocating] = useState(false)
  const [search, setSearch] = useState<PagefindSearch | null>(null)
  const [placedRows, setPlacedRows] = useState<RankedResult<PagefindResult>[] | null>(null)
  const [counts, setCounts] = useState<FilterCounts>({})
  const [shown, setShown] = useState<Row[]>([])
  const [searchedFor, setSearchedFor] = useState('')
  /** The query typed, when it found nothing and a corrected spelling was searched for instead. */
  const [typed, setTyped] = useState<string | null>(null)
  const [longOptions, setLongOptions] = useState<Partial<Record<FilterKey, FilterOption[]>> | null>(
    null,
  )
  const longOptionsAsked = useRef(false)
  const [filtersOpen, setFiltersOpen] = useState(false)
  const [mapShown, setMapShown] = useState(false)
  // Leaflet and the map module load only when a family asks for the map.
  const [ResultsMap, setResultsMap] = useState<ResultsMapComponent | null>(null)
  useEffect(() => {
    if (!mapShown || ResultsMap) return
    void import('./ResultsMap').then((module) => setResultsMap(() => module.default))
  }, [mapShown, ResultsMap])
  const run = useRef(0)
  const resultList = useRef<HTMLUListElement>(null)
  const focusResult = useRef<number | null>(null)
  const inputId = useId()
  const nearId = useId()
  const withinId = useId()

  const runSearch = useCallback(
    async (
      q: string,
      chosen: Partial<SearchFilters>,
      place: PlaceChoice,
      device: Coordinates | null = null,
    ) => {
      const mine = ++run.current
      const active = pagefindFilterArgument(chosen)
      let from: Origin = device ? { at: device, label: labels.myLocation } : null
      let placeProblem: PlaceProblem = null
      if (!device && place.near) {
        const found = await lookUpPostcode(place.near)
        if (mine !== run.current) return
        if (found.kind === 'found') from = { at: found.at, label: found.postcode }
        else placeProblem = found.kind
      }
      setOrigin(from)
      setProblem(placeProblem)
      // A postcode we could not place is said beside its field: open the folded panel to show it.
      if (placeProblem) setFiltersOpen(true)
      if (!q.trim() && !hasFilters(active) && !from) {
        setSearch(null)
        setPlacedRows(null)
        setCounts({})
        setShown([])
        setStatus('idle')
        return
      }
      setStatus('loading')
      try {
        const pagefind = await loadPagefind()
        const everything = !q.trim() && !hasFilters(active)
        const filterArgument = { filters: everything ? EVERY_LISTING : active }
        let searched = q.trim()
        let result = await pagefind.search(searched || null, filterArgument)
        let firstPage = await firstPageOf(result)
        if (mine !== run.current) return
        // A word found nowhere: search again with it put right ("autisim" → "autism"), loading
        // the site's words and the spelling module only now.
        let misspelt: string | null = null
        const excerpts = firstPage.map((data) => data.excerpt)
        if (result && searched && searchMissedWords(searched, excerpts, locale)) {
          const corrected = await correctSpelling(searched, locale, wordsHref)
          const retry = corrected ? await pagefind.search(corrected, filterArgument) : null
          if (mine !== run.current) return
          if (corrected && retry && retry.results.length > 0) {
            misspelt = searched
            searched = corrected
            result = retry
            firstPage = await firstPageOf(result)
          } else {
            // Pages that only share a letter with the search are no answer: say nothing was
            // found, and what to try.
            result = { ...result, results: [] }
            firstPage = []
          }
        }
        let rows: Row[] = []
        let placed: RankedResult<PagefindResult>[] | null = null
        if (result && from) {
          placed = rankByDistance(
            result.results,
            await placesOf(result.results),
            from.at,
            place.within,
          )
          rows = await rowsOf(placed.slice(0, FIRST_PAGE))
        } else {
          rows = firstPage.map((data) => ({ data }))
        }
        const shownCounts =
          result && result.results.length > 0
            ? await facetCounts(pagefind, searched || null, chosen, result)
            : {}
        if (mine !== run.current) return
        setSearch(result)
        setPlacedRows(placed)
        setCounts(shownCounts)
        setShown(rows)
        setSearchedFor(searched)
        setTyped(misspelt)
        setStatus('ready')
      } catch (error) {
        console.error(error)
        if (mine === run.current) setStatus('error')
      }
    },
    [labels.myLocation, locale, wordsHref],
  )

  // The long groups' options come only when a family opens one of those groups or the address
  // chooses one of them: the first search does not carry them.
  const needLongOptions = useCallback(() => {
    if (longOptionsAsked.current) return
    longOptionsAsked.current = true
    void fetch(longOptionsHref)
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : {}))
      .catch(() => ({}))
      .then((data) => setLongOptions(longOptionsFrom(data)))
  }, [longOptionsHref])

  // From tablet width the filters are a column beside the results, so they start open there.
  useEffect(() => {
    if (window.matchMedia(WIDE_SCREEN).matches) setFiltersOpen(true)
  }, [])

  useEffect(() => {
    const fromUrl = () => {
      const state = readUrl()
      if (groups.some((group) => group.long && (state.filters[group.key]?.length ?? 0) > 0))
        needLongOptions()
      setQuery(state.query)
      setFilters(state.filters)
      setNear(state.place.near)
      setWithin(state.place.within)
      void runSearch(state.query, state.filters, state.place)
    }
    fromUrl()
    window.addEventListener('popstate', fromUrl)
    return () => window.removeEventListener('popstate', fromUrl)
  }, [runSearch, groups, needLongOptions])

  const commit = (
    q: string,
    chosen: Partial<SearchFilters>,
    place: PlaceChoice = { near, within },
    device: Coordinates | null = null,
  ) => {
    const params = addPlaceParams(searchParamsFor(q, chosen), place).toString()
    const url = params ? `${path}?${params}` : path
    if (`${window.location.pathname}${window.location.search}` !== url)
      window.history.pushState(null, '', url)
    void runSearch(q, chosen, place, device)
  }

  const toggle = (key: FilterKey, value: string, checked: boolean) => {
    const current = new Set(filters[key] ?? [])
    if (checked) current.add(value)
    else current.delete(value)
    const next = { ...filters, [key]: [...current] }
    setFilters(next)
    commit(query, next)
  }

  const locateDevice = async () => {
    setLocating(true)
    try {
      // The position stays in this page: it is never put in the address or sent anywhere.
      const device = await currentPosition()
      setNear('')
      commit(query, filters, { near: '', within }, device)
    } catch {
      setProblem('location')
      setFiltersOpen(true)
    } finally {
      setLocating(false)
    }
  }

  // One "Show more" at a time: a second press while the first is fetching would add the same
  // results twice. Results fetched for a search since replaced are dropped.
  const loadingMore = useRef(false)
  const showMore = async () => {
    if (loadingMore.current) return
    loadingMore.current = true
    const mine = run.current
    try {
      const from = shown.length
      let more: Row[]
      if (placedRows) more = await rowsOf(placedRows.slice(from, from + MORE_PAGE))
      else if (search) {
        more = (
          await Promise.all(search.results.slice(from, from + MORE_PAGE).map((r) => r.data()))
        ).map((data) => ({ data }))
      } else return
      if (mine !== run.current) return
      // Keyboard and screen-reader users continue from the first result just added.
      focusResult.current = more.length > 0 ? from : null
      setShown((previous) => [...previous, ...more])
    } finally {
      loadingMore.current = false
    }
  }

  useEffect(() => {
    if (focusResult.current === null) return
    const links = resultList.current?.querySelectorAll<HTMLAnchorElement>('.lo-card__title a')
    links?.[focusResult.current]?.focus()
    focusResult.current = null
  }, [shown])

  const mapPlaces = useMemo(
    () =>
      shown.flatMap((row) =>
        venuesFromMeta(row.data.meta.places).map((at) => ({
          at,
          title: row.data.meta.title ?? row.data.url,
          url: row.data.url,
        })),
      ),
    [shown],
  )
  const chosenCount = FILTER_KEYS.reduce((n, key) => n + (filters[key]?.length ?? 0), 0)
  const total = placedRows ? placedRows.length : (search?.results.length ?? 0)
  useSearchMissBeacon(status === 'ready' && total === 0 ? searchedFor : '', locale)
  const problemText =
    problem === 'malformed'
      ? labels.postcodeMalformed
      : problem === 'unknown'
        ? labels.postcodeUnknown.replace('{{postcode}}', near.toUpperCase())
        : problem === 'location'
          ? labels.locationFailed
          : null
  const problemId = `${nearId}-error`
  const interactive = status !== 'static'
  const milesText = (miles: number) => formatMiles(miles, locale)

  const nearFields = (
    <div className={`lo-near${problemText ? ' govuk-form-group--error' : ''}`}>
      <div className="govuk-form-group lo-near__postcode">
        <label className="govuk-label govuk-label--s" htmlFor={nearId}>
          {labels.nearLabel}
        </label>
        <div className="govuk-hint" id={`${nearId}-hint`}>
          {labels.nearHint}
        </div>
        {problemText && (
          <p className="govuk-error-message" id={problemId}>
            <span className="govuk-visually-hidden">Error:</span> {problemText}
          </p>
        )}
        <input
          className={`govuk-input govuk-input--width-10${problemText ? ' govuk-input--error' : ''}`}
          id={nearId}
          name="near"
          type="text"
          dir="ltr"
          autocomplete="postal-code"
          spellcheck={false}
          maxLength={16}
          aria-describedby={`${nearId}-hint${problemText ? ` ${problemId}` : ''}`}
          value={near}
          onInput={(event) => setNear(event.currentTarget.value)}
        />
      </div>
      <div className="govuk-form-group lo-near__within">
        <label className="govuk-label govuk-label--s" htmlFor={withinId}>
          {labels.within}
        </label>
        <select
          className="govuk-select"
          id={withinId}
          name="within"
          value={within ?? ''}
          onChange={(event) => {
            const next = (Number(event.currentTarget.value) || null) as WithinMiles | null
            setWithin(next)
            if (interactive && (origin || near)) commit(query, filters, { near, within: next })
          }}
        >
          <option value="">{labels.withinAny}</option>
          {withinMiles.map((miles) => (
            <option key={miles} value={miles}>
              {formatMiles(miles, locale).replace(/[.,]0(?=\D)/, '')}
            </option>
          ))}
        </select>
      </div>
      {interactive && (
        <div className="govuk-form-group lo-near__locate">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => void locateDevice()}
            disabled={locating}
            aria-disabled={locating}
          >
            {locating ? labels.locating : labels.useMyLocation}
          </button>
        </div>
      )}
    </div>
  )

  return (
    <div className="govuk-grid-row lo-search">
      <div className="govuk-grid-column-full">
        <form
          action={path}
          method="get"
          role="search"
          className="lo-search-box"
          onSubmit={(event) => {
            event.preventDefault()
            commit(query, filters)
          }}
        >
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor={inputId}>
              {labels.queryLabel}
            </label>
            <div className="lo-search-box__row">
              <input
                className="govuk-input lo-search-box__input"
                id={inputId}
                name="q"
                type="search"
                autocomplete="off"
                value={query}
                onInput={(event) => setQuery(event.currentTarget.value)}
              />
              <button className="govuk-button lo-search-box__button" type="submit">
                {labels.submit}
              </button>
            </div>
          </div>
          <div className="lo-search__layout">
            {/*
              Phone first: the near-me fields and the filters fold into a disclosure, so the
              results come straight after the search box; a <details> opens and closes without
              JavaScript too. From tablet width it starts open, as a column beside the results.
            */}
            <details
              className="lo-search__filter-area"
              open={filtersOpen}
              onToggle={(event) => setFiltersOpen(event.currentTarget.open)}
            >
              <summary className="lo-filter-toggle">
                {labels.filterResults}{' '}
                <span className="lo-filter-toggle__count">
                  ({pluralCount(labels.filtersActive, locale, chosenCount)})
                </span>
              </summary>
              <div className="lo-search__filters">
                {nearFields}
                <h2 className="govuk-heading-m">{labels.filters}</h2>
                <FilterGroups
                  groups={groups}
                  chosen={filters}
                  counts={status === 'ready' ? counts : null}
                  onToggle={toggle}
                  activeText={(count) => pluralCount(labels.filtersActive, locale, count)}
                  longOptions={longOptions}
                  onNeedLongOptions={needLongOptions}
                  loading={labels.loading}
                  interactive={interactive}
                />
                {status === 'static' ? (
                  <button className="govuk-button govuk-button--secondary" type="submit">
                    {labels.applyFilters}
                  </button>
                ) : (
                  chosenCount > 0 && (
                    <button
                      className="govuk-button govuk-button--secondary"
                      type="button"
                      onClick={() => {
                        setFilters({})
                        commit(query, {})
                      }}
                    >
                      {labels.clearFilters}
                    </button>
                  )
                )}
              </div>
            </details>
            <div className="lo-search__results">
              {status === 'static' && (
                <div className="lo-inset-text">
                  {labels.needsJavaScript}{' '}
                  <a className="govuk-link" href={labels.categoriesHref}>
                    {labels.categories}
                  </a>{' '}
                  ·{' '}
                  <a className="govuk-link" href={labels.aToZHref}>
                    {labels.aToZ}
                  </a>
                </div>
              )}
              <div role="status" aria-live="polite" className="lo-search__status">
                {status === 'loading' && <p className="govuk-body">{labels.loading}</p>}
                {status === 'idle' && <p className="govuk-body">{labels.enterQuery}</p>}
                {status === 'error' && <p className="govuk-body">{labels.error}</p>}
                {status === 'ready' && typed && (
                  <p className="govuk-body lo-search__corrected">
                    {labels.corrected
                      .replace('{{typed}}', typed)
                      .replace('{{corrected}}', searchedFor)}
                  </p>
                )}
                {status === 'ready' && (
                  <h2 className="govuk-heading-m">
                    {pluralCount(labels.results, locale, total)}
                    {searchedFor && ` ${labels.resultsFor.replace('{{query}}', searchedFor)}`}
                    {origin && (
                      <>
                        ,{' '}
                        <span dir="auto">
                          {labels.nearestFirst.replace('{{place}}', origin.label)}
                        </span>
                      </>
                    )}
                  </h2>
                )}
              </div>
              {status === 'ready' && total === 0 && (
                <NoResults query={searchedFor} labels={labels.noResults} helpline={helpline} />
              )}
              {status === 'ready' && shown.length > 0 && (
                <>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary lo-map-toggle"
                    aria-pressed={mapShown}
                    onClick={() => setMapShown((open) => !open)}
                  >
                    {mapShown ? labels.hideMap : labels.showMap}
                  </button>
                  {mapShown &&
                    (ResultsMap ? (
                      <ResultsMap
                        label={labels.mapLabel}
                        help={labels.mapHelp}
                        unavailable={labels.mapUnavailable}
                        tiles={tiles}
                        origin={origin?.at ?? null}
                        places={mapPlaces}
                      />
                    ) : (
                      <p className="govuk-body">{labels.loading}</p>
                    ))}
                  <ul className="lo-cards" role="list" ref={resultList}>
                    {shown.map(({ data: result, miles, noVenue }) => (
                      <li className="lo-card" key={result.url}>
                        {/* A listing not yet translated shows its English name and summary,
                            marked lang="en" (read as English) and dir="auto" (left to right on
                            an Arabic page, full stop last). */}
                        <h3
                          className="govuk-heading-s lo-card__title"
                          dir="auto"
                          lang={result.meta.titleLang}
                        >
                          <a className="govuk-link" href={result.url}>
                            {result.meta.title}
                          </a>
                        </h3>
                        {origin && (
                          <p className="govuk-body-s lo-card__distance">
                            {miles !== undefined ? (
                              <strong>
                                {labels.distanceAway.replace('{{distance}}', milesText(miles))}
                              </strong>
                            ) : noVenue ? (
                              labels.noVenue
                            ) : null}
                          </p>
                        )}
                        {result.meta.summary && (
                          <p
                            className="govuk-body lo-card__summary"
                            dir="auto"
                            lang={result.meta.summaryLang}
                          >
                            {result.meta.summary}
                          </p>
                        )}
                        <p className="govuk-body-s lo-card__meta">
                          {result.meta.category}
                          {result.meta.ages && (
                            <>
                              <span aria-hidden="true"> · </span>
                              {result.meta.ages}
                            </>
                          )}
                        </p>
                      </li>
                    ))}
                  </ul>
                  {shown.length < total && (
                    <button
                      className="govuk-button govuk-button--secondary"
                      type="button"
                      onClick={() => void showMore()}
                    >
                      {labels.showMore}
                    </button>
                  )}
                </>
              )}
            </div>
          </div>
        </form>
      </div>
    </div>
  )
}
