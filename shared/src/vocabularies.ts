/**
 * The vocabularies officers manage in the CMS (issue 12 item 2): sub-categories under the ten
 * statutory categories, venue accessibility features and the languages a service is offered in.
 * They are data (the CMS collections `sub-categories`, `venue-features`, `service-languages`),
 * not lists in code: whatever reads them (the CMS's validation, spreadsheets and importer, the
 * site's pages and filters, the Open Referral feed) is given them. The ten categories and the
 * four broad areas of need stay fixed (`taxonomy.ts`, `needs.ts`).
 *
 * A term is `{ value, label }` like every vocabulary here, so `labelFor` and `localisedLabelFor`
 * read it; `value` is the term's stable key, what listings store and web addresses use.
 */
import type { LocalisedText } from './locales.js'
import type { CategoryValue } from './taxonomy.js'

export interface ManagedTerm {
  /** The stable key listings store. */
  readonly value: string
  readonly label: LocalisedText
}

export interface SubCategoryTerm extends ManagedTerm {
  readonly category: CategoryValue
  /** The LGA esd service types it maps to in the Open Referral feed (identifiers). */
  readonly esdServiceTypes: readonly string[]
}

export interface LanguageTerm extends ManagedTerm {
  /** The code the Open Referral feed's `languages` gives (ISO 639-1, or 639-3 for BSL). */
  readonly code: string
}

/** The council's three managed vocabularies, each in display order. */
export interface CouncilVocabularies {
  readonly subCategories: readonly SubCategoryTerm[]
  readonly venueFeatures: readonly ManagedTerm[]
  readonly languages: readonly LanguageTerm[]
}

/** No terms: for code that needs vocabularies it does not use (and for tests). */
export const NO_VOCABULARIES: CouncilVocabularies = {
  subCategories: [],
  venueFeatures: [],
  languages: [],
}

/** The sub-categories of one category, in display order. */
export function subCategoriesOf(
  subCategories: readonly SubCategoryTerm[],
  category: string,
): SubCategoryTerm[] {
  return subCategories.filter((sub) => sub.category === category)
}

/** The category a sub-category belongs to, or undefined for a key no term has. */
export function categoryOfSubCategory(
  subCategories: readonly SubCategoryTerm[],
  key: string,
): CategoryValue | undefined {
  return subCategories.find((sub) => sub.value === key)?.category
}
