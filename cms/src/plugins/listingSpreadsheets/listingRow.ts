import { relationId } from '../../relationships/relationshipIds'
import type { Service } from '../../payload-types'
import { columnGroups, columns, groupHeader, headerFor, type ColumnGroup } from './columns'

/** A spreadsheet row: header → cell text. */
export type Row = Record<string, string>

/** What the export knows besides the listing itself. */
export interface ListingFacts {
  locale: string
  organisationName?: string
  /** A version of the listing is published. */
  live: boolean
}

const at = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    value,
  )

/** Items of one of the listing's lists (contacts, locations, opening times). */
export const itemsOf = (listing: Service, group: ColumnGroup): Array<Record<string, unknown>> => {
  const items = listing[group.field]
  return Array.isArray(items) ? (items as unknown as Array<Record<string, unknown>>) : []
}

/** The stored value of a column, as the cell kinds read it. */
export function storedValue(listing: Service, path: readonly string[], facts: ListingFacts) {
  if (path[0] === 'organisation') return relationId(listing.organisation)
  if (path[0] === 'image') return listing.image ? relationId(listing.image) : null
  if (path[0] === 'organisation_name') return facts.organisationName ?? ''
  if (path[0] === 'locale') return facts.locale
  if (path[0] === 'live') return facts.live ? 'yes' : 'no'
  if (path[0] === 'lastReviewed') return listing.lastReviewed?.slice(0, 10) ?? ''
  return at(listing, path)
}

/** One listing in one language as a spreadsheet row (every column of `header`). */
export function listingToRow(
  listing: Service,
  facts: ListingFacts,
  header: readonly string[],
): Row {
  const row: Row = Object.fromEntries(header.map((key) => [key, '']))
  for (const column of columns) {
    if (column.key in row) {
      row[column.key] = column.kind.toCell(storedValue(listing, column.path, facts))
    }
  }
  for (const group of columnGroups) {
    itemsOf(listing, group).forEach((item, index) => {
      for (const field of group.fields) {
        const key = groupHeader(group, index + 1, field)
        if (key in row) row[key] = field.kind.toCell(item[field.field])
      }
    })
  }
  return row
}

/** The header for these listings: enough numbered columns for the longest list. */
export function headerForListings(listings: readonly Service[]): string[] {
  const counts = Object.fromEntries(
    columnGroups.map((group) => [
      group.key,
      Math.max(1, ...listings.map((listing) => itemsOf(listing, group).length)),
    ]),
  )
  return headerFor(counts)
}
