'use client'
import { reportingYearOf } from '@local-offer/shared'
import { useConfig } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { exportStrings } from '../feedback/strings'

const strings = exportStrings.panel

/** This reporting year and the four before it, newest first. */
function recentYears(now = new Date()): string[] {
  const first = Number(reportingYearOf(now).slice(0, 4))
  return Array.from({ length: 5 }, (_, i) => {
    const start = first - i
    return `${start}-${String((start + 1) % 100).padStart(2, '0')}`
  })
}

/**
 * Above the comments list: choose a reporting year and download its CSV export.
 * A native select and link, so it works with a keyboard and screen readers as they are.
 */
export function ExportCommentsCsv() {
  const id = useId()
  const { config } = useConfig()
  const years = recentYears()
  const [year, setYear] = useState(years[0] ?? '')
  const href = `${config.serverURL ?? ''}${config.routes.api}/comments/export?year=${encodeURIComponent(year)}`
  return (
    <section aria-labelledby={`${id}-heading`} style={{ marginBottom: 'var(--base)' }}>
      <h2
        id={`${id}-heading`}
        style={{ fontSize: '1.1rem', marginBottom: 'calc(var(--base) / 4)' }}
      >
        {strings.heading}
      </h2>
      <p id={`${id}-hint`} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {strings.hint}
      </p>
      <div style={{ display: 'flex', gap: 'var(--base)', alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor={`${id}-year`}>{strings.yearLabel}</label>
        <select
          id={`${id}-year`}
          aria-describedby={`${id}-hint`}
          value={year}
          onChange={(event) => setYear(event.target.value)}
        >
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <a className="btn btn--style-secondary btn--size-small" href={href} download>
          {strings.download(year)}
        </a>
      </div>
    </section>
  )
}
