/**
 * Asks the CMS, as the public site does (anonymously), how many listings it publishes. Also the
 * first step of a publish: if the CMS cannot be reached, nothing is built.
 */
import type { Config } from '@local-offer/cms/payload-types'
import { CmsRestError, createCmsRestClient } from '@local-offer/shared/cmsRest'

export class CmsUnreachableError extends Error {
  override name = 'CmsUnreachableError'
}

/** The publish command's message for a failed request: the officer's next step is CMS_URL. */
function unreachableMessage(error: CmsRestError): string {
  const { failure, baseUrl } = error
  switch (failure.kind) {
    case 'unreachable': {
      const cause =
        failure.error instanceof Error
          ? String(failure.error.cause ?? failure.error.message)
          : String(failure.error)
      return `The CMS at ${baseUrl} could not be reached (${cause}). Check that it is running and that CMS_URL points at it.`
    }
    case 'status':
      return `The CMS at ${baseUrl} answered ${failure.status} ${failure.statusText} when asked for its listings. Check that it is running and its database is migrated.`
    default:
      return `The CMS at ${baseUrl} did not send a list of listings (is CMS_URL the CMS's address?).`
  }
}

export async function countPublishedListings(cmsUrl: string, timeoutMs = 15_000): Promise<number> {
  const cms = createCmsRestClient<Config['collections']>({ baseUrl: cmsUrl, timeoutMs })
  try {
    const { totalDocs } = await cms.find('services', {
      limit: 1,
      depth: 0,
      draft: false,
      where: { _status: { equals: 'published' } },
    })
    return totalDocs
  } catch (error) {
    if (error instanceof CmsRestError) throw new CmsUnreachableError(unreachableMessage(error))
    throw error
  }
}
