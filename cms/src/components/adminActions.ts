/** What the moderation endpoints answer: a message, or Payload's error list. */
interface ActionResponse {
  message?: string
  errors?: { message?: string }[]
}

export interface ActionOutcome {
  ok: boolean
  message: string
}

/**
 * POSTs to one of the CMS's own action endpoints from the admin, signed in with the admin's own
 * session cookie, and returns the message to show: the endpoint's, or Payload's error list.
 */
export async function postAdminAction(
  url: string,
  body: Record<string, unknown> = {},
): Promise<ActionOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = (await response.json().catch(() => ({}))) as ActionResponse
    const message =
      json.message ?? json.errors?.map((e) => e.message).join(' ') ?? response.statusText
    return { ok: response.ok, message }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/** Calls one of the listing endpoints (submit, approve, return, confirm). */
export function postListingAction(
  apiRoute: string,
  id: string | number,
  action: 'submit' | 'approve' | 'return' | 'confirm',
  body: Record<string, unknown> = {},
): Promise<ActionOutcome> {
  return postAdminAction(`${apiRoute}/services/${encodeURIComponent(String(id))}/${action}`, body)
}
