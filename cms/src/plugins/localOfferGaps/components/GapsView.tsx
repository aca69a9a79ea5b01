import { labelFor, locales } from '@local-offer/shared'
import type { AdminViewServerProps } from 'payload'

import { staffAdminView } from '../../../components/staffAdminView'
import { StaffTable, type StaffTableColumn } from '../../../components/StaffTable'
import { dimensionKeys } from '../dimensions'
import { gapChoiceFrom, gapChoiceQuery } from '../gapChoice'
import { gapDimensionsNow, gapListings } from '../gapListings'
import { gapTable, THIN_AT_MOST, type GapCell } from '../gapTable'
import { couldNotFindComments, searchMissTotals } from '../searchMissSummary'
import { gapStrings as s } from '../strings'

/** How many searches the view lists; the rest are in the Searches that found nothing collection. */
const SEARCHES_SHOWN = 50

const localeNames = locales.map((l) => ({ value: l.code, label: l.englishName }))

type GapRow = { value: string; label: string; cells: readonly GapCell[] }

/** A cell says its state in words as well as by its shading (WCAG 1.4.1). */
const gapColumn = (
  column: { value: string; label: string },
  c: number,
): StaffTableColumn<GapRow> => ({
  key: `value-${column.value}`,
  heading: column.label,
  cellAttributes: (row) => ({ className: `gaps__cell gaps__cell--${row.cells[c]!.state}` }),
  cell: (row) => {
    const cell = row.cells[c]!
    return (
      <>
        {cell.count}
        {cell.state === 'empty' && <strong className="gaps__marker"> {s.empty}</strong>}
        {cell.state === 'thin' && <strong className="gaps__marker"> {s.thin}</strong>}
      </>
    )
  },
})

/**
 * /admin/local-offer-gaps (issue 15 item 5): published, current listings counted by two of
 * category, area of need, age group and locality, with empty and thin cells marked, a CSV of the
 * same table, and beside it the searches that found nothing and the comments about finding things.
 * The form is a plain GET form: it works without JavaScript and the address can be shared.
 * LA staff only; the CSV endpoint checks again.
 */
export function GapsView(props: AdminViewServerProps) {
  return staffAdminView(
    props,
    { title: s.title, staffOnly: s.staffOnly, className: 'gaps' },
    async ({ payload, searchParams }) => {
      const dimensions = await gapDimensionsNow(payload)
      const choice = gapChoiceFrom(searchParams ?? {}, dimensions)
      const [listings, searches, comments] = await Promise.all([
        gapListings(payload),
        searchMissTotals(payload),
        couldNotFindComments(payload),
      ])
      const table = gapTable(listings, choice, dimensions)
      const rowName = dimensions[choice.rows].label
      const columnName = dimensions[choice.columns].label
      const api = payload.config.routes.api
      const admin = payload.config.routes.admin
      const others = dimensionKeys.filter((key) => key !== choice.rows && key !== choice.columns)
      return (
        <>
          <p>{s.intro}</p>
          <form method="get" className="gaps__form" aria-labelledby="gaps-choose">
            <h2 id="gaps-choose">{s.choose}</h2>
            <div className="gaps__fields">
              {(
                [
                  ['rows', s.rows, choice.rows],
                  ['columns', s.columns, choice.columns],
                ] as const
              ).map(([name, label, value]) => (
                <label key={name} className="gaps__field">
                  <span>{label}</span>
                  <select name={name} defaultValue={value}>
                    {dimensionKeys.map((key) => (
                      <option key={key} value={key}>
                        {dimensions[key].label}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              {others.map((key) => (
                <label key={key} className="gaps__field">
                  <span>{s.onlyFor(dimensions[key].label)}</span>
                  <select name={key} defaultValue={choice.filters[key] ?? ''}>
                    <option value="">{s.any}</option>
                    {dimensions[key].values.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            <div className="gaps__actions">
              <button type="submit" className="btn btn--style-primary btn--size-medium">
                {s.show}
              </button>
              <a href={`${api}/local-offer-gaps/csv?${gapChoiceQuery(choice)}`} download>
                {s.csv}
              </a>
            </div>
          </form>
          <p>{s.legend(THIN_AT_MOST)}</p>
          <p role="status">{s.summary(table.listings, table.empty, table.thin)}</p>
          <StaffTable
            className="gaps__table"
            caption={s.caption(rowName, columnName)}
            captionId="gaps-caption"
            scroll="gaps__scroll"
            rows={table.rows.map((row, r) => ({ ...row, cells: table.cells[r]! }))}
            rowKey={(row) => row.value}
            columns={[
              {
                key: 'rows',
                heading: `${rowName} \\ ${columnName}`,
                rowHeader: true,
                cell: (row) => row.label,
              },
              ...table.columns.map(gapColumn),
            ]}
          />

          <section aria-labelledby="gaps-searches" className="gaps__searches">
            <h2 id="gaps-searches">{s.searches}</h2>
            <p>{s.searchesIntro}</p>
            <p>
              {s.comments(comments)}{' '}
              <a href={`${admin}/collections/comments?where[topic][equals]=website`}>
                {s.commentsLink}
              </a>
            </p>
            {searches.length === 0 ? (
              <p>{s.searchesNone}</p>
            ) : (
              <StaffTable
                className="gaps__table"
                caption={s.searchesCaption}
                captionId="gaps-searches-caption"
                scroll="gaps__scroll"
                rows={searches.slice(0, SEARCHES_SHOWN)}
                rowKey={(search) => `${search.locale}-${search.term}`}
                columns={[
                  {
                    key: 'words',
                    heading: s.words,
                    cellAttributes: (search) => ({ dir: 'auto', lang: search.locale }),
                    cell: (search) => search.term,
                  },
                  {
                    key: 'language',
                    heading: s.language,
                    cell: (search) => labelFor(localeNames, search.locale) ?? search.locale,
                  },
                  { key: 'times', heading: s.times, cell: (search) => search.count },
                  { key: 'days', heading: s.days, cell: (search) => search.days },
                ]}
              />
            )}
            {searches.length > SEARCHES_SHOWN && (
              <p>{s.moreNotShown(searches.length - SEARCHES_SHOWN)}</p>
            )}
          </section>
        </>
      )
    },
  )
}
