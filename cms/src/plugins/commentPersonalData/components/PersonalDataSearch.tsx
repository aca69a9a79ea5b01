'use client'
import { Button } from '@payloadcms/ui'
import { useId, useState, type FormEvent } from 'react'

import { AdminTextField } from '../../../components/AdminTextField'
import { postAdminAction } from '../../../components/adminActions'
import { useApiRoute } from '../../../components/useApiRoute'
import type { SubjectComment } from '../personalDataEndpoints'

interface Query {
  email: string
  phone: string
  name: string
}

const EMPTY: Query = { email: '', phone: '', name: '' }

const paramsOf = (query: Query, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...query, ...extra })) {
    if (value.trim()) params.set(key, value.trim())
  }
  return params.toString()
}

const day = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' }).format(
        new Date(iso),
      )
    : ''

/**
 * The form officers use for a person's request. Native inputs, labels and buttons, results in a
 * table, and every outcome announced in a live region (WCAG 4.1.3), so it works by keyboard and
 * with a screen reader as it is.
 */
export function PersonalDataSearch() {
  const id = useId()
  const api = useApiRoute()
  const [searched, setSearched] = useState<Query | null>(null)
  const [results, setResults] = useState<SubjectComment[]>([])
  const [reference, setReference] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  // Read from the form when it is sent: words typed before the page's script started count too.
  const search = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const fields = new FormData(event.currentTarget)
    const query: Query = { ...EMPTY }
    for (const key of Object.keys(EMPTY) as Array<keyof Query>) {
      query[key] = String(fields.get(key) ?? '')
    }
    setBusy(true)
    try {
      const response = await fetch(`${api}/comments/personal-data?${paramsOf(query)}`, {
        credentials: 'include',
      })
      const json = (await response.json()) as {
        comments?: SubjectComment[]
        errors?: { message: string }[]
      }
      if (!response.ok) {
        setMessage(json.errors?.map((e) => e.message).join(' ') ?? response.statusText)
        setResults([])
        setSearched(null)
        return
      }
      const found = json.comments ?? []
      setResults(found)
      setSearched(query)
      setMessage(
        found.length === 0
          ? 'No comment holds those details.'
          : `${found.length} ${found.length === 1 ? 'comment holds' : 'comments hold'} those details.`,
      )
    } finally {
      setBusy(false)
    }
  }

  const erase = async () => {
    if (!searched) return
    if (!reference.trim()) {
      setMessage('Give the request’s reference before erasing.')
      return
    }
    const sure = window.confirm(
      `Erase ${results.length} ${results.length === 1 ? 'comment' : 'comments'} for good? This cannot be undone.`,
    )
    if (!sure) return
    setBusy(true)
    const outcome = await postAdminAction(`${api}/comments/personal-data/erase`, {
      ...searched,
      ids: results.map((c) => c.id),
      reference,
    })
    setBusy(false)
    setMessage(outcome.message)
    if (outcome.ok) setResults([])
  }

  const field = (key: keyof Query, label: string, hint: string, type = 'text') => (
    <AdminTextField
      id={`${id}-${key}`}
      label={label}
      hint={hint}
      name={key}
      type={type}
      autoComplete="off"
    />
  )

  const download = (format: 'json' | 'csv') =>
    searched
      ? `${api}/comments/personal-data/export?${paramsOf(searched, { format, reference })}`
      : '#'

  return (
    <>
      <p>
        Comments have no account and the form asks for no name: a comment is someone’s only if what
        they wrote holds their e-mail address, phone number or name. Search by any of them; a name
        matches each of its words in any case, with Polish endings. Comments whose original text has
        been deleted (retention) hold none of these details any more and are not found.
      </p>
      <form onSubmit={search} aria-describedby={`${id}-status`}>
        {field('email', 'E-mail address', 'As the person gave it, like name@example.com.', 'email')}
        {field('phone', 'Phone number', 'Any grouping; +44 and 0 both match.', 'tel')}
        {field('name', 'Name', 'The person’s name, or their child’s.')}
        <Button type="submit" buttonStyle="primary" disabled={busy}>
          Find their comments
        </Button>
      </form>
      <p id={`${id}-status`} role="status" aria-live="polite">
        {message}
      </p>
      {searched && results.length > 0 && (
        <>
          <div className="table" style={{ marginBottom: 'var(--base)' }}>
            <table>
              <caption style={{ textAlign: 'left', fontWeight: 600 }}>Comments found</caption>
              <thead>
                <tr>
                  <th scope="col">ID</th>
                  <th scope="col">Sent on</th>
                  <th scope="col">What they wrote</th>
                  <th scope="col">Found by</th>
                  <th scope="col">In reports</th>
                </tr>
              </thead>
              <tbody>
                {results.map((comment) => (
                  <tr key={comment.id}>
                    <td>{comment.id}</td>
                    <td>{day(comment.sentOn)}</td>
                    <td style={{ whiteSpace: 'pre-wrap' }}>
                      {comment.whatTheyWrote ?? comment.anonymisedText}
                    </td>
                    <td>{comment.matchedBy.join(', ')}</td>
                    <td>{comment.inReports.join(', ') || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <AdminTextField
            id={`${id}-reference`}
            label="Request reference"
            hint="Your case number for this request; it goes in the audit log (the details you searched for do not)."
            value={reference}
            maxLength={100}
            onChange={setReference}
          />
          <p style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap' }}>
            <Button el="anchor" buttonStyle="secondary" url={download('json')}>
              Download a copy (JSON)
            </Button>
            <Button el="anchor" buttonStyle="secondary" url={download('csv')}>
              Download a copy (CSV)
            </Button>
            <Button buttonStyle="primary" onClick={erase} disabled={busy}>
              Erase these comments
            </Button>
          </p>
        </>
      )}
    </>
  )
}
