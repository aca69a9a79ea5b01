/**
 * A frozen count of the Local Offer's listings (issue 15 item 5: "the same counts, as a table and
 * an SVG chart, can be dropped into a 'You said, we did' report"). The CMS takes it from the gaps
 * view's table when an officer adds it to a report and stores it as it was that day; the site
 * draws it. One schema for both sides, so a change to what the CMS stores fails the site's build
 * with the field named instead of drawing a wrong chart.
 *
 * The labels are stored with the counts, in every language they had then: a published report
 * says what was counted on its day even if a vocabulary is renamed later.
 */
import { z } from 'zod'

import { localeCodes, type LocaleCode } from './locales.js'

/** The four ways the gaps view cuts the Local Offer: rows and columns are two of them. */
export const gapDimensionKeys = ['category', 'need', 'age', 'locality'] as const
export type GapDimensionKey = (typeof gapDimensionKeys)[number]

export function isGapDimensionKey(value: unknown): value is GapDimensionKey {
  return typeof value === 'string' && (gapDimensionKeys as readonly string[]).includes(value)
}

const label = z
  .object({ en: z.string().min(1) })
  .extend(
    Object.fromEntries(
      localeCodes.filter((code) => code !== 'en').map((code) => [code, z.string().optional()]),
    ) as Record<Exclude<LocaleCode, 'en'>, z.ZodOptional<z.ZodString>>,
  )

const axis = z.object({
  dimension: z.enum(gapDimensionKeys),
  values: z.array(z.object({ value: z.string().min(1), label })).min(1),
})

const count = z.number().int().nonnegative()

/** The counts themselves: `cells[row][column]`, in the order of the axes' values. */
export const gapCountsSchema = z
  .object({
    rows: axis,
    columns: axis,
    cells: z.array(z.array(count)),
    /** How many listings were counted (a listing counts in every cell it serves). */
    listings: count,
  })
  .superRefine((counts, ctx) => {
    if (counts.rows.dimension === counts.columns.dimension) {
      ctx.addIssue({ code: 'custom', message: 'rows and columns are the same dimension' })
    }
    const shapeFits =
      counts.cells.length === counts.rows.values.length &&
      counts.cells.every((row) => row.length === counts.columns.values.length)
    if (!shapeFits) {
      ctx.addIssue({
        code: 'custom',
        path: ['cells'],
        message: `cells must have ${counts.rows.values.length} rows of ${counts.columns.values.length} counts`,
      })
    }
  })

export type GapCounts = z.infer<typeof gapCountsSchema>
