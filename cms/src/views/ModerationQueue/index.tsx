import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { userIsStaff } from '../../access/userRoles'
import { latestVersionId } from '../../audit/recordAudit'
import { Services } from '../../collections/Services'
import { SiteBuildNotice } from '../../plugins/sitePublishing/components/SiteBuildNotice'
import { diffListing } from '../../moderation/listingDiff'
import { moderationStrings as s } from '../../moderation/strings'
import type { Service, User } from '../../payload-types'
import { DiffView } from './DiffView'
import { ModerationDecision } from './ModerationDecision'
import { formatInEngland } from '../../format/formatInEngland'
import { glossaryWords } from '../../plainEnglish/listingPlainEnglish'
import { PlainEnglishSummary } from '../../plainEnglish/PlainEnglishSummary'

const organisationName = (listing: Service) =>
  typeof listing.organisation === 'object' ? listing.organisation.name : ''

/**
 * /admin/moderation: the listings waiting for review, each with a field-by-field diff against
 * its published version, and approve / return controls. LA staff only.
 */
export async function ModerationQueue({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload } = req
  const user = req.user as User | null
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload,
    permissions,
    searchParams,
    user: req.user ?? undefined,
    visibleEntities,
  }
  if (!userIsStaff(user)) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>{s.queueTitle}</h1>
          <p>{s.staffOnly}</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const submissions = await payload.find({
    collection: 'services',
    draft: true,
    where: { moderation: { equals: 'submitted' } },
    sort: 'updatedAt',
    depth: 1,
    limit: 100,
    overrideAccess: false,
    user,
  })
  const items = await Promise.all(
    submissions.docs.map(async (draft) => {
      const live = await payload.findByID({
        collection: 'services',
        id: draft.id,
        depth: 1,
        overrideAccess: false,
        user,
      })
      const published = live._status === 'published' ? live : null
      return {
        draft,
        published,
        versionId: await latestVersionId(payload, draft.id),
        changes: diffListing(
          Services.fields,
          published as unknown as Record<string, unknown> | null,
          draft as unknown as Record<string, unknown>,
        ),
      }
    }),
  )
  const glossary = glossaryWords(
    (
      await payload.find({
        collection: 'glossary-terms',
        depth: 0,
        limit: 1000,
        locale: 'en',
        pagination: false,
      })
    ).docs,
  )
  const adminRoute = payload.config.routes.admin
  return (
    <DefaultTemplate {...template}>
      <Gutter className="moderation-queue">
        <h1>{s.queueTitle}</h1>
        <p>{s.queueIntro}</p>
        <SiteBuildNotice payload={payload} user={user ?? undefined} onlyIfFailed />
        <p>{s.diffLegend}</p>
        {items.length === 0 && <p>{s.queueEmpty}</p>}
        {items.map(({ draft, published, versionId, changes }) => {
          const name = draft.name ?? `Listing ${draft.id}`
          const headingId = `submission-${draft.id}`
          return (
            <section key={draft.id} className="moderation-queue__item" aria-labelledby={headingId}>
              <h2 id={headingId}>{name}</h2>
              <dl className="moderation-queue__meta">
                <dt>{s.submittedBy}</dt>
                <dd>{organisationName(draft)}</dd>
                <dt>{s.lastChanged}</dt>
                <dd>{formatInEngland(draft.updatedAt, 'd MMMM yyyy, HH:mm')}</dd>
              </dl>
              <p>
                <a href={`${adminRoute}/collections/services/${draft.id}`}>
                  {s.openListing}: {name}
                </a>
              </p>
              {!published && <p>{s.newListing}</p>}
              <DiffView changes={changes} caption={`${s.queueTitle}: ${name}`} />
              <PlainEnglishSummary listing={draft} glossary={glossary} />
              <ModerationDecision
                listingId={String(draft.id)}
                versionId={versionId === null ? null : String(versionId)}
                listingName={name}
              />
            </section>
          )
        })}
      </Gutter>
    </DefaultTemplate>
  )
}
