import { INVITATION_DAYS } from './strings'

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

/**
 * The page an invitation link shows when it no longer works (expired after INVITATION_DAYS days,
 * already used, or replaced by a newer invitation): what happened and who to ask. A whole page
 * of its own, since the admin's reset-password form would only say so after a password is typed.
 */
export function invitationEndedPage(d: {
  councilName: string
  contactEmail: string | null
  signInUrl: string
}): string {
  const council = escapeHtml(d.councilName)
  const ask = d.contactEmail
    ? `Ask ${council} for a new invitation: e-mail <a href="mailto:${escapeHtml(d.contactEmail)}">${escapeHtml(d.contactEmail)}</a>.`
    : `Ask ${council} for a new invitation.`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>This invitation link no longer works · Local Offer</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}</style>
</head>
<body>
<main>
<h1>This invitation link no longer works</h1>
<p>Invitation links work for ${INVITATION_DAYS} days and only once. This one has expired, has already been used, or a newer invitation has replaced it.</p>
<p>${ask}</p>
<p>If you have already set your password, <a href="${escapeHtml(d.signInUrl)}">sign in</a>.</p>
</main>
</body>
</html>
`
}
