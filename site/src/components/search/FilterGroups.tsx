/**
 * The search filters: one fieldset of checkboxes a group, each option with the number of
 * results choosing it would give (see facetCountArguments). Long groups (types of service,
 * languages) fold into a disclosure of their own, open when one of them is chosen, and leave out
 * the options that would give nothing once Pagefind has counted them; without JavaScript every
 * option shows.
 */
import { useEffect, useState, type ReactNode } from 'react'

import type { FilterCounts, FilterKey, SearchFilters } from '../../lib/searchFilters'

export interface FilterGroup {
  key: FilterKey
  legend: string
  options: Array<{ value: string; label: string }>
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
}

/** A long group's disclosure: starts closed, opens when one of its options is chosen. */
function Folded({
  summary,
  chosen,
  children,
}: {
  summary: string
  chosen: number
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (chosen > 0) setOpen(true)
  }, [chosen])
  return (
    <details
      className="govuk-form-group lo-filter-more"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="lo-filter-more__summary">{summary}</summary>
      {children}
    </details>
  )
}

export default function FilterGroups({ groups, chosen, counts, onToggle, activeText }: Props) {
  return groups.map((group) => {
    // Pagefind counts only the groups it has read for this search; the others keep every option.
    const groupCounts = group.long ? counts?.[group.key] : undefined
    const picked = chosen[group.key] ?? []
    const options = group.options.filter(
      (option) =>
        !groupCounts || (groupCounts[option.value] ?? 0) > 0 || picked.includes(option.value),
    )
    if (options.length === 0) return null
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
                  onChange={(event) => onToggle(group.key, option.value, event.target.checked)}
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
      <Folded key={group.key} summary={summary} chosen={picked.length}>
        {fieldset}
      </Folded>
    )
  })
}
