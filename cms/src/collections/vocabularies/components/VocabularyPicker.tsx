'use client'
import { categories, isLocaleCode, labelText, type LocaleCode } from '@local-offer/shared'
import {
  FieldDescription,
  FieldError,
  useField,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useEffect, useId, useMemo, useState } from 'react'

import { useApiRoute } from '../../../components/useApiRoute'

interface Term {
  key: string
  label: string
  category?: string | null
}

export interface VocabularyPickerProps extends TextFieldClientProps {
  /** The vocabulary collection whose terms are offered. */
  collection: string
  /** Sub-categories: grouped under their category, the listing's own category only. */
  byCategory?: boolean
}

/**
 * The admin's picker for a listing field that stores keys of a vocabulary (issue 12 item 2):
 * a checkbox per term of the collection, labelled in the admin's language, grouped by category
 * for sub-categories. Native checkboxes in a fieldset, so it is used with the keyboard (Tab,
 * Space) and read by a screen reader like any form; a provider can only pick existing terms.
 */
/** As many columns of terms as fit (one on a phone): twenty languages in one column ran on for a screen. */
const LIST = { padding: 0, columns: '15rem', columnGap: 'var(--base)' } as const

export function VocabularyPicker({
  path,
  field,
  readOnly,
  collection,
  byCategory,
}: VocabularyPickerProps) {
  const { value, setValue, showError, errorMessage, disabled } = useField<string[] | null>({
    path,
  })
  const category = useFormFields(([fields]) =>
    byCategory ? (fields.category?.value as string | undefined) : undefined,
  )
  const { i18n } = useTranslation()
  const locale: LocaleCode = isLocaleCode(i18n.language) ? i18n.language : 'en'
  const api = useApiRoute()
  const [terms, setTerms] = useState<Term[] | null>(null)
  const [failed, setFailed] = useState(false)
  const id = useId()

  useEffect(() => {
    const controller = new AbortController()
    const query = new URLSearchParams({
      pagination: 'false',
      depth: '0',
      sort: 'order,label',
      locale,
      'fallback-locale': 'en',
    })
    fetch(`${api}/${collection}?${query}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        const body = (await response.json()) as { docs: Term[] }
        setTerms(body.docs)
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          console.error(error)
          setFailed(true)
        }
      })
    return () => controller.abort()
  }, [api, collection, locale])

  const chosen = useMemo(() => (Array.isArray(value) ? value : []), [value])
  const label =
    typeof field.label === 'string' ? field.label : (field.label?.[locale] ?? field.name)

  const groups = useMemo(() => {
    if (!terms) return []
    if (!byCategory) return [{ key: 'all', legend: null as string | null, terms }]
    const shown = categories.filter((c) => !category || c.value === category)
    return shown
      .map((c) => ({
        key: c.value,
        legend: labelText(c.label, locale),
        terms: terms.filter((term) => term.category === c.value),
      }))
      .filter((group) => group.terms.length > 0 || group.key === category)
  }, [terms, byCategory, category, locale])

  // Keys the listing holds that the list does not offer (for example a sub-category of another
  // category after the category changed): shown ticked, so they can be unticked.
  const offered = new Set(groups.flatMap((group) => group.terms.map((term) => term.key)))
  const strays = terms ? chosen.filter((key) => !offered.has(key)) : []

  const toggle = (key: string, on: boolean) =>
    setValue(on ? [...chosen, key] : chosen.filter((other) => other !== key))

  const box = (key: string, text: string) => {
    const boxId = `${id}-${key}`
    return (
      <li
        key={key}
        style={{ listStyle: 'none', marginBottom: 'calc(var(--base) / 4)', breakInside: 'avoid' }}
      >
        <input
          type="checkbox"
          style={{ width: '1.25rem', height: '1.25rem', verticalAlign: 'middle', margin: 0 }}
          id={boxId}
          checked={chosen.includes(key)}
          disabled={readOnly || disabled}
          onChange={(event) => toggle(key, event.target.checked)}
        />{' '}
        <label htmlFor={boxId}>{text}</label>
      </li>
    )
  }

  return (
    <div
      className={`field-type vocabulary-picker${showError ? ' error' : ''}`}
      style={{
        marginBottom: 'var(--base)',
        flex: field.admin?.width ? `0 1 ${field.admin.width}` : undefined,
      }}
    >
      <fieldset style={{ border: 0, margin: 0, padding: 0 }} aria-describedby={`${id}-hint`}>
        <legend className="field-label">{label}</legend>
        <FieldError path={path} showError={showError} message={errorMessage} />
        <div id={`${id}-hint`}>
          <FieldDescription path={path} description={field.admin?.description} />
        </div>
        {failed && (
          <p role="alert">
            The list could not be loaded. Reload the page; if it still fails, tell an officer.
          </p>
        )}
        {!terms && !failed && <p>Loading the list…</p>}
        {terms && byCategory && !category && <p>Choose a category first.</p>}
        {groups.map((group) =>
          group.legend ? (
            <fieldset key={group.key} style={{ border: 0, margin: 0, padding: 0 }}>
              <legend>{group.legend}</legend>
              {group.terms.length === 0 ? (
                <p>This category has no sub-categories yet.</p>
              ) : (
                <ul style={LIST}>{group.terms.map((term) => box(term.key, term.label))}</ul>
              )}
            </fieldset>
          ) : (
            <ul key={group.key} style={LIST}>
              {group.terms.map((term) => box(term.key, term.label))}
            </ul>
          ),
        )}
        {strays.length > 0 && (
          <ul style={LIST}>
            {strays.map((key) => box(key, `${key} (not in the list: untick it)`))}
          </ul>
        )}
      </fieldset>
    </div>
  )
}
