import type { AdminViewServerProps, Payload } from 'payload'

import { latestVersionId } from '../../audit/recordAudit'
import { Services } from '../../collections/Services'
import { readCouncilVocabularies } from '../../collections/vocabularies/councilVocabularies'
import { staffAdminView } from '../../components/staffAdminView'
import { StaffTable } from '../../components/StaffTable'
import { formatInEngland } from '../../format/formatInEngland'
import { diffListing } from '../../moderation/listingDiff'
import { moderationStrings as s } from '../../moderation/strings'
import type { Service, User } from '../../payload-types'
import { glossaryWords } from '../../plainEnglish/listingPlainEnglish'
import { PlainEnglishSummary } from '../../plainEnglish/PlainEnglishSummary'
import { SiteBuildNotice } from '../../plugins/sitePublishing/components/SiteBuildNotice'
import { DiffView } from './DiffView'
import { ModerationDecision } from './ModerationDecision'
import {
  QUEUE_PAGE_SIZE,
  queueHref,
  queueWhere,
  readQueueQuery,
  waitingChoices,
  waitingFor,
  type QueueQuery,
} from './queueQuery'

const organisationName = (listing: Pick<Service, 'organisation'>) =>
  typeof listing.organisation === 'object' ? listing.organisation.name : ''

const listingName = (listing: Pick<Service, 'id' | 'name'>) =>
  listing.name ?? `Listing ${listing.id}`

/**
 * /admin/moderation: the listings waiting for review as a compact list (one line each, oldest
 * first, filtered by organisation and by how long they have waited, 20 to a page), and one
 * submission at a time opened with its field-by-field diff against the published version and
 * the approve / return controls. LA staff only. Filters are a plain GET form, so the queue's
 * address says what is shown and the back button works.
 */
export function ModerationQueue(props: AdminViewServerProps) {
  return staffAdminView(
    props,
    { title: s.queueTitle, staffOnly: s.staffOnly, className: 'moderation-queue' },
    ({ payload, user, searchParams }) => {
      const base = `${payload.config.routes.admin}/moderation`
      const query = readQueueQuery(searchParams)
      return (
        <>
          <SiteBuildNotice payload={payload} user={user} onlyIfFailed />
          {query.done && <DecisionDone payload={payload} user={user} done={query.done} />}
          {query.id ? (
            <OneSubmission payload={payload} user={user} query={query} base={base} />
          ) : (
            <QueueList payload={payload} user={user} query={query} base={base} />
          )}
        </>
      )
    },
  )
}

/** "‘Speech drop-in’: approved and published…", after the officer's decision. */
async function DecisionDone({
  payload,
  user,
  done,
}: {
  payload: Payload
  user: User
  done: NonNullable<QueueQuery['done']>
}) {
  const listing = await payload
    .findByID({
      collection: 'services',
      id: done.listing,
      draft: true,
      depth: 0,
      select: { name: true },
      overrideAccess: false,
      user,
    })
    .catch(() => null)
  if (!listing) return null
  return (
    <div className="moderation-queue__done" role="status">
      <p>
        <strong>{s.decisionDone(done.outcome, listing.name ?? `Listing ${done.listing}`)}</strong>{' '}
        {done.outcome === 'approved' ? s.approvedNext : s.returnedNext}
      </p>
    </div>
  )
}

interface PartProps {
  payload: Payload
  user: User
  query: QueueQuery
  base: string
}

async function QueueList({ payload, user, query, base }: PartProps) {
  const [submissions, everyWaiting] = await Promise.all([
    payload.find({
      collection: 'services',
      draft: true,
      where: queueWhere(query),
      sort: 'updatedAt',
      depth: 1,
      select: { name: true, organisation: true, updatedAt: true },
      populate: { organisations: { name: true } },
      limit: QUEUE_PAGE_SIZE,
      page: query.page,
      overrideAccess: false,
      user,
    }),
    // The organisations that have something waiting, for the filter.
    payload.find({
      collection: 'services',
      draft: true,
      where: { moderation: { equals: 'submitted' } },
      depth: 1,
      select: { organisation: true },
      populate: { organisations: { name: true } },
      pagination: false,
      overrideAccess: false,
      user,
    }),
  ])
  const organisations = new Map<string, { name: string; count: number }>()
  for (const listing of everyWaiting.docs) {
    if (typeof listing.organisation !== 'object') continue
    const key = String(listing.organisation.id)
    const entry = organisations.get(key) ?? { name: listing.organisation.name, count: 0 }
    entry.count++
    organisations.set(key, entry)
  }
  const filtered = Boolean(query.organisation || query.waitingMoreThanDays)
  return (
    <>
      <p>{s.queueIntro}</p>
      <form method="get" action={base} className="moderation-queue__filters">
        <div className="field-type select">
          <label className="field-label" htmlFor="queue-organisation">
            {s.filterOrganisation}
          </label>
          <select
            id="queue-organisation"
            name="organisation"
            defaultValue={query.organisation ?? ''}
          >
            <option value="">{s.allOrganisations}</option>
            {[...organisations]
              .sort((a, b) => a[1].name.localeCompare(b[1].name))
              .map(([id, { name, count }]) => (
                <option key={id} value={id}>
                  {name} ({count})
                </option>
              ))}
          </select>
        </div>
        <div className="field-type select">
          <label className="field-label" htmlFor="queue-waiting">
            {s.filterWaiting}
          </label>
          <select
            id="queue-waiting"
            name="waiting"
            defaultValue={String(query.waitingMoreThanDays)}
          >
            {waitingChoices.map((days) => (
              <option key={days} value={days}>
                {days === 0 ? s.waitingAny : s.waitingMoreThan(days)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn--style-secondary btn--size-medium">
          {s.filterButton}
        </button>
        {filtered && <a href={base}>{s.clearFilters}</a>}
      </form>
      {everyWaiting.totalDocs === 0 ? (
        <p>{s.queueEmpty}</p>
      ) : submissions.totalDocs === 0 ? (
        <p>{s.noneMatch}</p>
      ) : (
        <>
          <p>{s.waitingCount(submissions.docs.length, submissions.totalDocs)}</p>
          <StaffTable
            className="review-dashboard__table moderation-queue__list"
            caption={s.queueTitle}
            captionHidden
            cards="phone"
            rows={submissions.docs}
            rowKey={(listing) => listing.id}
            columns={[
              {
                key: 'listing',
                heading: s.listingColumn,
                rowHeader: true,
                label: false,
                cell: listingName,
              },
              { key: 'by', heading: s.submittedBy, cell: organisationName },
              {
                key: 'changed',
                heading: s.lastChanged,
                cell: (listing) => formatInEngland(listing.updatedAt, 'd MMM yyyy, HH:mm'),
              },
              {
                key: 'waiting',
                heading: s.waitingColumn,
                cell: (listing) => waitingFor(listing.updatedAt),
              },
              {
                key: 'action',
                heading: s.actionColumn,
                label: false,
                cell: (listing) => (
                  <a href={queueHref(base, { ...query, id: String(listing.id) })}>
                    {s.reviewLink}
                    <span className="visually-hidden">: {listingName(listing)}</span>
                  </a>
                ),
              },
            ]}
          />
          {submissions.totalPages > 1 && (
            <nav aria-label={s.pageOf(submissions.page ?? 1, submissions.totalPages)}>
              <p className="moderation-queue__pages">
                {submissions.hasPrevPage && (
                  <a href={queueHref(base, { ...query, page: (submissions.page ?? 1) - 1 })}>
                    {s.previousPage}
                  </a>
                )}
                <span>{s.pageOf(submissions.page ?? 1, submissions.totalPages)}</span>
                {submissions.hasNextPage && (
                  <a href={queueHref(base, { ...query, page: (submissions.page ?? 1) + 1 })}>
                    {s.nextPage}
                  </a>
                )}
              </p>
            </nav>
          )}
        </>
      )}
    </>
  )
}

async function OneSubmission({ payload, user, query, base }: PartProps) {
  const back = queueHref(base, { ...query, id: undefined })
  const found = await payload.find({
    collection: 'services',
    draft: true,
    where: { and: [{ id: { equals: query.id } }, { moderation: { equals: 'submitted' } }] },
    depth: 1,
    limit: 1,
    overrideAccess: false,
    user,
  })
  const draft = found.docs[0]
  if (!draft) {
    const next = await payload.find({
      collection: 'services',
      draft: true,
      where: queueWhere({ ...query, id: undefined }),
      sort: 'updatedAt',
      depth: 0,
      select: { name: true },
      limit: 1,
      overrideAccess: false,
      user,
    })
    const nextListing = next.docs[0]
    return (
      <>
        <p>{s.notWaiting}</p>
        <p>
          <a href={back}>{s.backToQueue}</a>
        </p>
        {nextListing && (
          <p>
            {s.nextWaiting}:{' '}
            <a href={queueHref(base, { ...query, id: String(nextListing.id) })}>
              {listingName(nextListing)}
            </a>
          </p>
        )}
      </>
    )
  }
  const live = await payload.findByID({
    collection: 'services',
    id: draft.id,
    depth: 1,
    overrideAccess: false,
    user,
  })
  const published = live._status === 'published' ? live : null
  const versionId = await latestVersionId(payload, draft.id)
  // Sub-categories, languages and venue features by their labels (the council's vocabularies).
  const vocabularies = await readCouncilVocabularies(payload)
  const byKey = (terms: readonly { value: string; label: { en: string } }[]) =>
    new Map(terms.map((term) => [term.value, term.label.en]))
  const changes = diffListing(
    Services.fields,
    published as unknown as Record<string, unknown> | null,
    draft as unknown as Record<string, unknown>,
    {
      subCategories: byKey(vocabularies.subCategories),
      languages: byKey(vocabularies.languages),
      venueFeatures: byKey(vocabularies.venueFeatures),
    },
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
  const name = listingName(draft)
  const headingId = `submission-${draft.id}`
  return (
    <>
      <p>
        <a href={back}>{s.backToQueue}</a>
      </p>
      <section className="moderation-queue__item" aria-labelledby={headingId}>
        <h2 id={headingId}>{name}</h2>
        <dl className="moderation-queue__meta">
          <dt>{s.submittedBy}</dt>
          <dd>{organisationName(draft)}</dd>
          <dt>{s.lastChanged}</dt>
          <dd>
            {formatInEngland(draft.updatedAt, 'd MMMM yyyy, HH:mm')} ({waitingFor(draft.updatedAt)})
          </dd>
        </dl>
        <p>
          <a href={`${payload.config.routes.admin}/collections/services/${draft.id}`}>
            {s.openListing}: {name}
          </a>
        </p>
        <p>{s.diffLegend}</p>
        {!published && <p>{s.newListing}</p>}
        <DiffView changes={changes} caption={`${s.queueTitle}: ${name}`} />
        <PlainEnglishSummary listing={draft} glossary={glossary} />
        <ModerationDecision
          listingId={String(draft.id)}
          versionId={versionId === null ? null : String(versionId)}
          listingName={name}
          queueAfterDecision={{
            approve: queueHref(base, {
              ...query,
              id: undefined,
              done: { outcome: 'approved', listing: String(draft.id) },
            }),
            return: queueHref(base, {
              ...query,
              id: undefined,
              done: { outcome: 'returned', listing: String(draft.id) },
            }),
          }}
        />
      </section>
    </>
  )
}
