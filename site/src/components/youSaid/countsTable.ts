/**
 * "The Local Offer in numbers" as rows of a table, in the page's language: the same counts the
 * chart draws, so the table is the chart's text alternative (and the other way round).
 */
import type { LocaleCode } from '@local-offer/shared'
import type { GapCounts, GapDimensionKey } from '@local-offer/shared/gapCounts'
import type { TFunction } from 'i18next'

import { formatDate, intlLocale } from '../../lib/format'

/** A label kept with the counts, in the page's language, else English. */
export const labelIn = (label: GapCounts['rows']['values'][number]['label'], locale: LocaleCode) =>
  label[locale] || label.en

/** The name of a dimension in the page's language ("Age group"). */
export const dimensionName = (t: TFunction, key: GapDimensionKey): string =>
  t(`youSaid.counts.dimension.${key}`)

/** A heading's text, with `lang` when it is the English label shown on a page in another language. */
export interface CountsHeading {
  text: string
  lang?: 'en'
}

const heading = (
  label: GapCounts['rows']['values'][number]['label'],
  locale: LocaleCode,
): CountsHeading =>
  label[locale] || locale === 'en'
    ? { text: labelIn(label, locale) }
    : { text: label.en, lang: 'en' }

export interface CountsTable {
  caption: string
  corner: string
  columns: CountsHeading[]
  rows: Array<{ label: CountsHeading; counts: string[] }>
}

export function countsTable(
  counts: GapCounts,
  locale: LocaleCode,
  t: TFunction,
  takenOn: string,
): CountsTable {
  const number = new Intl.NumberFormat(intlLocale(locale))
  return {
    caption: countsTitle(counts, t, takenOn, locale),
    corner: dimensionName(t, counts.rows.dimension),
    columns: counts.columns.values.map((column) => heading(column.label, locale)),
    rows: counts.rows.values.map((row, r) => ({
      label: heading(row.label, locale),
      counts: (counts.cells[r] ?? []).map((count) => number.format(count)),
    })),
  }
}

/** "Services by category and age group on 2 December 2026", in the page's language. */
export function countsTitle(
  counts: GapCounts,
  t: TFunction,
  takenOn: string,
  locale: LocaleCode,
): string {
  return t('youSaid.counts.title', {
    rows: t(`youSaid.counts.by.${counts.rows.dimension}`),
    columns: t(`youSaid.counts.by.${counts.columns.dimension}`),
    date: formatDate(takenOn, locale),
  })
}
