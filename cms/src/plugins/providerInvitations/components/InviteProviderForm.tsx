'use client'
import { Button } from '@payloadcms/ui'
import { useId, useState, type FormEvent } from 'react'

import { AdminTextField } from '../../../components/AdminTextField'
import { postAdminAction } from '../../../components/adminActions'
import { useApiRoute } from '../../../components/useApiRoute'
import { useFocusAfterRender } from '../../../components/useFocusAfterRender'
import { invitationStrings as s } from '../strings'

/**
 * The invitation form: a native select of organisations and two text fields, read when it is
 * sent (so what was typed before the page's script started counts). The answer is announced in a
 * live region (WCAG 4.1.3); after a success the name and e-mail are emptied for the next.
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
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null)
  const [status, focusStatus] = useFocusAfterRender<HTMLDivElement>()

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const fields = new FormData(form)
    const read = (key: string) => String(fields.get(key) ?? '')
    setBusy(true)
    const answer = await postAdminAction(`${api}/users/invite`, {
      organisation: read('organisation'),
      name: read('name'),
      email: read('email'),
    })
    setBusy(false)
    setOutcome(answer)
    if (answer.ok) {
      for (const key of ['name', 'email']) {
        const input = form.elements.namedItem(key)
        if (input instanceof HTMLInputElement) input.value = ''
      }
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
        <select id={`${id}-organisation`} name="organisation" defaultValue="" required>
          <option value="">{s.chooseOrganisation}</option>
          {organisations.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <AdminTextField id={`${id}-name`} name="name" label={s.name} autoComplete="off" required />
      <AdminTextField
        id={`${id}-email`}
        name="email"
        type="email"
        label={s.email}
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
