/** @jsxImportSource preact */
/**
 * The search filters: one fieldset of checkboxes a group, each option with the number of
 * results choosing it would give (see facetCountArguments). Long groups (types of service,
 * languages) fold into a disclosure of their own, open when one of them is chosen; their options
 * are fetched when first needed (longFilterOptions) and those that would give nothing are left
 * out once Pagefind has counted them. Without JavaScript (no search either) they are left out.
 */
import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'

import type { FilterCounts, FilterKey, SearchFilters } from '../../lib/searchFilters'

export interface FilterOption {
  value: string
  label: string
}

/** The groups whose options are fetched when needed. */
export type LongFilterKey = Extract<FilterKey, 'subcategory' | 'language'>

export interface FilterGroup {
  key: FilterKey
  legend: string
  /** Empty for a long group: its options come from `longOptions`. */
  options: FilterOption[]
  /** Folded away, and options with no results left out once the counts are known. */
  long?: boolean
}

interface Props {
  groups: FilterGroup[]
  chosen: Partial<SearchFilters>
  /** Counts are shown (and long groups shortened) only when the search has answered. */
  counts: FilterCounts | null
  onToggle: (key: FilterKey, value: string, checked: boolean) => void
  /** "2 active", for a folded group's summary. */
  activeText: (count: number) => string
  /** The long groups' options once fetched; null before (or without JavaScript: not shown). */
  longOptions: Partial<Record<FilterKey, FilterOption[]>> | null
  /** Asks for the long groups' options (a folded group was opened). */
  onNeedLongOptions: () => void
  /** "Loading…" while they come. */
  loading: string
  /** False without JavaScript: the long groups are not offered. */
  interactive: boolean
}

/** A long group's disclosure: starts closed, opens when one of its options is chosen. */
function Folded({
  summary,
  chosen,
  onOpen,
  children,
}: {
  summary: string
  chosen: number
  onOpen: () => void
  children: ComponentChildren
}) {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (chosen > 0) setOpen(true)
  }, [chosen])
  return (
    <details
      className="govuk-form-group lo-filter-more"
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open)
        if (event.currentTarget.open) onOpen()
      }}
    >
      <summary className="lo-filter-more__summary">{summary}</summary>
      {children}
    </details>
  )
}

export default function FilterGroups({
  groups,
  chosen,
  counts,
  onToggle,
  activeText,
  longOptions,
  onNeedLongOptions,
  loading,
  interactive,
}: Props) {
  return groups.map((group) => {
    if (group.long && !interactive) return null
    // Pagefind counts only the groups it has read for this search; the others keep every option.
    const groupCounts = group.long ? counts?.[group.key] : undefined
    const picked = chosen[group.key] ?? []
    const all = group.long ? (longOptions?.[group.key] ?? []) : group.options
    const options = all.filter(
      (option) =>
        !groupCounts || (groupCounts[option.value] ?? 0) > 0 || picked.includes(option.value),
    )
    if (options.length === 0 && (!group.long || longOptions)) return null
    const fieldset = (
      <fieldset className="govuk-fieldset">
        <legend
          className={`govuk-fieldset__legend govuk-fieldset__legend--s${group.long ? ' govuk-visually-hidden' : ''}`}
        >
          {group.legend}
        </legend>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((option) => {
            const id = `filter-${group.key}-${option.value}`
            const count = counts?.[group.key]?.[option.value]
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={group.key}
                  type="checkbox"
                  value={option.value}
                  checked={picked.includes(option.value)}
                  onChange={(event) =>
                    onToggle(group.key, option.value, event.currentTarget.checked)
                  }
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                  {count !== undefined && <span className="lo-count"> ({count})</span>}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    )
    if (!group.long) {
      return (
        <div className="govuk-form-group" key={group.key}>
          {fieldset}
        </div>
      )
    }
    const summary =
      picked.length > 0 ? `${group.legend} (${activeText(picked.length)})` : group.legend
    return (
      <Folded key={group.key} summary={summary} chosen={picked.length} onOpen={onNeedLongOptions}>
        {longOptions ? fieldset : <p className="govuk-body">{loading}</p>}
      </Folded>
    )
  })
}
