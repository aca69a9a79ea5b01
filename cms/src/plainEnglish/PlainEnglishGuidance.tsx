'use client'
/**
 * The listing editor's plain-English check (a UI field: stores nothing). It reads the English
 * summary and description as they are typed, and the glossary once, and shows guidance; it never
 * blocks a save.
 */
import { useFormFields, useLocale } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { useApiRoute } from '../components/useApiRoute'
import { checkListing, glossaryWords, type GlossaryEntry } from './listingPlainEnglish'
import { PlainEnglishRows } from './PlainEnglishRows'
import { plainEnglishStrings as s } from './strings'

export function PlainEnglishGuidance() {
  const id = useId()
  const api = useApiRoute()
  const locale = useLocale()
  const [glossary, setGlossary] = useState<string[]>([])
  const summary = useFormFields(([fields]) => fields.summary?.value)
  const description = useFormFields(([fields]) => fields.description?.value)

  useEffect(() => {
    const controller = new AbortController()
    fetch(`${api}/glossary-terms?limit=1000&depth=0&locale=en`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: GlossaryEntry[] }) => setGlossary(glossaryWords(body.docs ?? [])))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api])

  // The formula is for English: in other locales the check says so instead of a wrong figure.
  if (locale.code !== 'en') return null
  const { report, rows } = checkListing({ summary, description }, glossary)
  return (
    <section aria-labelledby={`${id}-heading`} className="plain-english field-type">
      <h3 id={`${id}-heading`}>{s.heading}</h3>
      <p>{s.intro}</p>
      <div aria-live="polite">
        <PlainEnglishRows rows={rows} words={s.words(report.words, report.sentences)} />
      </div>
    </section>
  )
}
