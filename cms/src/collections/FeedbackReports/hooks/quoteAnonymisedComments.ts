import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../relationships/relationshipIds'
import type { FeedbackReport } from '../../../payload-types'

type Theme = NonNullable<FeedbackReport['themes']>[number]

/**
 * Fills in what a report shows about its comments, from the comments themselves:
 * each theme's quotes come only from the anonymised text of the comments chosen to be quoted
 * (never from what was written), its count from the comments linked to it, and the report's
 * total from the comments of its reporting year. Comments marked not to be published are
 * neither quoted nor counted.
 */
export const quoteAnonymisedComments: CollectionBeforeChangeHook<FeedbackReport> = async ({
  data,
  originalDoc,
  req,
}) => {
  // A partial update that leaves the themes out keeps them as they are.
  const themes: Theme[] | undefined = data.themes ?? undefined
  const year = data.year ?? originalDoc?.year
  const ids = new Set<string | number>()
  for (const theme of themes ?? []) {
    for (const value of [...(theme.comments ?? []), ...(theme.quotedComments ?? [])]) {
      const id = relationId(value)
      if (id !== undefined) ids.add(id)
    }
  }
  const { docs } = ids.size
    ? await req.payload.find({
        collection: 'comments',
        where: { id: { in: [...ids] } },
        select: { anonymisedText: true, status: true },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const publishable = new Map(
    docs
      .filter((comment) => comment.status !== 'not-published')
      .map((comment) => [String(comment.id), comment.anonymisedText ?? '']),
  )
  const known = (value: unknown) => {
    const id = relationId(value)
    return id !== undefined && publishable.has(String(id))
  }

  const received = year
    ? await req.payload.count({
        collection: 'comments',
        where: {
          and: [{ reportingYear: { equals: year } }, { status: { not_equals: 'not-published' } }],
        },
        overrideAccess: true,
        req,
      })
    : { totalDocs: 0 }

  return {
    ...data,
    commentsReceived: received.totalDocs,
    ...(themes && {
      themes: themes.map((theme) => ({
        ...theme,
        commentCount: (theme.comments ?? []).filter(known).length,
        quotes: (theme.quotedComments ?? [])
          .filter(known)
          .map((value) => ({ text: publishable.get(String(relationId(value))) ?? '' }))
          .filter((quote) => quote.text.trim() !== ''),
      })),
    }),
  }
}
