/** How the sender wants the answer: a browser posting the plain HTML form, or a script sending JSON. */
export type SubmissionFormat = 'form' | 'json'

/** Far more than the longest comment needs, even percent-encoded Arabic (6 bytes a letter). */
export const MAX_SUBMISSION_BYTES = 64 * 1024

export type ReadSubmission =
  | { ok: true; fields: Record<string, unknown> }
  | { ok: false; reason: 'unsupported-content' | 'too-large' }

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data']

function mediaType(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** A form post answers with redirects; anything that asks for or sends JSON gets JSON. */
export function submissionFormat(headers: Headers): SubmissionFormat {
  if (FORM_TYPES.includes(mediaType(headers))) return 'form'
  if (mediaType(headers) === 'application/json') return 'json'
  const accept = headers.get('accept') ?? ''
  return accept.includes('text/html') ? 'form' : 'json'
}

/** The body as text, refusing (without reading on) once it passes `maxBytes`. */
export async function readText(
  body: ReadableStream<Uint8Array> | null | undefined,
  maxBytes: number,
) {
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks))
}

/**
 * The submitted fields, from a url-encoded or multipart form or a JSON object.
 * Repeated form fields keep their first value; files are ignored.
 */
export async function readSubmission(request: {
  headers: Headers
  body?: ReadableStream<Uint8Array> | null
  formData?: () => Promise<FormData>
}): Promise<ReadSubmission> {
  const type = mediaType(request.headers)
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > MAX_SUBMISSION_BYTES) return { ok: false, reason: 'too-large' }

  if (type === 'multipart/form-data') {
    if (!request.formData) return { ok: false, reason: 'unsupported-content' }
    try {
      const form = await request.formData()
      const fields: Record<string, unknown> = {}
      for (const [key, value] of form.entries()) {
        if (typeof value === 'string' && !(key in fields)) fields[key] = value
      }
      return { ok: true, fields }
    } catch {
      return { ok: false, reason: 'unsupported-content' }
    }
  }

  if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') {
    return { ok: false, reason: 'unsupported-content' }
  }
  const text = await readText(request.body, MAX_SUBMISSION_BYTES)
  if (text === undefined) return { ok: false, reason: 'too-large' }

  if (type === 'application/x-www-form-urlencoded') {
    const fields: Record<string, unknown> = {}
    for (const [key, value] of new URLSearchParams(text)) if (!(key in fields)) fields[key] = value
    return { ok: true, fields }
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return { ok: true, fields: parsed as Record<string, unknown> }
    }
  } catch {
    // falls through: not JSON
  }
  return { ok: false, reason: 'unsupported-content' }
}

/**
 * Text as it should be stored: NFC-normalised, Windows line endings made plain, and control
 * characters removed (PostgreSQL refuses NUL, and none has a place in a comment). Tabs and line
 * breaks stay. Nothing else is changed: markup stays as the literal text it was typed as.
 */
export function cleanText(value: string): string {
  return (
    value
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
  )
}
