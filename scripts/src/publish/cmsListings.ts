/**
 * Asks the CMS, as the public site does (anonymously), how many listings it publishes. Also the
 * first step of a publish: if the CMS cannot be reached, nothing is built.
 */
export class CmsUnreachableError extends Error {
  override name = 'CmsUnreachableError'
}

export async function countPublishedListings(cmsUrl: string, timeoutMs = 15_000): Promise<number> {
  const base = cmsUrl.replace(/\/+$/, '')
  const url = `${base}/api/services?limit=1&depth=0&draft=false&where[_status][equals]=published`
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    const cause = error instanceof Error ? String(error.cause ?? error.message) : String(error)
    throw new CmsUnreachableError(
      `The CMS at ${base} could not be reached (${cause}). Check that it is running and that CMS_URL points at it.`,
    )
  }
  if (!response.ok) {
    throw new CmsUnreachableError(
      `The CMS at ${base} answered ${response.status} ${response.statusText} when asked for its listings. Check that it is running and its database is migrated.`,
    )
  }
  const body = (await response.json().catch(() => null)) as { totalDocs?: unknown } | null
  if (typeof body?.totalDocs !== 'number') {
    throw new CmsUnreachableError(
      `The CMS at ${base} did not send a list of listings (is CMS_URL the CMS's address?).`,
    )
  }
  return body.totalDocs
}
