import type { ReactElement } from 'react'

export interface SingleSignOnButtonProps {
  /** The button's words, or null when single sign-on is not configured (nothing is shown). */
  label: string | null
}

/**
 * Below the admin's sign-in form: officers and admins sign in with the council's account.
 * A link (a GET to the CMS, which sends the browser to the identity provider), styled as
 * Payload's secondary button, so it works with the keyboard and without the admin's scripts.
 */
export function SingleSignOnButton({ label }: SingleSignOnButtonProps): ReactElement | null {
  if (!label) return null
  return (
    <div style={{ marginTop: 'calc(var(--base) * 1.5)' }}>
      <p style={{ marginBottom: 'calc(var(--base) / 2)' }}>Council staff:</p>
      <a
        className="btn btn--style-secondary btn--size-large btn--withoutPopup"
        href="/api/users/sso/start"
        style={{ width: '100%', textAlign: 'center', textDecoration: 'none', margin: 0 }}
      >
        <span className="btn__content">{label}</span>
      </a>
      <p style={{ marginTop: 'calc(var(--base) / 2)', fontSize: '0.9em' }}>
        Providers sign in with their e-mail address and password above.
      </p>
    </div>
  )
}
