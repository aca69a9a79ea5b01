'use client'
import { Button } from '@payloadcms/ui'
import { useId, useRef, useState, type FormEvent } from 'react'

import { StaffTable } from '../../../components/StaffTable'
import { useApiRoute } from '../../../components/useApiRoute'
import { useFocusAfterRender } from '../../../components/useFocusAfterRender'
import type { ImportPreview } from '../spreadsheetImport'
import { spreadsheetStrings as s } from '../strings'

const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'pl', name: 'Polish' },
  { code: 'ar', name: 'Arabic' },
] as const

type Outcome = ImportPreview['rows'][number]['outcome']

/** What each outcome means, in words (never by colour alone). */
const meaning = (outcome: Outcome, imported: boolean): string =>
  ({
    created: imported
      ? 'Added as a draft, waiting for review'
      : 'Will be added as a new listing, for review',
    updated: imported ? 'Changes sent for review' : 'Changes will be sent for review',
    unchanged: 'Nothing to change',
    rejected: imported ? 'Not imported' : 'Will not be imported',
  })[outcome]

/** "0 new, 1 changed, 70 unchanged, 0 rejected" */
const countsText = (counts: ImportPreview['counts']) =>
  `${counts.created} new, ${counts.updated} changed, ${counts.unchanged} unchanged, ${counts.rejected} rejected`

interface Answer extends Partial<Omit<ImportPreview, 'errors'>> {
  errors?: string[] | Array<{ message: string }>
}

const messagesOf = (answer: Answer): string[] =>
  (answer.errors ?? []).map((e) => (typeof e === 'string' ? e : e.message))

/**
 * Export, template and import for officers: a native select and links to download, a native
 * file input, and the preview as a table whose rows say in words what will happen and why.
 * Outcomes are announced in a live region (WCAG 4.1.3) and focus moves to the result heading.
 */
export function SpreadsheetTools({ moderationPath }: { moderationPath: string }) {
  const id = useId()
  const api = useApiRoute()
  const [locale, setLocale] = useState<string>('en')
  const [file, setFile] = useState<{ name: string; text: string } | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [imported, setImported] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const [resultHeading, focusResultHeading] = useFocusAfterRender<HTMLHeadingElement>()
  const form = useRef<HTMLFormElement>(null)

  const send = async (path: 'preview' | 'import', body: Record<string, string>) => {
    setBusy(true)
    setProblems([])
    try {
      const response = await fetch(`${api}/services/spreadsheet/${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as Answer
      if (!response.ok || !answer.rows) {
        setPreview(null)
        const messages = messagesOf(answer)
        setProblems(messages.length ? messages : [response.statusText])
        setStatus(messages.join(' ') || response.statusText)
        return null
      }
      return answer as ImportPreview
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)])
      return null
    } finally {
      setBusy(false)
    }
  }

  const check = async (event: FormEvent) => {
    event.preventDefault()
    setImported(false)
    if (!file) {
      setProblems([s.noFile])
      setStatus(s.noFile)
      return
    }
    const answer = await send('preview', { csv: file.text })
    if (!answer) return
    setPreview(answer)
    setStatus(`Checked ${file.name}: ${countsText(answer.counts)}. Nothing has been imported yet.`)
    focusResultHeading()
  }

  const confirm = async () => {
    if (!file || !preview) return
    const answer = await send('import', { csv: file.text, token: preview.token })
    if (!answer) return
    setPreview(answer)
    setImported(true)
    setFile(null)
    form.current?.reset()
    setStatus(`Imported: ${countsText(answer.counts)}.`)
    focusResultHeading()
  }

  const toWrite = preview ? preview.counts.created + preview.counts.updated : 0
  // Rows that change something or are refused come first; unchanged ones are folded away.
  const needsAttention = preview?.rows.filter((row) => row.outcome !== 'unchanged') ?? []
  const unchanged = preview?.rows.filter((row) => row.outcome === 'unchanged') ?? []

  return (
    <div className="listing-spreadsheets__tools">
      <section aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`}>Export listings</h2>
        <p id={`${id}-export-hint`}>
          Every listing, one row each, with its latest changes (drafts waiting for review included).
          Text is in the language you choose; contacts, locations and opening times have numbered
          columns. Open it in Excel, LibreOffice or Google Sheets.
        </p>
        <div className="listing-spreadsheets__row">
          <label htmlFor={`${id}-locale`}>Language of the text</label>
          <select
            id={`${id}-locale`}
            aria-describedby={`${id}-export-hint`}
            value={locale}
            onChange={(event) => setLocale(event.target.value)}
          >
            {LANGUAGES.map(({ code, name }) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
          <Button
            el="anchor"
            buttonStyle="primary"
            url={`${api}/services/spreadsheet/export?locale=${locale}`}
          >
            Download listings (CSV)
          </Button>
        </div>
      </section>

      <section aria-labelledby={`${id}-template`}>
        <h2 id={`${id}-template`}>Template</h2>
        <p>
          An empty spreadsheet with every column. Its second row explains what each column holds and
          how to write it; you can leave that row in when you import.
        </p>
        <Button el="anchor" buttonStyle="secondary" url={`${api}/services/spreadsheet/template`}>
          Download the template (CSV)
        </Button>
      </section>

      <section aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`}>Import a spreadsheet</h2>
        <p>
          Check the file first: you will see what each row would do. Nothing is saved until you
          press Import. Imported changes are drafts sent for review: they wait in the{' '}
          <a href={moderationPath}>moderation queue</a> and go live only when approved there.
        </p>
        <form ref={form} onSubmit={check} className="listing-spreadsheets__form">
          <div className="field-type upload">
            <label className="field-label" htmlFor={`${id}-file`}>
              CSV file
            </label>
            <div className="field-description" id={`${id}-file-hint`}>
              Save it from your spreadsheet as “CSV UTF-8”. Rows are matched to listings by their
              id, or by slug when the id is empty; a row with neither adds a new listing.
            </div>
            <input
              id={`${id}-file`}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={`${id}-file-hint`}
              onChange={async (event) => {
                const chosen = event.target.files?.[0]
                setPreview(null)
                setImported(false)
                setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null)
              }}
            />
          </div>
          <Button type="submit" buttonStyle="secondary" disabled={busy}>
            Check the file
          </Button>
        </form>
      </section>

      <p role="status" aria-live="polite" className="listing-spreadsheets__status">
        {status}
      </p>
      {problems.length > 0 && (
        <div role="alert" className="listing-spreadsheets__problems">
          <h2>The file cannot be imported</h2>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      {preview && (
        <section aria-labelledby={`${id}-result`} className="listing-spreadsheets__result">
          <h2 id={`${id}-result`} ref={resultHeading} tabIndex={-1}>
            {imported ? 'What was imported' : 'What importing this file would do'}
          </h2>
          {preview.notices.length > 0 && (
            <ul>
              {preview.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          )}
          {needsAttention.length > 0 && (
            <StaffTable
              className="listing-spreadsheets__table"
              caption={imported ? 'Each row, after importing' : 'Each row of the file'}
              cards="narrow"
              rows={needsAttention}
              rowKey={(row) => row.row}
              rowClassName={(row) => `listing-spreadsheets__outcome--${row.outcome}`}
              columns={[
                { key: 'row', heading: 'Row', rowHeader: true, cell: (row) => row.row },
                {
                  key: 'listing',
                  heading: 'Listing',
                  cell: (row) => (
                    <>
                      {row.name || '(no name)'}
                      {row.listingId !== undefined && ` (ID ${row.listingId})`}
                      {row.locale !== 'en' && `, ${row.locale}`}
                    </>
                  ),
                },
                {
                  key: 'outcome',
                  heading: 'Outcome',
                  cell: (row) => (
                    <>
                      <strong>{s.outcomes[row.outcome]}</strong>: {meaning(row.outcome, imported)}
                    </>
                  ),
                },
                {
                  key: 'details',
                  heading: 'Details',
                  cell: (row) => (
                    <>
                      {row.reasons.length > 0 && (
                        <ul>
                          {row.reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      )}
                      {row.changes.length > 0 && <>Changes: {row.changes.join(', ')}</>}
                    </>
                  ),
                },
              ]}
            />
          )}
          {unchanged.length > 0 && (
            <details className="listing-spreadsheets__unchanged">
              <summary>
                {unchanged.length === 1
                  ? 'Show the unchanged row'
                  : `Show the ${unchanged.length} unchanged rows`}
              </summary>
              <ul>
                {unchanged.map((row) => (
                  <li key={row.row}>
                    Row {row.row}: {row.name || '(no name)'}
                    {row.listingId !== undefined && ` (ID ${row.listingId})`}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {!imported && (
            <div className="listing-spreadsheets__row">
              <Button
                buttonStyle="primary"
                onClick={() => void confirm()}
                disabled={busy || toWrite === 0}
              >
                {toWrite === 0
                  ? 'Nothing to import'
                  : `Import ${toWrite} ${toWrite === 1 ? 'listing' : 'listings'} for review`}
              </Button>
              <Button
                buttonStyle="secondary"
                onClick={() => {
                  setPreview(null)
                  setStatus('Import cancelled: nothing was saved.')
                }}
              >
                Cancel
              </Button>
            </div>
          )}
          {imported && (
            <p>
              <a href={moderationPath}>Open the moderation queue</a> to review and approve the
              imported changes.
            </p>
          )}
        </section>
      )}
    </div>
  )
}
