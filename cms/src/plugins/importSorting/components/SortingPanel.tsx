import type { UIFieldServerProps } from 'payload'

import { withCouncilVocabularies } from '../../../collections/vocabularies/vocabularyContext'
import { userIsStaff } from '../../../access/userRoles'
import { formatInEngland } from '../../../format/formatInEngland'
import {
  CLASSIFICATION_VOCABULARIES,
  choicesOf,
  type Classification,
} from '../../../openReferralImport/classification'
import type { ImportSorting, User } from '../../../payload-types'
import { IMPORT_SORTING } from '../ImportSorting'
import { importSortingStrings as s } from '../strings'
import { SortingForm, type SortingFormProps } from './SortingForm'

const textList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

function Outcome({ held, adminRoute }: { held: ImportSorting; adminRoute: string }) {
  const who =
    held.decidedBy && typeof held.decidedBy === 'object'
      ? held.decidedBy.name || held.decidedBy.email
      : s.panel.importer
  const when = held.decidedAt ? formatInEngland(held.decidedAt, 'd MMMM yyyy, HH:mm') : ''
  const listingId =
    held.listing && typeof held.listing === 'object' ? held.listing.id : held.listing
  const heading =
    held.status === 'listed'
      ? s.panel.outcomeListed
      : held.status === 'imported'
        ? s.panel.outcomeImported
        : s.panel.outcomeDismissed
  return (
    <div className="import-sorting__outcome" role="status">
      <p>
        <strong>{heading}</strong> {s.panel.by(who, when)}.
      </p>
      {held.status === 'dismissed' && held.dismissReason && <p>{held.dismissReason}</p>}
      {listingId && (
        <p>
          <a href={`${adminRoute}/collections/services/${listingId}`}>{s.panel.openListing}</a>
        </p>
      )}
    </div>
  )
}

/**
 * At the top of a held record's edit view: the record in plain words (name, summary,
 * organisation, why it needs sorting, the terms the feed gave it) and either the officer's
 * choices (SortingForm) or what happened to it, by whom and when.
 */
export async function SortingPanel({ payload, id, req }: UIFieldServerProps) {
  if (id === undefined || id === null || !userIsStaff(req.user as User | null)) return null
  const held = await payload
    .findByID({ collection: IMPORT_SORTING, id, depth: 1, overrideAccess: true })
    .catch(() => undefined)
  if (!held) return null
  const reasons = textList(held.reasons)
  const terms = textList(held.foreignTerms)
  const form: SortingFormProps = {
    id: held.id,
    suggested: (held.suggested ?? {}) as Partial<Classification>,
    // Sub-categories are data: read them for this form.
    choices: await withCouncilVocabularies(payload, () => ({
      category: choicesOf(CLASSIFICATION_VOCABULARIES.category),
      subCategories: choicesOf(CLASSIFICATION_VOCABULARIES.subCategories),
      areasOfNeed: choicesOf(CLASSIFICATION_VOCABULARIES.areasOfNeed),
      accessRoutes: choicesOf(CLASSIFICATION_VOCABULARIES.accessRoutes),
      cost: choicesOf(CLASSIFICATION_VOCABULARIES.cost),
      organisationType: choicesOf(CLASSIFICATION_VOCABULARIES.organisationType),
    })),
  }
  return (
    <section className="import-sorting" aria-labelledby="import-sorting-title">
      <h2 id="import-sorting-title">{held.name}</h2>
      <dl className="import-sorting__facts">
        <dt>{s.panel.organisation}</dt>
        <dd>{held.organisationName}</dd>
        {held.summary && (
          <>
            <dt>{s.panel.summary}</dt>
            <dd>{held.summary}</dd>
          </>
        )}
        <dt>{s.panel.source}</dt>
        <dd>{held.source}</dd>
        <dt>{s.panel.lastImported}</dt>
        <dd>{formatInEngland(held.importedAt, 'd MMMM yyyy, HH:mm')}</dd>
      </dl>
      <h3>{s.panel.reasons}</h3>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <h3>{s.panel.foreignTerms}</h3>
      {terms.length > 0 ? (
        <ul>
          {terms.map((term) => (
            <li key={term}>
              <code>{term}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p>{s.panel.noForeignTerms}</p>
      )}
      {held.status === 'waiting' ? (
        <>
          <h3>{s.panel.title}</h3>
          <p>{s.panel.intro}</p>
          <p>{s.panel.mappingFile}</p>
          <SortingForm {...form} />
        </>
      ) : (
        <Outcome held={held} adminRoute={payload.config.routes.admin} />
      )}
    </section>
  )
}
