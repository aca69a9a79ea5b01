/**
 * The EHC needs assessment timeline island: the family types the date of their request (and, if
 * they have them, the decision letter, draft plan and mediation certificate) and sees each legal
 * deadline as a date. The rules are `@local-offer/shared/ehcTimeline`; this file only asks and
 * shows. Nothing typed here is stored or sent: there is no form submission, no storage and no
 * request (the e2e test watches the network).
 *
 * Rendered on the server (and so without JavaScript) it shows the same steps counted in weeks;
 * the date fields appear only once the script runs, because without it they could do nothing.
 */
import {
  ehcSteps,
  ehcTimeline,
  todayInEngland,
  type EhcStepId,
  type EhcTimelineInput,
  type EhcTimelineProblem,
  type EhcTimelineStep,
  type LegalSource,
} from '@local-offer/shared/ehcTimeline'
import { useEffect, useId, useState } from 'react'

export type EhcDateField = EhcTimelineProblem['field']

export interface EhcStepText {
  title: string
  /** When it falls, in words, e.g. "6 weeks after the council receives the request". */
  inWeeks: string
  /** What happens at this step. */
  description: string
}

export interface EhcTimelineLabels {
  formHeading: string
  fields: Record<EhcDateField, { label: string; hint: string }>
  optionalDates: string
  problems: Record<EhcTimelineProblem['problem'], string>
  withoutJavaScript: string
  enterRequestDate: string
  stepsInWeeksHeading: string
  yourDatesHeading: string
  /** "By {{date}}" */
  dueBy: string
  passed: string
  passedHelp: string
  mayTakeLonger: string
  appealFromCertificate: string
  law: string
  print: string
  /** "Dates worked out. The final plan is due by {{date}}." */
  announce: string
  steps: Record<EhcStepId, EhcStepText>
}

interface Props {
  labels: EhcTimelineLabels
  /** The Intl tag dates are written in (en-GB, pl, ar). */
  formattingTag: string
  /** Where the page explains what to do when a deadline passes, and the exceptions. */
  passedHref: string
  exceptionsHref: string
}

/** A step as shown: with its date once one is known, counted in weeks before (and without JavaScript). */
type ShownStep = Pick<EhcTimelineStep, 'id' | 'sources' | 'hasExceptions'> &
  Partial<Pick<EhcTimelineStep, 'due' | 'passed' | 'appealCountedFrom'>>

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole)

/** A yyyy-mm-dd calendar date in the page's language, with the weekday. */
export function formatCalendarDate(date: string, formattingTag: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(formattingTag, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day, 12)))
}

const sourceText = (source: LegalSource) => `${source.instrument}, ${source.provision}`

type Dates = Record<EhcDateField, string>
const NO_DATES: Dates = {
  requestDate: '',
  decisionDate: '',
  draftPlanDate: '',
  mediationCertificateDate: '',
}

export default function EhcTimeline({ labels, formattingTag, passedHref, exceptionsHref }: Props) {
  const [hydrated, setHydrated] = useState(false)
  const [dates, setDates] = useState<Dates>(NO_DATES)
  const id = useId()
  useEffect(() => setHydrated(true), [])

  const input: EhcTimelineInput | undefined = dates.requestDate
    ? {
        requestDate: dates.requestDate,
        decisionDate: dates.decisionDate || undefined,
        draftPlanDate: dates.draftPlanDate || undefined,
        mediationCertificateDate: dates.mediationCertificateDate || undefined,
        today: todayInEngland(),
      }
    : undefined
  const result = hydrated && input ? ehcTimeline(input) : undefined
  const steps = result?.ok ? result.steps : undefined
  const problemFor = (field: EhcDateField) =>
    result && !result.ok ? result.problems.find((p) => p.field === field) : undefined
  const finalPlan = steps?.find((step) => step.id === 'finalPlan')

  const dateField = (field: EhcDateField, required: boolean) => {
    const fieldId = `${id}-${field}`
    const problem = problemFor(field)
    const describedBy = [`${fieldId}-hint`, problem ? `${fieldId}-error` : '']
      .filter(Boolean)
      .join(' ')
    return (
      <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={fieldId}>
          {labels.fields[field].label}
        </label>
        <div className="govuk-hint" id={`${fieldId}-hint`}>
          {labels.fields[field].hint}
        </div>
        {problem && (
          <p className="govuk-body lo-error-message" id={`${fieldId}-error`}>
            {labels.problems[problem.problem]}
          </p>
        )}
        <input
          className={`govuk-input govuk-input--width-10${problem ? ' govuk-input--error' : ''}`}
          type="date"
          id={fieldId}
          name={field}
          value={dates[field]}
          required={required}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => setDates((now) => ({ ...now, [field]: event.target.value }))}
        />
      </div>
    )
  }

  return (
    <div className="lo-timeline">
      {hydrated ? (
        <form
          className="lo-timeline__form"
          aria-labelledby={`${id}-form-heading`}
          onSubmit={(event) => event.preventDefault()}
        >
          <h2 className="govuk-heading-m" id={`${id}-form-heading`}>
            {labels.formHeading}
          </h2>
          {dateField('requestDate', true)}
          <details
            className="govuk-body lo-details lo-timeline__optional"
            open={Boolean(
              dates.decisionDate || dates.draftPlanDate || dates.mediationCertificateDate,
            )}
          >
            <summary className="lo-details__summary">{labels.optionalDates}</summary>
            <div className="lo-details__text">
              {dateField('decisionDate', false)}
              {dateField('draftPlanDate', false)}
              {dateField('mediationCertificateDate', false)}
            </div>
          </details>
        </form>
      ) : (
        <p className="lo-inset-text lo-timeline__no-script">{labels.withoutJavaScript}</p>
      )}

      <p className="govuk-visually-hidden" aria-live="polite">
        {finalPlan
          ? fill(labels.announce, { date: formatCalendarDate(finalPlan.due, formattingTag) })
          : ''}
      </p>

      <h2 className="govuk-heading-m" id={`${id}-steps-heading`}>
        {steps ? labels.yourDatesHeading : labels.stepsInWeeksHeading}
      </h2>
      {hydrated && !steps && <p className="govuk-body">{labels.enterRequestDate}</p>}
      <ol className="lo-timeline__steps" aria-labelledby={`${id}-steps-heading`}>
        {(steps ?? (ehcSteps as readonly ShownStep[])).map((step) => (
          <TimelineStep
            key={step.id}
            step={step}
            text={labels.steps[step.id]}
            labels={labels}
            formattingTag={formattingTag}
            passedHref={passedHref}
            exceptionsHref={exceptionsHref}
          />
        ))}
      </ol>
      {hydrated && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary lo-timeline__print"
          onClick={() => window.print()}
        >
          {labels.print}
        </button>
      )}
    </div>
  )
}

function TimelineStep({
  step,
  text,
  labels,
  formattingTag,
  passedHref,
  exceptionsHref,
}: {
  step: ShownStep
  text: EhcStepText
  labels: EhcTimelineLabels
  formattingTag: string
  passedHref: string
  exceptionsHref: string
}) {
  const hasDate = step.due !== undefined
  return (
    <li
      className={`lo-timeline__step${step.passed ? ' lo-timeline__step--passed' : ''}`}
      data-step={step.id}
    >
      <h3 className="govuk-heading-s lo-timeline__title">{text.title}</h3>
      <p className="govuk-body lo-timeline__when">
        {hasDate ? (
          <strong>
            {fill(labels.dueBy, { date: formatCalendarDate(step.due!, formattingTag) })}
          </strong>
        ) : (
          <strong>{text.inWeeks}</strong>
        )}
        {hasDate && <span className="lo-timeline__weeks"> ({text.inWeeks})</span>}
      </p>
      {step.appealCountedFrom === 'mediationCertificate' && (
        <p className="govuk-body-s">{labels.appealFromCertificate}</p>
      )}
      <p className="govuk-body">{text.description}</p>
      {step.passed && (
        <p className="govuk-body lo-timeline__passed">
          <strong>{labels.passed}</strong>{' '}
          <a className="govuk-link" href={passedHref}>
            {labels.passedHelp}
          </a>
        </p>
      )}
      {step.hasExceptions && (
        <p className="govuk-body-s">
          <a className="govuk-link" href={exceptionsHref}>
            {labels.mayTakeLonger}
          </a>
        </p>
      )}
      <p className="govuk-body-s lo-muted lo-timeline__law">
        {labels.law}{' '}
        {step.sources.map((source, index) => (
          <span key={source.provision}>
            {index > 0 && '; '}
            <span lang="en" dir="ltr">
              {sourceText(source)}
            </span>
          </span>
        ))}
      </p>
    </li>
  )
}
