import { categories, defaultLocale, labelFor, type LocaleCode } from '@local-offer/shared'

import type { Service } from '../../payload-types'
import { sameValue, type StoredValue } from './cellKinds'
import {
  columnGroups,
  columns,
  groupColumnOf,
  groupHeader,
  groupLabel,
  ID_COLUMN,
  LOCALE_COLUMN,
  localeKind,
  ORGANISATION_COLUMN,
  SLUG_COLUMN,
  type Column,
  type ColumnGroup,
} from './columns'
import { itemsOf, storedValue, type ListingFacts, type Row } from './listingRow'
import { categoryOfTerm } from './vocabularyCells'
import { spreadsheetStrings as s } from './strings'

/**
 * What the import would do with one row, worked out without writing anything: pure, so the
 * preview, the confirmation and the tests all use the same rules.
 */
export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'rejected'

export interface RowPlan {
  /** The row's number in the spreadsheet (the header is row 1). */
  row: number
  outcome: RowOutcome
  listingId?: number | string
  /** The listing's name, for people reading the preview. */
  name: string
  locale: LocaleCode
  /** Rejected: every reason, each naming the column. */
  reasons: string[]
  /** Updated: the fields that change, in words. */
  changes: string[]
  /** Created or updated: what to write, in the row's language. */
  data?: Record<string, unknown>
  /** The listing's last change when the plan was made: confirming checks it is still the same. */
  basis?: string
}

/** The listings a file can refer to, as they are now (latest versions, in each language). */
export interface ListingIndex {
  byId: (locale: LocaleCode, id: string) => Service | undefined
  bySlug: (locale: LocaleCode, slug: string) => Service | undefined
  facts: (listing: Service, locale: LocaleCode) => ListingFacts
  organisationExists: (id: number) => boolean
}

const importable = (header: readonly string[]) =>
  columns.filter(
    (c) => !c.readOnly && header.includes(c.key) && ![ID_COLUMN, LOCALE_COLUMN].includes(c.key),
  )

const isBlank = (value: StoredValue) =>
  value === null || value === false || (Array.isArray(value) && value.length === 0)

const setAt = (target: Record<string, unknown>, path: readonly string[], value: unknown) => {
  let node = target
  path.slice(0, -1).forEach((key) => {
    const next = node[key]
    node[key] = next && typeof next === 'object' ? { ...(next as object) } : {}
    node = node[key] as Record<string, unknown>
  })
  node[path[path.length - 1] as string] = value
}

/** The group's items as written in the row: numbered item → field → value (blank items left out). */
interface ItemsFromRow {
  items: Array<Record<string, StoredValue>>
  reasons: string[]
  /** The fields of the group the file has columns for. */
  fields: Set<string>
}

function itemsFromRow(row: Row, header: readonly string[], group: ColumnGroup): ItemsFromRow {
  const present = header.map(groupColumnOf).filter((g) => g?.group.key === group.key)
  const numbers = [...new Set(present.map((g) => g?.n ?? 0))].sort((a, b) => a - b)
  const fields = new Set(present.map((g) => g?.field.field ?? ''))
  const items: ItemsFromRow['items'] = []
  const reasons: string[] = []
  for (const n of numbers) {
    const item: Record<string, StoredValue> = {}
    const itemReasons: string[] = []
    let written = false
    for (const field of group.fields) {
      const key = groupHeader(group, n, field)
      if (!(key in row)) continue
      const cell = row[key] ?? ''
      if (cell.trim() !== '') written = true
      const parsed = field.kind.parse(cell)
      if (parsed.ok) item[field.field] = parsed.value
      else itemReasons.push(`${groupLabel(group, n, field)}: ${parsed.problem}`)
    }
    if (!written) continue
    for (const field of group.fields) {
      if (field.required && fields.has(field.field) && isBlank(item[field.field] ?? null)) {
        itemReasons.push(`${groupLabel(group, n, field)}: ${s.fillIn}`)
      }
    }
    if (group.key === 'opening') {
      const { opens, closes } = item
      if (typeof opens === 'string' && typeof closes === 'string' && closes <= opens) {
        itemReasons.push(s.closesAfterOpens(`${group.label} ${n}`, opens, closes))
      }
    }
    reasons.push(...itemReasons)
    items.push(item)
  }
  return { items, reasons, fields }
}

/** The listing's items as the file would show them, for comparing. */
const existingItems = (listing: Service, group: ColumnGroup, fields: Set<string>) =>
  itemsOf(listing, group).map((item) =>
    Object.fromEntries(
      group.fields
        .filter((f) => fields.has(f.field))
        .map((f) => {
          const parsed = f.kind.parse(f.kind.toCell(item[f.field]))
          return [f.field, parsed.ok ? parsed.value : null]
        }),
    ),
  )

const sameItems = (
  a: ReadonlyArray<Record<string, StoredValue>>,
  b: ReadonlyArray<Record<string, StoredValue>>,
) =>
  a.length === b.length &&
  a.every((item, i) =>
    Object.keys({ ...item, ...b[i] }).every((key) =>
      sameValue(item[key] ?? null, b[i]?.[key] ?? null),
    ),
  )

/** "Contact 1 phone", or "Contacts: 2 instead of 1" when items are added or removed. */
function itemChanges(
  group: ColumnGroup,
  after: ReadonlyArray<Record<string, StoredValue>>,
  before: ReadonlyArray<Record<string, StoredValue>>,
): string[] {
  if (after.length !== before.length) {
    return [s.listLength(group.label, after.length, before.length)]
  }
  return after.flatMap((item, i) =>
    group.fields
      .filter(
        (f) => f.field in item && !sameValue(item[f.field] ?? null, before[i]?.[f.field] ?? null),
      )
      .map((f) => groupLabel(group, i + 1, f)),
  )
}

/** The value the listing has now for a column, parsed as the file's would be. */
const currentValue = (listing: Service, column: Column, facts: ListingFacts): StoredValue => {
  const parsed = column.kind.parse(column.kind.toCell(storedValue(listing, column.path, facts)))
  return parsed.ok ? parsed.value : null
}

/** Plans one data row. `seen` holds the listings (and languages) earlier rows change. */
export function planRow(
  rowNumber: number,
  row: Row,
  header: readonly string[],
  index: ListingIndex,
  seen: Map<string, number>,
): RowPlan {
  const reasons: string[] = []
  const parsedLocale = localeKind.parse(row[LOCALE_COLUMN] ?? '')
  if (!parsedLocale.ok) reasons.push(`${s.localeLabel}: ${parsedLocale.problem}`)
  const locale = ((parsedLocale.ok && parsedLocale.value) || defaultLocale) as LocaleCode

  // Which listing: the ID if there is one, otherwise the slug, otherwise a new listing.
  const id = (row[ID_COLUMN] ?? '').trim()
  const slugCell = columns.find((c) => c.key === SLUG_COLUMN)?.kind.parse(row[SLUG_COLUMN] ?? '')
  if (slugCell && !slugCell.ok) reasons.push(`${s.slugLabel}: ${slugCell.problem}`)
  const slug = slugCell?.ok && typeof slugCell.value === 'string' ? slugCell.value : ''
  let target: Service | undefined
  if (id) {
    target = index.byId(locale, id)
    if (!target) reasons.push(s.noSuchId(id))
  } else if (slug) {
    target = index.bySlug(locale, slug)
  }
  if (target && slug && target.slug !== slug) {
    const other = index.bySlug(locale, slug)
    if (other && String(other.id) !== String(target.id)) reasons.push(s.slugTaken(slug, other.id))
  }
  const creating = !target && !id
  if (creating && locale !== defaultLocale) reasons.push(s.newInEnglishFirst)

  const key = target ? `${target.id}:${locale}` : slug ? `slug:${slug}` : ''
  const earlier = key ? seen.get(key) : undefined
  if (earlier !== undefined) reasons.push(s.sameListingTwice(earlier))
  else if (key) seen.set(key, rowNumber)

  const facts: ListingFacts = target
    ? index.facts(target, locale)
    : { locale, live: false, organisationName: '' }

  // Every column the file has, parsed: each problem is a reason.
  const values = new Map<Column, StoredValue>()
  for (const column of importable(header)) {
    const parsed = column.kind.parse(row[column.key] ?? '')
    if (!parsed.ok) {
      reasons.push(`${column.label}: ${parsed.problem}`)
      continue
    }
    values.set(column, parsed.value)
    const mustFill = column.required && (!column.localized || locale === defaultLocale)
    if (mustFill && isBlank(parsed.value)) reasons.push(`${column.label}: ${s.fillIn}`)
  }
  if (creating) {
    for (const column of columns) {
      if (column.required && !header.includes(column.key)) {
        reasons.push(`${column.label}: ${s.missingColumn(column.key)}`)
      }
    }
  }
  const groups = columnGroups.map((group) => ({ group, ...itemsFromRow(row, header, group) }))
  for (const { group, items, reasons: itemReasons, fields } of groups) {
    reasons.push(...itemReasons)
    if ((fields.size > 0 || creating) && items.length < group.minimum) {
      reasons.push(s.atLeast(group.minimum, group.label.toLowerCase()))
    }
  }

  // Rules across fields, on the values the listing would have after the import.
  const valueOf = (key: string): StoredValue => {
    const column = columns.find((c) => c.key === key)
    if (!column) return null
    if (values.has(column)) return values.get(column) ?? null
    return target ? currentValue(target, column, facts) : null
  }
  const from = valueOf('age_from')
  const to = valueOf('age_to')
  if (typeof from === 'number' && typeof to === 'number' && from > to) {
    reasons.push(s.agesOrder(from, to))
  }
  const category = valueOf('category')
  const subs = valueOf('sub_categories')
  if (typeof category === 'string' && Array.isArray(subs)) {
    const label = labelFor(categories, category) ?? category
    const strays = subs.filter((sub) => categoryOfTerm(sub) !== category)
    if (strays.length) reasons.push(s.subCategoriesOutside(strays, label))
  }
  const organisation = valueOf(ORGANISATION_COLUMN)
  if (typeof organisation === 'number' && !index.organisationExists(organisation)) {
    reasons.push(s.noSuchOrganisation(organisation))
  }

  const nameColumn = columns.find((c) => c.key === 'name')
  const written = nameColumn ? values.get(nameColumn) : undefined
  const name = (typeof written === 'string' ? written : target?.name) ?? ''
  const base = { row: rowNumber, name, locale, listingId: target?.id, basis: target?.updatedAt }
  if (reasons.length) return { ...base, outcome: 'rejected', reasons, changes: [] }

  // What changes: the columns whose value differs from the listing's, and the lists that do.
  const data: Record<string, unknown> = {}
  const changes: string[] = []
  for (const [column, value] of values) {
    if (target && sameValue(value, currentValue(target, column, facts))) continue
    changes.push(column.label)
    const top = column.path[0] as string
    if (target && column.path.length > 1 && !(top in data)) {
      data[top] = { ...((target as unknown as Record<string, object>)[top] ?? {}) }
    }
    setAt(data, column.path, column.kind.toData ? column.kind.toData(value) : value)
  }
  for (const { group, items, fields } of groups) {
    if (fields.size === 0) continue
    const existing = target ? itemsOf(target, group) : []
    const before = target ? existingItems(target, group, fields) : []
    if (target && sameItems(items, before)) continue
    changes.push(...itemChanges(group, items, before))
    // Items keep their ids by position, so text in the other languages stays with them.
    data[group.field] = items.map((item, i) => ({ ...(existing[i] ?? {}), ...item }))
  }
  // A new listing's every field is new: the preview says so once instead of listing them.
  if (!target) return { ...base, outcome: 'created', reasons: [], changes: [], data }
  if (changes.length === 0) return { ...base, outcome: 'unchanged', reasons: [], changes }
  return { ...base, outcome: 'updated', reasons: [], changes, data }
}

/** The label of the column a Payload field path ("contacts.0.phone") is in. */
export function labelOfPath(path: string): string {
  const parts = path.split('.')
  const group = columnGroups.find((g) => g.field === parts[0])
  if (group && parts.length >= 3) {
    const field = group.fields.find((f) => f.field === parts[2])
    if (field) return groupLabel(group, Number(parts[1]) + 1, field)
  }
  const column = columns.find((c) => c.path.join('.') === path)
  return column?.label ?? path
}
