/**
 * The search page's island: Pagefind over the built site, with filters. The query and filters
 * live in the URL, so a search can be shared and the back button works. Without JavaScript the
 * server-rendered form still shows, with a note pointing to the category pages and the A to Z.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react'

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
import {
  loadPagefind,
  type Pagefind,
  type PagefindResultData,
  type PagefindSearch,
} from './pagefind'

export interface FilterGroup {
  key: FilterKey
  legend: string
  options: Array<{ value: string; label: string }>
}

export interface SearchLabels {
  queryLabel: string
  submit: string
  filters: string
  clearFilters: string
  applyFilters: string
  loading: string
  needsJavaScript: string
  error: string
  noResultsHelp: string
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
}

interface Props {
  locale: string
  labels: SearchLabels
  groups: FilterGroup[]
  /** The search page's own path, e.g. /pl/search/ */
  path: string
}

type Status = 'static' | 'idle' | 'loading' | 'ready' | 'error'

/** Results shown at first and per "Show more": each one fetches its own Pagefind fragment. */
const PAGE_SIZE = 10

function pluralCount(labels: SearchLabels, locale: string, count: number): string {
  const form =
    count === 0 && labels.results.zero ? 'zero' : new Intl.PluralRules(locale).select(count)
  return (labels.results[form] ?? labels.results.other ?? '{{count}}').replace(
    '{{count}}',
    String(count),
  )
}

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

function hasFilters(filters: object): boolean {
  return Object.keys(filters).length > 0
}

function readUrl(): { query: string; filters: Partial<SearchFilters> } {
  const params = new URLSearchParams(window.location.search)
  return { query: params.get('q') ?? '', filters: filtersFromSearchParams(params) }
}

export default function SearchApp({ locale, labels, groups, path }: Props) {
  const [status, setStatus] = useState<Status>('static')
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<Partial<SearchFilters>>({})
  const [search, setSearch] = useState<PagefindSearch | null>(null)
  const [counts, setCounts] = useState<FilterCounts>({})
  const [shown, setShown] = useState<PagefindResultData[]>([])
  const [searchedFor, setSearchedFor] = useState('')
  const run = useRef(0)
  const resultList = useRef<HTMLUListElement>(null)
  const focusResult = useRef<number | null>(null)
  const inputId = useId()

  const runSearch = useCallback(async (q: string, chosen: Partial<SearchFilters>) => {
    const mine = ++run.current
    const active = pagefindFilterArgument(chosen)
    if (!q.trim() && !hasFilters(active)) {
      setSearch(null)
      setCounts({})
      setShown([])
      setStatus('idle')
      return
    }
    setStatus('loading')
    try {
      const pagefind = await loadPagefind()
      const result = await pagefind.search(q.trim() || null, { filters: active })
      if (mine !== run.current) return
      const [first, shownCounts] = result
        ? await Promise.all([
            Promise.all(result.results.slice(0, PAGE_SIZE).map((r) => r.data())),
            facetCounts(pagefind, q.trim() || null, chosen, result),
          ])
        : [[], {}]
      if (mine !== run.current) return
      setSearch(result)
      setCounts(shownCounts)
      setShown(first)
      setSearchedFor(q.trim())
      setStatus('ready')
    } catch (error) {
      console.error(error)
      if (mine === run.current) setStatus('error')
    }
  }, [])

  useEffect(() => {
    const fromUrl = () => {
      const state = readUrl()
      setQuery(state.query)
      setFilters(state.filters)
      void runSearch(state.query, state.filters)
    }
    fromUrl()
    window.addEventListener('popstate', fromUrl)
    return () => window.removeEventListener('popstate', fromUrl)
  }, [runSearch])

  const commit = (q: string, chosen: Partial<SearchFilters>) => {
    const params = searchParamsFor(q, chosen).toString()
    const url = params ? `${path}?${params}` : path
    if (`${window.location.pathname}${window.location.search}` !== url)
      window.history.pushState(null, '', url)
    void runSearch(q, chosen)
  }

  const toggle = (key: FilterKey, value: string, checked: boolean) => {
    const current = new Set(filters[key] ?? [])
    if (checked) current.add(value)
    else current.delete(value)
    const next = { ...filters, [key]: [...current] }
    setFilters(next)
    commit(query, next)
  }

  const showMore = async () => {
    if (!search) return
    const more = await Promise.all(
      search.results.slice(shown.length, shown.length + PAGE_SIZE).map((r) => r.data()),
    )
    // Keyboard and screen-reader users continue from the first result just added.
    focusResult.current = more.length > 0 ? shown.length : null
    setShown((previous) => [...previous, ...more])
  }

  useEffect(() => {
    if (focusResult.current === null) return
    const links = resultList.current?.querySelectorAll<HTMLAnchorElement>('.lo-card__title a')
    links?.[focusResult.current]?.focus()
    focusResult.current = null
  }, [shown])

  const chosenCount = FILTER_KEYS.reduce((n, key) => n + (filters[key]?.length ?? 0), 0)
  const total = search?.results.length ?? 0
  const countFor = (key: FilterKey, value: string) => counts[key]?.[value]

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
                autoComplete="off"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
              <button className="govuk-button lo-search-box__button" type="submit">
                {labels.submit}
              </button>
            </div>
          </div>
          <div className="lo-search__layout">
            <div className="lo-search__filters">
              <h2 className="govuk-heading-m">{labels.filters}</h2>
              {groups.map((group) => (
                <div className="govuk-form-group" key={group.key}>
                  <fieldset className="govuk-fieldset">
                    <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                      {group.legend}
                    </legend>
                    <div className="govuk-checkboxes govuk-checkboxes--small">
                      {group.options.map((option) => {
                        const id = `filter-${group.key}-${option.value}`
                        const count = countFor(group.key, option.value)
                        return (
                          <div className="govuk-checkboxes__item" key={option.value}>
                            <input
                              className="govuk-checkboxes__input"
                              id={id}
                              name={group.key}
                              type="checkbox"
                              value={option.value}
                              checked={filters[group.key]?.includes(option.value) ?? false}
                              onChange={(event) =>
                                toggle(group.key, option.value, event.target.checked)
                              }
                            />
                            <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                              {option.label}
                              {status === 'ready' && count !== undefined && (
                                <span className="lo-count"> ({count})</span>
                              )}
                            </label>
                          </div>
                        )
                      })}
                    </div>
                  </fieldset>
                </div>
              ))}
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
                {status === 'ready' && (
                  <h2 className="govuk-heading-m">
                    {pluralCount(labels, locale, total)}
                    {searchedFor && ` ${labels.resultsFor.replace('{{query}}', searchedFor)}`}
                  </h2>
                )}
              </div>
              {status === 'ready' && total === 0 && (
                <p className="govuk-body">{labels.noResultsHelp}</p>
              )}
              {status === 'ready' && shown.length > 0 && (
                <ul className="lo-cards" role="list" ref={resultList}>
                  {shown.map((result) => (
                    <li className="lo-card" key={result.url}>
                      <h3 className="govuk-heading-s lo-card__title">
                        <a className="govuk-link" href={result.url}>
                          {result.meta.title}
                        </a>
                      </h3>
                      {result.meta.summary && (
                        <p className="govuk-body lo-card__summary">{result.meta.summary}</p>
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
              )}
              {status === 'ready' && shown.length < total && (
                <button
                  className="govuk-button govuk-button--secondary"
                  type="button"
                  onClick={() => void showMore()}
                >
                  {labels.showMore}
                </button>
              )}
            </div>
          </div>
        </form>
      </div>
    </div>
  )
}
