/**
 * What the compare page needs (issue 11, item 8): the education settings that publish a SEN
 * offer (SEND Regulations 2014 Schedule 2 para 5) and their answers, question by question, in one
 * language, published as a small static JSON file per language. Pure: tested on its own.
 */
import { educationOfferKeys, type EducationOfferKey, type LocaleCode } from '@local-offer/shared'
import type { TFunction } from 'i18next'

import { compareIn } from '../../lib/format'
import type { SiteService } from '../../lib/model'
import { pathFor } from '../../lib/paths'
import {
  isComparableSetting,
  shownEntryText,
  type ShownEntryText,
} from '../shortlist/shortlistEntries'

export const COMPARE_MIN = 2
export const COMPARE_MAX = 4

export interface ComparableSetting {
  slug: string
  name: ShownEntryText
  path: string
  /** Answers by question; a question the setting has not answered is absent. */
  answers: Partial<Record<EducationOfferKey, ShownEntryText>>
}

export interface CompareFile {
  questions: Array<{ key: EducationOfferKey; label: string }>
  settings: ComparableSetting[]
}

export function comparableSettings(
  services: readonly SiteService[],
  locale: LocaleCode,
): ComparableSetting[] {
  const order = compareIn(locale)
  return services
    .filter(isComparableSetting)
    .map((service) => {
      const answers: ComparableSetting['answers'] = {}
      for (const answer of service.educationOffer) {
        const text = shownEntryText(answer.text, locale)
        if (text) answers[answer.key] = text
      }
      return {
        slug: service.slug,
        name: shownEntryText(service.name, locale) ?? { text: service.name.en },
        path: pathFor(locale, `/services/${service.slug}/`),
        answers,
      }
    })
    .sort((a, b) => order(a.name.text, b.name.text))
}

export function compareFile(
  services: readonly SiteService[],
  locale: LocaleCode,
  t: TFunction,
): CompareFile {
  return {
    questions: educationOfferKeys.map((key) => ({ key, label: t(`educationOffer.${key}`) })),
    settings: comparableSettings(services, locale),
  }
}
