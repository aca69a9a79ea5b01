/**
 * Walks an Open Referral UK feed the way the Open Referral UK validator reads one: the base
 * address and its `version`, then for each endpoint `?page=1`, a middle page and the last page,
 * then every record on those pages by `/{endpoint}/{id}` (no `.json`). Returns every answer, for
 * the caller to check (status, headers, the official schemas).
 */
import type { UkProfileEndpoint } from './ukProfile'

export interface WalkedAnswer {
  url: string
  status: number
  contentType: string
  allowOrigin: string | null
  body: unknown
  kind: 'root' | 'page' | 'document'
  endpoint?: UkProfileEndpoint
}

async function get(url: string): Promise<Omit<WalkedAnswer, 'kind' | 'endpoint'>> {
  const response = await fetch(url, { redirect: 'manual' })
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new Error(
      `${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`,
    )
  }
  return {
    url,
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    allowOrigin: response.headers.get('access-control-allow-origin'),
    body,
  }
}

/** Page numbers the validator reads: the first, one in the middle and the last. */
export function pagesToRead(totalPages: number): number[] {
  return [...new Set([1, Math.ceil(totalPages / 2), totalPages])]
}

export async function walkFeed(
  base: string,
  endpoints: readonly UkProfileEndpoint[],
): Promise<WalkedAnswer[]> {
  const root = base.replace(/\/?$/, '/')
  const answers: WalkedAnswer[] = [{ ...(await get(root)), kind: 'root' }]
  const version = (answers[0]!.body as { version?: unknown }).version
  if (version !== '3.0') throw new Error(`${root} gives version ${String(version)}, not 3.0`)
  for (const endpoint of endpoints) {
    const first = { ...(await get(`${root}${endpoint}?page=1`)), kind: 'page' as const, endpoint }
    answers.push(first)
    const totalPages = (first.body as { total_pages: number }).total_pages
    const pages = [first]
    for (const number of pagesToRead(totalPages).filter((n) => n !== 1)) {
      const page = {
        ...(await get(`${root}${endpoint}?page=${number}`)),
        kind: 'page' as const,
        endpoint,
      }
      answers.push(page)
      pages.push(page)
    }
    const ids = pages.flatMap((page) =>
      ((page.body as { contents?: Array<{ id: string }> }).contents ?? []).map((item) => item.id),
    )
    for (const id of ids) {
      answers.push({ ...(await get(`${root}${endpoint}/${id}`)), kind: 'document', endpoint })
    }
  }
  return answers
}
