'use client'
import { Button } from '@payloadcms/ui'
import { useId, useState, type FormEvent } from 'react'

import { AdminTextField } from '../../../components/AdminTextField'
import { postAdminAction } from '../../../components/adminActions'
import { useApiRoute } from '../../../components/useApiRoute'
import { useFocusAfterRender } from '../../../components/useFocusAfterRender'
import { invitationStrings as s } from '../strings'

/**
 * The invitation form: a native select of organisations and two text fields. The answer is
 * announced in a live region (WCAG 4.1.3); after a success the fields are emptied for the next.
 */
export function InviteProviderForm({
  organisations,
  usersPath,
}: {
  organisations: Array<{ id: number | string; name: string }>
  usersPath: string
}) {
  const id = useId()
  const api = useApiRoute()
  const [organisation, setOrganisation] = useState('')
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null)
  const [status, focusStatus] = useFocusAfterRender<HTMLDivElement>()

  const send = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const answer = await postAdminAction(`${api}/users/invite`, { organisation, name, email })
    setBusy(false)
    setOutcome(answer)
    if (answer.ok) {
      setName('')
      setEmail('')
    }
    focusStatus()
  }

  return (
    <form onSubmit={send} style={{ maxWidth: '40rem' }} noValidate>
      <p>{s.intro}</p>
      <div className="field-type select" style={{ marginBottom: 'var(--base)' }}>
        <label className="field-label" htmlFor={`${id}-organisation`}>
          {s.organisation}
        </label>
        <select
          id={`${id}-organisation`}
          name="organisation"
          value={organisation}
          required
          onChange={(event) => setOrganisation(event.target.value)}
        >
          <option value="">{s.chooseOrganisation}</option>
          {organisations.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <AdminTextField
        id={`${id}-name`}
        name="name"
        label={s.name}
        value={name}
        onChange={setName}
        autoComplete="off"
        required
      />
      <AdminTextField
        id={`${id}-email`}
        name="email"
        type="email"
        label={s.email}
        value={email}
        onChange={setEmail}
        autoComplete="off"
        required
      />
      <Button type="submit" disabled={busy}>
        {busy ? s.sending : s.send}
      </Button>
      <div ref={status} tabIndex={-1} role="status" aria-live="polite">
        {outcome && (
          <p>
            {outcome.ok ? '' : 'Not sent: '}
            {outcome.message} {outcome.ok && <a href={usersPath}>See Users</a>}
          </p>
        )}
      </div>
    </form>
  )
}
