/**
 * What the publish command (scripts/src/publish/index.ts) writes to its `--report-file`, and the
 * CMS's build runner reads back to tell officers what happened. One schema for both sides, so
 * a field the writer renames fails the type check of the reader instead of silently reading
 * as "no pages".
 */
import { z } from 'zod'

/** A document left out of a published build because its own pages failed the checks. */
export const heldBackItemSchema = z.object({
  collection: z.enum(['services', 'pages']),
  /** Known when the site could not use its content (the loader names the id). */
  id: z.string().optional(),
  /** Known when its page failed a check (the page's address names the slug). */
  slug: z.string().optional(),
  /** One plain sentence saying what to fix. */
  reason: z.string(),
  /** True: the site still shows the page from the previous release; false: it is not on the site. */
  keptPrevious: z.boolean(),
})

export type HeldBackItem = z.infer<typeof heldBackItemSchema>

export const publishReportSchema = z.object({
  ok: z.boolean(),
  /** A publish builds a new release; a rollback serves the previous one again. */
  action: z.enum(['publish', 'rollback']),
  /** The release a publish made live. */
  release: z.string().optional(),
  /** The release live after a rollback. */
  live: z.string().optional(),
  /** The release kept for a rollback (null: there is none yet). */
  previous: z.string().nullable().optional(),
  pages: z.number().int().nonnegative().optional(),
  listingPages: z.number().int().nonnegative().optional(),
  /** The whole publish, the second switch (searchIndexUpdate) included. */
  seconds: z.number().nonnegative().optional(),
  /** From the start of the publish until its pages were live. */
  liveSeconds: z.number().nonnegative().optional(),
  /**
   * An incremental publish's pages go live with the live release's search index, and its own
   * index follows in a second switch: how that went (absent: the index was made with the pages).
   */
  searchIndexUpdate: z
    .object({
      ok: z.boolean(),
      seconds: z.number().nonnegative(),
      /** Why the new index is not live (the pages are, with the earlier index). */
      reason: z.string().optional(),
    })
    .optional(),
  /** Incremental: the live release's pages for unchanged listings were reused (docs/publishing.md). */
  mode: z.enum(['full', 'incremental']).optional(),
  /** Why every page was made (no earlier build, code or settings changed, asked for). */
  fullBecause: z.string().optional(),
  /** Listing pages made by this build, and unchanged ones reused from the live release. */
  madeItemPages: z.number().int().nonnegative().optional(),
  reusedPages: z.number().int().nonnegative().optional(),
  /** One plain sentence saying why it failed. */
  reason: z.string().optional(),
  /** Documents a successful publish left out (each with the reason), so the rest could go live. */
  heldBack: z.array(heldBackItemSchema).optional(),
})

export type PublishReport = z.infer<typeof publishReportSchema>

/** The report in a file's text, or undefined when the text is not a report (the reader falls back). */
export function parsePublishReport(text: string): PublishReport | undefined {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = publishReportSchema.safeParse(json)
  return parsed.success ? parsed.data : undefined
}

/**
 * The report as the file's text. Checked first, so the writer cannot write what the reader
 * would refuse (the reader would then fall back to the exit code and lose the reason).
 */
export function formatPublishReport(report: PublishReport): string {
  publishReportSchema.parse(report)
  return `${JSON.stringify(report, null, 2)}\n`
}
