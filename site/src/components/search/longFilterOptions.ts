/**
 * The options of the long filter groups (types of service, languages), per language. They are
 * not part of the search page: the island fetches them (`/search/filters.json`) when a family
 * opens one of those groups or a search address chooses one, so the first search does not carry
 * 60-odd options nobody may open. Only values some listing has are offered.
 */
import { labelText, type LocaleCode } from '@local-offer/shared'

import { compareIn, languageName } from '../../lib/format'
import type { SiteService } from '../../lib/model'
import type { SiteVocabularies } from '../../lib/model'
import type { FilterOption, LongFilterKey } from './FilterGroups'

export function longFilterOptions(
  services: readonly SiteService[],
  locale: LocaleCode,
  vocabularies: Pick<SiteVocabularies, 'subCategories' | 'languages'>,
): Record<LongFilterKey, FilterOption[]> {
  const subCategories = new Set<string>(services.flatMap((service) => service.subCategories))
  const languages = new Set(services.flatMap((service) => service.languages))
  return {
    // In the council's order, which groups them by category.
    subcategory: vocabularies.subCategories
      .filter((sub) => subCategories.has(sub.value))
      .map((sub) => ({ value: sub.value, label: labelText(sub.label, locale) })),
    // Every service can be used in English, so only the other languages are offered.
    language: [...languages]
      .filter((code) => code !== 'en')
      .map((key) => {
        const term = vocabularies.languages.find((language) => language.value === key)
        return {
          value: key,
          label: term ? labelText(term.label, locale) : languageName(key, locale, key),
        }
      })
      .sort((a, b) => compareIn(locale)(a.label, b.label)),
  }
}
