import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { userIsStaff } from '../../../access/userRoles'
import { badRequest } from '../../../endpoints/httpErrors'
import { quoteCheckStrings } from '../../../feedback/strings'
import { relationId } from '../../../relationships/relationshipIds'
import type { FeedbackReport } from '../../../payload-types'

type Theme = NonNullable<FeedbackReport['themes']>[number]
type Quote = NonNullable<Theme['quotes']>[number]

/**
 * Fills in what a report shows about its comments, from the comments themselves:
 * each theme's quotes come only from the anonymised text of the comments chosen to be quoted
 * (never from what was written), its count from the comments linked to it, and the report's
 * total from the comments of its reporting year. Comments marked not to be published are
 * neither quoted nor counted.
 *
 * A person checks every quote: a report is published only when every quoted comment has been
 * ticked by an officer as identifying nobody. Publishing with an unchecked quote is refused with a
 * message naming the quotes to check, rather than publishing without them: the officer chose
 * those quotes, and a report that silently lost some would not be the report they approved.
 * Publishing also copies the quotes again, so what is published is what was checked.
 */
export const quoteAnonymisedComments: CollectionBeforeChangeHook<FeedbackReport> = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  const publishing = data._status === 'published'
  // A partial update that leaves the themes out keeps them as they are (copied again on publish).
  const themes: Theme[] | undefined =
    data.themes ?? (publishing ? (originalDoc?.themes ?? undefined) : undefined)
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
        select: { anonymisedText: true, status: true, quoteChecked: true },
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
      .map((comment) => [
        String(comment.id),
        { text: comment.anonymisedText ?? '', checked: comment.quoteChecked === true },
      ]),
  )
  const known = (value: unknown) => {
    const id = relationId(value)
    return id !== undefined && publishable.has(String(id))
  }
  const quotesOf = (theme: Theme): Quote[] =>
    (theme.quotedComments ?? []).filter(known).flatMap((value) => {
      const id = relationId(value)
      const found = publishable.get(String(id))
      if (id === undefined || !found || found.text.trim() === '') return []
      return [{ text: found.text, commentId: Number(id), checked: found.checked }]
    })

  // Erasing a person's comments takes them out of a published report without publishing anything
  // new; a quote whose tick was cleared since stays hidden from the public (see below).
  if (publishing && themes && !context.personalDataErasure) {
    const unchecked = themes.flatMap((theme) =>
      quotesOf(theme)
        .filter((quote) => !quote.checked)
        .map((quote) =>
          quoteCheckStrings.uncheckedQuote(String(quote.commentId), theme.title ?? 'untitled'),
        ),
    )
    if (unchecked.length) throw badRequest(quoteCheckStrings.uncheckedOnPublish(unchecked))
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
    // Set here only, whatever a request sends: the comment retention period counts from it.
    firstPublishedAt:
      originalDoc?.firstPublishedAt ?? (publishing ? new Date().toISOString() : null),
    ...(themes && {
      themes: themes.map((theme) => ({
        ...theme,
        commentCount: (theme.comments ?? []).filter(known).length,
        quotes: quotesOf(theme),
      })),
    }),
  }
}

/**
 * Whoever is not LA staff (the site's loader, the public) gets only quotes an officer has checked,
 * whatever is stored: a report published before quotes were checked shows its quotes again once
 * an officer has ticked the comments and published it again.
 */
export const onlyCheckedQuotesForThePublic: FieldHook<
  FeedbackReport,
  Quote[] | null | undefined
> = ({ value, req, overrideAccess }) => {
  // The server's own reads (overrideAccess) see every quote; the REST API never sets it.
  if (!Array.isArray(value) || overrideAccess || userIsStaff(req.user)) return value
  return value.filter((quote) => quote.checked === true)
}
