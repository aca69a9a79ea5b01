/**
 * Families' words in the search index (issue 11 item 5): the words each listing page carries for
 * Pagefind besides its own (synonyms and the glossary's "Also called" names), and the list of
 * the site's words that a misspelt search is put right against (`/search/words.json`, fetched
 * only when a search finds nothing). Pure: the pages pass in the content.
 */
import {
  areasOfNeed,
  categories,
  extraSearchWords,
  groupForLocale,
  labelText,
  searchVocabulary,
  synonymGroups,
  wordsForLocale,
  type LocaleCode,
  type WordGroup,
} from '@local-offer/shared'

import type {
  MaybeLocalised,
  SiteGlossaryTerm,
  SiteService,
  SiteSubCategory,
} from '../../lib/model'

/** Each glossary term with its other names is a group: "Speech and language therapy", SALT, SLT. */
export function glossaryWordGroups(
  terms: readonly SiteGlossaryTerm[],
  locale: LocaleCode,
): WordGroup[] {
  const present = (words: Array<string | undefined>) =>
    words.filter((word): word is string => Boolean(word))
  return terms.map((term) =>
    wordsForLocale(
      locale === 'en' ? [] : present([term.term[locale], ...term.aliases.map((a) => a[locale])]),
      present([term.term.en, ...term.aliases.map((alias) => alias.en)]),
      locale,
    ),
  )
}

/** The synonym list's groups and the glossary's, for one language's pages. */
export function wordGroups(terms: readonly SiteGlossaryTerm[], locale: LocaleCode): WordGroup[] {
  return [
    ...synonymGroups.map((group) => groupForLocale(group, locale)),
    ...glossaryWordGroups(terms, locale),
  ]
}

const inBoth = (value: MaybeLocalised | undefined, locale: LocaleCode): string[] =>
  [value?.[locale], locale === 'en' ? undefined : value?.en].filter((text): text is string =>
    Boolean(text),
  )

/**
 * A listing's own words in the page's language and in English (families mix them), with the
 * labels of its sub-categories (`subCategories`: the council's, data officers manage).
 */
export function listingText(
  service: SiteService,
  locale: LocaleCode,
  subCategories: readonly SiteSubCategory[],
): string {
  const subCategoryLabels = subCategories
    .filter((sub) => service.subCategories.includes(sub.value))
    .map((sub) => labelText(sub.label, locale))
  return [
    ...inBoth(service.name, locale),
    ...inBoth(service.summary, locale),
    ...inBoth(service.descriptionText, locale),
    ...inBoth(service.eligibility, locale),
    ...subCategoryLabels,
  ].join('\n')
}

/** The words a listing's page adds for search, in the groups' order. */
export function listingExtraWords(
  service: SiteService,
  locale: LocaleCode,
  groups: readonly WordGroup[],
  subCategories: readonly SiteSubCategory[],
): string[] {
  return extraSearchWords(
    {
      text: listingText(service, locale, subCategories),
      category: service.category,
      subCategories: service.subCategories,
      needs: service.areasOfNeed,
    },
    groups,
    locale,
  )
}

/**
 * The words a misspelt search is put right against, most used first: listing names and
 * summaries, the taxonomy's and needs' labels, glossary terms and the synonyms.
 */
export function siteVocabulary(
  services: readonly SiteService[],
  groups: readonly WordGroup[],
  locale: LocaleCode,
  subCategories: readonly SiteSubCategory[],
): string[] {
  const texts = [
    ...services.flatMap((service) => [
      ...inBoth(service.name, locale),
      ...inBoth(service.summary, locale),
    ]),
    ...categories.map((category) => labelText(category.label, locale)),
    ...subCategories.map((sub) => labelText(sub.label, locale)),
    ...areasOfNeed.map((need) => labelText(need.label, locale)),
    ...groups.flatMap((group) => [...group.words, ...(group.matchOnly ?? [])]),
  ]
  return searchVocabulary(texts, locale)
}
