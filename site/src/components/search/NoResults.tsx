/** @jsxImportSource preact */
/**
 * What a search that found nothing shows (issue 11 item 5): what to try, the SENDIASS helpline,
 * and "Couldn't find what you need? Tell us", which opens the comment form with the search
 * written in (the family can change or remove it before sending). One small component, so that
 * counting searches that found nothing can be added here later without touching the search.
 */
export interface NoResultsLabels {
  /** "Things to try:" */
  tryHeading: string
  tips: string[]
  /** The browse links' words: category pages and the A to Z. */
  categories: string
  categoriesHref: string
  aToZ: string
  aToZHref: string
  /** "… SENDIASS helpline on {{phone}} …" */
  helpline: string
  /** The link to SENDIASS's listing. */
  sendiassLink: string
  tellUs: string
  feedbackHref: string
}

/** SENDIASS's helpline, from its listing, when the Local Offer has one. */
export interface Helpline {
  phone: string
  href: string
}

interface Props {
  query: string
  labels: NoResultsLabels
  helpline?: Helpline
}

/** The comment form's address with the search written in (see feedback/searchPrefill.ts). */
export function tellUsHref(feedbackHref: string, query: string): string {
  const search = query.trim().slice(0, 200)
  return search ? `${feedbackHref}?${new URLSearchParams({ search }).toString()}` : feedbackHref
}

export default function NoResults({ query, labels, helpline }: Props) {
  const [beforePhone, afterPhone = ''] = labels.helpline.split('{{phone}}')
  return (
    <div className="lo-no-results">
      <h3 className="govuk-heading-s">{labels.tryHeading}</h3>
      <ul className="govuk-list govuk-list--bullet">
        {labels.tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
        <li>
          <a className="govuk-link" href={labels.categoriesHref}>
            {labels.categories}
          </a>{' '}
          ·{' '}
          <a className="govuk-link" href={labels.aToZHref}>
            {labels.aToZ}
          </a>
        </li>
      </ul>
      {helpline && (
        <p className="govuk-body">
          {beforePhone}
          <a className="govuk-link" href={`tel:${helpline.phone.replace(/\s+/g, '')}`} dir="ltr">
            {helpline.phone}
          </a>
          {afterPhone}{' '}
          <a className="govuk-link" href={helpline.href}>
            {labels.sendiassLink}
          </a>
        </p>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={tellUsHref(labels.feedbackHref, query)}>
          {labels.tellUs}
        </a>
      </p>
    </div>
  )
}
