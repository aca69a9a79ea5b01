'use client'
import { reviewSegments } from '@local-offer/shared/redactionReview'
import { useFormFields } from '@payloadcms/ui'
import { useId } from 'react'

import { quoteCheckStrings } from '../strings'

const strings = quoteCheckStrings.review

/** Colours with at least 4.5:1 contrast against the text colour, light and dark admin themes alike. */
const removedStyle = {
  background: '#d2e2f1',
  color: '#0b0c0c',
  borderRadius: 2,
  padding: '0 2px',
  fontWeight: 600,
} as const
const unsureStyle = {
  background: '#ffdd00',
  color: '#0b0c0c',
  borderRadius: 2,
  padding: '0 2px',
  textDecoration: 'underline wavy',
} as const

interface QuoteReviewProps {
  /** This field's path in the form (Payload gives it), e.g. themes.0.quotes.1.review. */
  path?: string
  /** The sibling field holding the text to review, e.g. anonymisedText or text. */
  textPath: string
}

const siblingPath = (path: string | undefined, name: string) => {
  const parts = (path ?? '').split('.')
  parts[parts.length - 1] = name
  return parts.filter(Boolean).join('.') || name
}

/**
 * The anonymised text as an officer should read it before ticking that it identifies nobody:
 * what the anonymiser removed is marked, and words it left but is unsure of (a lower-case name
 * after "my son", a long number, a capitalised word mid-sentence) are highlighted with the reason.
 * Not colour alone: each highlight carries its kind in text for screen readers (WCAG 1.4.1).
 */
export function QuoteReview({ path, textPath }: QuoteReviewProps) {
  const id = useId()
  const text = useFormFields(([fields]) => fields[siblingPath(path, textPath)]?.value)
  const value = typeof text === 'string' ? text : ''
  const segments = reviewSegments(value)
  const unsure = segments.filter((s) => s.kind === 'unsure')
  return (
    <section aria-labelledby={`${id}-heading`} style={{ marginBottom: 'var(--base)' }}>
      <h3 id={`${id}-heading`} style={{ fontSize: '1rem', marginBottom: 'calc(var(--base) / 4)' }}>
        {strings.heading}
      </h3>
      {value.trim() === '' ? (
        <p>{strings.empty}</p>
      ) : (
        <>
          <p
            style={{
              whiteSpace: 'pre-wrap',
              lineHeight: 1.7,
              padding: 'calc(var(--base) / 2)',
              border: '1px solid var(--theme-elevation-150)',
            }}
          >
            {segments.map((segment, i) =>
              segment.kind === 'plain' ? (
                <span key={i}>{segment.text}</span>
              ) : (
                <mark
                  key={i}
                  style={segment.kind === 'removed' ? removedStyle : unsureStyle}
                  title={segment.kind === 'removed' ? strings.legendRemoved : segment.reason}
                >
                  <span className="sr-only" style={srOnly}>
                    {segment.kind === 'removed' ? `${strings.legendRemoved}: ` : 'Unsure: '}
                  </span>
                  {segment.text}
                </mark>
              ),
            )}
          </p>
          <p style={{ marginTop: 'calc(var(--base) / 4)' }}>
            <mark style={removedStyle}>[…]</mark> {strings.legendRemoved}.{' '}
            <mark style={unsureStyle}>abc</mark> {strings.legendUnsure}.
          </p>
          <p role="status">
            {unsure.length === 0 ? strings.nothingUnsure : strings.unsureCount(unsure.length)}
          </p>
          {unsure.length > 0 && (
            <ul>
              {unsure.map((segment, i) => (
                <li key={i}>
                  <strong>{segment.text}</strong>: {segment.reason}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}

const srOnly = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const
