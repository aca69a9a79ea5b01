import type { PayloadRequest } from 'payload'

import { requestBatch } from '../../../db/requestBatch'
import { requestSiteRebuild, type RebuildRequest } from '../requestSiteRebuild'

/**
 * Site rebuild requests made during one long piece of work (a bulk write's thousand "published"
 * listings), asked for once at its end: one request standing for all of them, with the first and
 * last change named and the count of changes, where each listing made its own (three statements
 * on the build queue, outside the work's transaction, each). The build that follows is the same:
 * requests are debounced into one build anyway.
 */
const batch = requestBatch<string>()

/** Where the rebuild hooks put their request's reason instead of asking, inside the batch. */
export function batchedRebuildRequests(
  req: PayloadRequest,
): { push: (reason: string) => void } | undefined {
  return batch.collector(req)
}

/**
 * Runs `work`, then asks once for the rebuilds it asked for (nested calls join the outer). Asked
 * even when the work fails part-way, so nothing written without a transaction waits for the next
 * change to be published; on a rolled-back transaction the build finds nothing new.
 */
export function withSiteRebuildRequestsBatched<T>(
  req: PayloadRequest,
  work: () => Promise<T>,
): Promise<T> {
  return batch.run(
    req,
    work,
    async (reasons) => {
      if (reasons.length === 0) return
      await askForRebuild(req, {
        reason: reasons[0]!,
        lastChange: reasons.at(-1),
        changes: reasons.length,
      })
    },
    { alsoAfterFailure: true },
  )
}

/** Asks for a rebuild; a failure is logged, never thrown: the change itself is saved. */
export async function askForRebuild(req: PayloadRequest, request: RebuildRequest): Promise<void> {
  try {
    await requestSiteRebuild(req.payload, request)
  } catch (error) {
    // An officer can rebuild by hand (Site builds → Rebuild now).
    req.payload.logger.error({ err: error }, `Could not ask for a site rebuild (${request.reason})`)
  }
}
